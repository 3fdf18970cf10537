/**
 * Acting on reports in flight: transfer (转办), delegation (委派), asking a co-reviewer (加签, kept by review), copies
 * (抄送), urging (催办), skipping an office check, reopening and cancellation, each checked on the server and written
 * to the report's history; the steering pages of a section and of a report, and a report's progress.
 */
package com.reportflow.steering;
