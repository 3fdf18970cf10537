/**
 * Compiling the approved sections into one report (title, issuer, date, numbered outline) and sending it to the
 * leadership group's deliberation.
 */
package com.reportflow.compilation;
