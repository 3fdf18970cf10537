/**
 * The report and its outline of sections: creation from the template, assignment to offices, heading numbers,
 * stages and the history of who did what; and the components the step screens share to show a report or a section.
 */
package com.reportflow.report;
