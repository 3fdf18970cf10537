/**
 * Revisions of a section's text: what changed between two versions, character by character, as a reader should see
 * it marked (Chinese has no spaces, so words are no unit).
 */
package com.reportflow.revision;
