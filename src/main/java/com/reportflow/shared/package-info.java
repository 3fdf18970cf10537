/**
 * What every feature shares: user-facing errors, input rules for free text, the retrying transaction and the clock;
 * in {@code shared.ui} the frame around every screen (menu, language, error pages) and the translations.
 */
package com.reportflow.shared;
