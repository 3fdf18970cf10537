/**
 * Acting on reports in flight: transfer (转办), delegation (委派), co-review (加签), copies (抄送), urging (催办) and
 * cancellation, each checked on the server and written to the report's history; the steering pages of a section
 * and of a report.
 */
package com.reportflow.steering;
