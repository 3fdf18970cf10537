/**
 * The report and its outline of sections: creation from the template, assignment to offices, heading numbers,
 * stages and the history of who did what.
 */
package com.reportflow.report;
