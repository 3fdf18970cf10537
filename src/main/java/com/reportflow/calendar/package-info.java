/**
 * Working days and legal deadlines: the national holidays and make-up working days (调休) the State Council
 * announces each year, kept editable by the admin because local rules differ, and the report's deadlines counted on
 * them.
 */
package com.reportflow.calendar;
