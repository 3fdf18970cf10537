package com.reportflow.checks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The statutory parts among the level-1 headings: each required one present, in order, and with some text. */
final class Completeness {

    private Completeness() {}

    static List<Located> check(List<CheckedSection> sections, String[] places) {
        List<Located> found = new ArrayList<>();
        Set<StatutoryPart> present = EnumSet.noneOf(StatutoryPart.class);
        StatutoryPart latest = null;
        for (int s = 0; s < sections.size(); s++) {
            CheckedSection section = sections.get(s);
            Set<StatutoryPart> parts = section.depth() == 1 ? StatutoryPart.coveredBy(section.heading()) : Set.of();
            if (parts.isEmpty()) {
                continue;
            }
            present.addAll(parts);
            StatutoryPart first = Collections.min(parts);
            if (latest != null && first.compareTo(latest) < 0) {
                found.add(at(s, section, places, Finding.Kind.PART_OUT_OF_ORDER, first.nameKey(), latest.nameKey()));
            }
            if (latest == null || Collections.max(parts).compareTo(latest) > 0) {
                latest = Collections.max(parts);
            }
            if (withoutText(sections, s)) {
                found.add(at(s, section, places, Finding.Kind.EMPTY_PART, first.nameKey()));
            }
        }
        for (StatutoryPart part : StatutoryPart.values()) {
            if (part.required() && !present.contains(part)) {
                found.add(new Located(
                        -1, 0, 0, Finding.of(Finding.Kind.MISSING_PART, null, "", 0, "", List.of(part.nameKey()))));
            }
        }
        return found;
    }

    /** No text anywhere under the level-1 heading at {@code start}, down to the next level-1 heading. */
    private static boolean withoutText(List<CheckedSection> sections, int start) {
        for (int s = start;
                s < sections.size() && (s == start || sections.get(s).depth() > 1);
                s++) {
            if (!sections.get(s).body().isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static Located at(int s, CheckedSection section, String[] places, Finding.Kind kind, Object... args) {
        return new Located(
                s,
                0,
                0,
                Finding.of(
                        kind,
                        section.sectionId(),
                        places[s],
                        0,
                        Excerpt.start(section.number() + section.heading()),
                        List.of(args)));
    }
}
