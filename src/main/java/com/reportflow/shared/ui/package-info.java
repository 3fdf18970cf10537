/**
 * The shared frame of the UI: the menu layout, translations, the language and the error handler.
 */
package com.reportflow.shared.ui;
