package com.reportflow.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines after the body: "特此报告。", the issuer (one or two organisations), the date, and a note such as
 * "（此件公开发布）". Without a date only a line that names an organisation counts as issuer, so that a short last
 * paragraph is not taken for one.
 *
 * @param start the index of the first closing line (the number of lines when there is none)
 * @param lines the closing lines, as typed
 */
record ClosingBlock(int start, List<String> lines) {

    private static final int MAX_ISSUER = 30;
    private static final Pattern NOTE = Pattern.compile("^[（(]此件.{1,20}[）)]$");
    private static final Pattern SINCERELY = Pattern.compile("^特此(?:报告|報告)[。.]?$");
    private static final Pattern PUNCTUATION = Pattern.compile(".*[。！？；：:;!?，,、].*");
    private static final Pattern ORGANISATION =
            Pattern.compile(".*(?:局|委员会|委員會|委|政府|办公室|辦公室|办|辦|厅|廳|院|中心|部|处|處|科|室|小组|小組|学校|學校|大学|大學)$");
    private static final List<Pattern> DATES = List.of(
            Pattern.compile("^\\d{4}年\\d{1,2}月(?:\\d{1,2}日)?$"),
            Pattern.compile("^[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}日)?$"),
            Pattern.compile("^\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}$"),
            // 2025年1月21日 copied from a page that set 年月日 apart, leaving "2025121".
            Pattern.compile("^(?:19|20)\\d{4,6}$"));

    static ClosingBlock find(List<SourceLine> lines, int bodyStart) {
        int at = lines.size();
        if (at > bodyStart && NOTE.matcher(lines.get(at - 1).text()).matches()) {
            at--;
        }
        boolean dated = at > bodyStart && isDate(lines.get(at - 1));
        if (dated) {
            at--;
        }
        int issuers = 0;
        while (at > bodyStart && issuers < 2 && isIssuer(lines.get(at - 1), dated)) {
            at--;
            issuers++;
        }
        if (at > bodyStart && SINCERELY.matcher(lines.get(at - 1).text()).matches()) {
            at--;
        }
        List<String> closing = new ArrayList<>();
        for (int i = at; i < lines.size(); i++) {
            closing.add(lines.get(i).text());
        }
        return new ClosingBlock(at, Collections.unmodifiableList(closing));
    }

    private static boolean isDate(SourceLine line) {
        if (line.numbered()) {
            return false;
        }
        String compact = asciiDigits(ImportText.removeWhitespace(line.text()));
        return DATES.stream().anyMatch(p -> p.matcher(compact).matches());
    }

    private static boolean isIssuer(SourceLine line, boolean dated) {
        String text = line.text();
        return !line.numbered()
                && ImportText.length(text) <= MAX_ISSUER
                && !PUNCTUATION.matcher(text).matches()
                && (dated || ORGANISATION.matcher(text).matches());
    }

    private static String asciiDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
        }
        return out.toString();
    }
}
