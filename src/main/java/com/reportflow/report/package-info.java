/**
 * The report kernel: the report and its sections (their state and the only methods that change it), heading numbers,
 * revisions, opinions, the history of who did what, and the reading side every screen uses. Planning a report
 * ({@code planning}) and the screen pieces the step screens embed ({@code report.ui}) sit beside it.
 */
package com.reportflow.report;
