/**
 * The admin's view of every report and section in flight: stage, current step, holder, since when, due, overdue.
 */
package com.reportflow.monitoring;
