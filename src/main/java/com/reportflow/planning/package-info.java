/**
 * Planning a year's report: the outline templates and their editor, the new-report form that assigns sections to
 * offices and starts the report, and editing the outline of a running report.
 */
package com.reportflow.planning;
