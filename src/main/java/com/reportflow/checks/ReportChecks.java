package com.reportflow.checks;

import com.reportflow.importing.Mojibake;
import com.reportflow.importing.PinyinDebris;
import com.reportflow.importing.WebDebris;
import com.reportflow.report.ReportDocument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs every check over a report's outline and returns the findings in document order: first those about the report
 * as a whole, then section by section, heading before body, paragraph by paragraph.
 */
public final class ReportChecks {

    private ReportChecks() {}

    /** @param outline the sections in document order */
    public static List<Finding> run(List<CheckedSection> outline) {
        return run(outline, null);
    }

    /**
     * @param outline the sections in document order
     * @param closingDate the report's 成文日期; null while none is set
     */
    public static List<Finding> run(List<CheckedSection> outline, LocalDate closingDate) {
        List<CheckedSection> sections = List.copyOf(outline);
        String[] places = headingPaths(sections);
        List<Located> found = new ArrayList<>(Completeness.check(sections, places));
        boolean inPlans = false;
        boolean inOther = false;
        for (int s = 0; s < sections.size(); s++) {
            CheckedSection section = sections.get(s);
            if (section.depth() == 1) {
                Set<StatutoryPart> parts = StatutoryPart.coveredBy(section.heading());
                inPlans = parts.contains(StatutoryPart.NEXT_YEAR);
                inOther = parts.contains(StatutoryPart.OTHER);
            }
            // The plans for next year may name later dates; the account of the year past may not.
            LocalDate latest = inPlans ? null : closingDate;
            List<Hit> headingHits = new ArrayList<>();
            TypedNumbers.find(section.heading(), Finding.Kind.TYPED_NUMBER_IN_HEADING)
                    .ifPresent(headingHits::add);
            headingHits.addAll(textHits(section.heading()));
            addHits(found, s, section, places, 0, section.heading(), headingHits);
            if (section.drafted() && section.body().isBlank()) {
                found.add(new Located(
                        s,
                        0,
                        Integer.MAX_VALUE,
                        Finding.of(
                                Finding.Kind.EMPTY_SECTION,
                                section.sectionId(),
                                places[s],
                                0,
                                Excerpt.start(section.number() + section.heading()),
                                List.of())));
            }
            List<String> paragraphs = ReportDocument.paragraphs(section.body());
            for (int p = 0; p < paragraphs.size(); p++) {
                String text = paragraphs.get(p);
                List<Hit> hits = new ArrayList<>();
                Optional<Hit> leftover = Leftovers.find(text, inOther);
                if (WebDebris.isDebris(text)) {
                    hits.add(new Hit(Finding.Kind.WEB_DEBRIS, 0, 0, List.of()));
                } else if (leftover.isPresent()
                        && leftover.get().kind() != Finding.Kind.REFERENCE_LABEL
                        && leftover.get().kind() != Finding.Kind.STRAY_SYMBOL) {
                    // A placeholder or a lone number is the whole paragraph: one finding says all.
                    hits.add(leftover.get());
                } else {
                    leftover.ifPresent(hits::add);
                    TypedNumbers.find(text, Finding.Kind.TYPED_NUMBER_IN_BODY).ifPresent(hits::add);
                    hits.addAll(textHits(text));
                    if (latest != null) {
                        hits.addAll(DateFormats.after(text, latest));
                    }
                }
                addHits(found, s, section, places, p + 1, text, hits);
            }
        }
        found.sort(Located.IN_DOCUMENT_ORDER);
        return found.stream().map(Located::finding).toList();
    }

    /** The checks that apply to any running text, a heading's as much as a paragraph's. */
    private static List<Hit> textHits(String text) {
        List<Hit> hits = new ArrayList<>(DateFormats.find(text));
        // A converter's reading brings its own half-width brackets: the reading is the finding, not its brackets.
        String withoutReadings = PinyinDebris.strip(text);
        HalfWidthPunctuation.find(withoutReadings).ifPresent(hits::add);
        hits.addAll(Brackets.find(withoutReadings));
        hits.addAll(conversionDebris(text));
        return hits;
    }

    /** A converter's pinyin reading (总结(zǒng jié)) and a run read in the wrong encoding, as the import finds them. */
    private static List<Hit> conversionDebris(String text) {
        List<Hit> hits = new ArrayList<>();
        List<PinyinDebris.Match> readings = PinyinDebris.find(text);
        if (!readings.isEmpty()) {
            PinyinDebris.Match first = readings.getFirst();
            hits.add(new Hit(
                    Finding.Kind.PINYIN_DEBRIS,
                    Math.max(0, first.start() - 2),
                    first.end(),
                    List.of(first.text(), readings.size()),
                    PinyinDebris.strip(text)));
        }
        for (Mojibake.Finding run : Mojibake.find(text)) {
            hits.add(new Hit(
                    Finding.Kind.MOJIBAKE,
                    run.offset(),
                    run.offset() + run.run().length(),
                    List.of(run.run())));
        }
        return hits;
    }

    private static void addHits(
            List<Located> found,
            int s,
            CheckedSection section,
            String[] places,
            int paragraph,
            String text,
            List<Hit> hits) {
        String place = paragraph == 0 ? places[s] : places[s] + " 第" + paragraph + "段";
        for (Hit hit : hits) {
            found.add(new Located(
                    s,
                    paragraph,
                    hit.start(),
                    Finding.of(
                            hit.kind(),
                            section.sectionId(),
                            place,
                            paragraph,
                            Excerpt.around(text, hit.start(), hit.end()),
                            hit.args(),
                            hit.suggestion(),
                            section.sectionId() + "\n" + text)));
        }
    }

    /** Each section's numbers from level 1 down to its own, e.g. "一、（二）1.". */
    private static String[] headingPaths(List<CheckedSection> sections) {
        String[] paths = new String[sections.size()];
        List<String> numbers = new ArrayList<>();
        for (int s = 0; s < sections.size(); s++) {
            CheckedSection section = sections.get(s);
            while (numbers.size() >= section.depth()) {
                numbers.removeLast();
            }
            numbers.add(section.number());
            paths[s] = String.join("", numbers);
        }
        return paths;
    }
}
