/**
 * The dashboard for the admin and the coordinator: the year's reports, the sections × steps matrix (holder, since
 * when, due, overdue and blocked first, filters), figures drawn with Chart.js and the process diagrams.
 */
package com.reportflow.monitoring;
