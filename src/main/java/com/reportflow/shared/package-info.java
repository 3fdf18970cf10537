/**
 * What every feature shares: user-facing errors, input rules for free text, the retrying transaction and the clock.
 */
package com.reportflow.shared;
