package com.reportflow.publication;

import java.util.Map;

/**
 * A correction (更正) of a published report.
 *
 * @param bodies the corrected text of the sections that change, by section id; the others stay as published
 * @param reason why it was corrected; the public page shows it
 */
public record Correction(
        String title, String documentNumber, String validity, Map<Long, String> bodies, String reason) {

    public Correction {
        bodies = bodies == null ? Map.of() : Map.copyOf(bodies);
    }
}
