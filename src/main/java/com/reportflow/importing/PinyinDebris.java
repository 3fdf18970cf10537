package com.reportflow.importing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readings some document converters leave in brackets after a character: "總結(jié)", "系統(tǒng)", "现(xiàn)". They are never
 * part of official text. Only a bracket right after a CJK character whose whole content is pinyin syllables, with at
 * least one tone mark or ü, counts: "(PDF)", "(2024)", "(ISO 9001)" or "（试行）" are real text and stay.
 */
public final class PinyinDebris {

    /** One reading found in a text: its position as {@code [start, end)} and what it says, brackets included. */
    public record Match(int start, int end, String text) {}

    private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüÜĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙǕǗǙǛ";

    /** A bracket of 1–6 syllables of lowercase Latin letters (tone-marked ones included), spaces or apostrophes. */
    private static final Pattern CANDIDATE = Pattern.compile(
            "[(（]\\s*([a-zA-Z" + TONED + "]{1,6}(?:[\\s'’]{0,2}[a-zA-Z" + TONED + "]{1,6}){0,5})\\s*[)）]");

    /** Standard pinyin syllable structure, tones removed: an optional initial and one final. */
    private static final Pattern SYLLABLES = Pattern.compile("(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
            + "(?:iang|iong|uang|ueng|ang|eng|ing|ong|iao|ian|uai|uan|van|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ve"
            + "|ue|vn|a|o|e|i|u|v))+");

    private PinyinDebris() {}

    /** Every reading in the text, in order. */
    public static List<Match> find(String text) {
        Objects.requireNonNull(text, "text");
        List<Match> found = new ArrayList<>();
        if (text.indexOf('(') < 0 && text.indexOf('（') < 0) {
            return found;
        }
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            if (m.start() > 0 && afterCjk(text, m.start()) && isPinyin(m.group(1))) {
                found.add(new Match(m.start(), m.end(), m.group()));
            }
        }
        return found;
    }

    /** The text without its readings; the character each one followed stays. */
    public static String strip(String text) {
        List<Match> found = find(text);
        if (found.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Match match : found) {
            out.append(text, at, match.start());
            at = match.end();
        }
        return out.append(text.substring(at)).toString();
    }

    private static boolean afterCjk(String text, int at) {
        int before = text.codePointBefore(at);
        return Character.UnicodeScript.of(before) == Character.UnicodeScript.HAN;
    }

    /**
     * Lowercase only (a converter writes readings in lowercase; "(PDF)" and "(Ji)" are not readings), at least one tone
     * mark or ü (so an English word made of pinyin-like letters, "(an)", stays), and made of pinyin syllables.
     */
    private static boolean isPinyin(String content) {
        boolean toned = false;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (Character.isUpperCase(c)) {
                return false;
            }
            if (TONED.indexOf(c) >= 0) {
                toned = true;
            }
        }
        if (!toned) {
            return false;
        }
        for (String syllables : content.split("[\\s'’]+")) {
            if (!syllables.isEmpty() && !SYLLABLES.matcher(toneless(syllables)).matches()) {
                return false;
            }
        }
        return true;
    }

    /** "lǜ" becomes "lv", "jié" becomes "jie": the tone marks taken off, ü written v as pinyin keyboards do. */
    private static String toneless(String syllables) {
        String withU = syllables
                .replace('ü', 'v')
                .replace('ǖ', 'v')
                .replace('ǘ', 'v')
                .replace('ǚ', 'v')
                .replace('ǜ', 'v');
        return Normalizer.normalize(withU, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
