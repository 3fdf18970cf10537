package com.reportflow.checks;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whole paragraphs left over from drafting: a placeholder standing for the section (无, 暂无, 略, 待补充, 此处填写), a
 * paragraph that is only a number ("2."), a label pasted from last year's reference text ("【依法全面履行政府职能】"),
 * and a bullet symbol at the start of a paragraph. Placeholders are read in simplified characters, so 暫無 is one.
 */
final class Leftovers {

    /** A paragraph that is nothing but one of these (and a full stop) stands for text not written. */
    private static final Set<String> PLACEHOLDERS = Set.of("无", "暂无", "略", "待补充", "待填写", "暂缺", "此处填写");
    /** A paragraph that contains one of these is a form's prompt, whatever surrounds it. */
    private static final List<String> PROMPTS = List.of("此处填写", "待补充", "待填写");

    private static final int PROMPT_LENGTH = 60;

    private static final Pattern NUMBER_ONLY = Pattern.compile("[（(]?(?:\\d{1,2}|[一二三四五六七八九十]{1,3})[）)]?[.．、]?");
    /** The import labels last year's text with the heading it came from; a short label, at the paragraph's start. */
    private static final Pattern LABEL = Pattern.compile("^【[^】]{1,30}】");

    private static final String BULLETS = "•●◆◇■□▪▫★☆►▶※√";

    private Leftovers() {}

    /**
     * @param nothingToReport whether the paragraph is in part 五, where "无" says there is nothing else to report
     */
    static Optional<Hit> find(String paragraph, boolean nothingToReport) {
        String text = paragraph.strip();
        // Converting scripts is slow; a placeholder or a form's prompt is a short paragraph.
        String read = text.length() <= PROMPT_LENGTH ? Scripts.simplified(text) : text;
        String bare = read.replaceAll("[。．.；;！!]+$", "");
        if (!nothingToReport && (PLACEHOLDERS.contains(bare) || PROMPTS.stream().anyMatch(bare::contains))) {
            return Optional.of(whole(Finding.Kind.PLACEHOLDER, text));
        }
        if (NUMBER_ONLY.matcher(text).matches() && text.codePoints().anyMatch(c -> !Character.isDigit(c))
                || text.matches("\\d{1,2}")) {
            return Optional.of(whole(Finding.Kind.NUMBER_ONLY_PARAGRAPH, text));
        }
        var label = LABEL.matcher(text);
        if (label.lookingAt()) {
            return Optional.of(new Hit(
                    Finding.Kind.REFERENCE_LABEL, 0, label.end(), List.of(label.group()), text.substring(label.end())));
        }
        if (!text.isEmpty() && BULLETS.indexOf(text.charAt(0)) >= 0) {
            return Optional.of(new Hit(
                    Finding.Kind.STRAY_SYMBOL,
                    0,
                    1,
                    List.of(text.substring(0, 1)),
                    text.substring(1).strip()));
        }
        return Optional.empty();
    }

    private static Hit whole(Finding.Kind kind, String text) {
        return new Hit(kind, 0, text.length(), List.of(text));
    }
}
