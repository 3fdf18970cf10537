package com.reportflow.importing;

/**
 * How the importer read a run of numbered items ("1、…" "2、…") under one heading: all of them as headings of the next
 * level, or all of them as body text, never some of each.
 *
 * @param under the heading the items stand under, "" when they stand before any
 * @param first the first item's number as typed ("1、")
 * @param count how many items the run has
 * @param headings true when the items became headings (some item has text of its own under it); false when they stayed
 *     body text (each item is one sentence with nothing under it: a list, not an outline)
 */
public record NumberedItems(String under, String first, int count, boolean headings) {}
