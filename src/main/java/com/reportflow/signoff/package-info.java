/**
 * The director's sign-off (签发) of the deliberated report.
 */
package com.reportflow.signoff;
