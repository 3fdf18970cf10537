package com.reportflow.report;

import com.reportflow.workflow.Decision;
import java.util.EnumMap;
import java.util.Map;

/**
 * A legality opinion as reviewers write it: findings by aspect (each optional), a conclusion, free remarks, and the
 * paragraph of the text it points at (1-based; null when it concerns the whole section).
 */
public record LegalOpinion(
        Decision conclusion, Map<OpinionAspect, String> findings, String remarks, Integer paragraph) {

    public LegalOpinion {
        EnumMap<OpinionAspect, String> kept = new EnumMap<>(OpinionAspect.class);
        if (findings != null) {
            findings.forEach((aspect, text) -> {
                if (text != null && !text.isBlank()) {
                    kept.put(aspect, text);
                }
            });
        }
        findings = Map.copyOf(kept);
        remarks = remarks == null ? "" : remarks;
    }

    public static LegalOpinion approval() {
        return new LegalOpinion(Decision.APPROVE, Map.of(), "", null);
    }

    public static LegalOpinion returning(String remarks) {
        return new LegalOpinion(Decision.RETURN, Map.of(), remarks, null);
    }

    /** The finding on an aspect, or an empty string. */
    public String finding(OpinionAspect aspect) {
        return findings.getOrDefault(aspect, "");
    }

    /** Whether it says anything beyond its conclusion. */
    public boolean hasText() {
        return !findings.isEmpty() || !remarks.isBlank();
    }
}
