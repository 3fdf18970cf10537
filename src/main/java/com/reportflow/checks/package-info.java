/**
 * Checks of a compiled report's text a reviewer would otherwise do by eye: the five statutory parts, how dates,
 * punctuation, brackets and heading numbers are written, web debris and empty sections. Plain logic over
 * {@link com.reportflow.checks.CheckedSection}s, independent of how sections are stored.
 */
package com.reportflow.checks;
