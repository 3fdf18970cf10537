/**
 * The leadership group's collective deliberation (集体审议): the meeting, its date and outcome, and the sections it
 * sends back through drafting and legality review.
 */
package com.reportflow.deliberation;
