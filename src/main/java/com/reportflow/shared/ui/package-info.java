/**
 * The shared frame of the UI: the menu layout, translations, the language and the error handler.
 */
@NamedInterface("ui")
package com.reportflow.shared.ui;

import org.springframework.modulith.NamedInterface;
