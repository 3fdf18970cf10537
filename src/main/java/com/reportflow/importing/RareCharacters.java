package com.reportflow.importing;

import com.ibm.icu.text.Transliterator;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.BitSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * UTF-8 read as GBK turns every two bytes into a character, mostly from the rare end of the table ("法治政府" becomes
 * "娉曟不鏀垮簻"). An official report is written almost only in the 3,755 common characters of GB 2312's first level
 * (or their traditional forms), so several rare characters close together mark such a run; one or two rare
 * characters in a place name do not.
 */
final class RareCharacters {

    /** Rare characters a run needs, and the common ones it may hold between them. */
    private static final int MIN_RARE = 3;

    private static final int MAX_COMMON_GAP = 1;

    private static final BitSet COMMON = commonCharacters();

    private static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");

    private static final Map<Integer, Boolean> TRADITIONAL_OF_COMMON = new ConcurrentHashMap<>();

    private RareCharacters() {}

    /** The end of a run of rare characters starting at {@code at}, or {@code at} when there is none. */
    static int runAt(String line, int at) {
        if (!isRare(line, at)) {
            return at;
        }
        int rare = 0;
        int common = 0;
        int gap = 0;
        int end = at;
        int i = at;
        while (i < line.length()) {
            int cp = line.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isRareCodePoint(cp) || cp == '?' || cp == '€') {
                rare++;
                gap = 0;
                end = next;
            } else if (Mojibake.isHan(cp) && gap < MAX_COMMON_GAP) {
                common++;
                gap++;
            } else {
                break;
            }
            i = next;
        }
        return rare >= MIN_RARE && rare > common ? end : at;
    }

    private static boolean isRare(String line, int at) {
        return isRareCodePoint(line.codePointAt(at));
    }

    private static boolean isRareCodePoint(int cp) {
        // GBK decodes to the Basic Multilingual Plane only: a supplementary character (𠮷) is a real rare name.
        return Character.isBmpCodePoint(cp)
                && Mojibake.isHan(cp)
                && !COMMON.get(cp)
                && !TRADITIONAL_OF_COMMON.computeIfAbsent(cp, RareCharacters::simplifiesToCommon);
    }

    /** A traditional variant ICU's simplified-to-traditional table does not give (裡 beside 裏) is no rarer. */
    private static boolean simplifiesToCommon(int cp) {
        String simplified;
        synchronized (TO_SIMPLIFIED) {
            simplified = TO_SIMPLIFIED.transliterate(Character.toString(cp));
        }
        return simplified.codePoints().allMatch(COMMON::get);
    }

    /** GB 2312's first level (rows 16–55) and the traditional form ICU gives for each of its characters. */
    private static BitSet commonCharacters() {
        BitSet common = new BitSet(0x10000);
        CharsetDecoder gb2312 = Charset.forName("GB2312")
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");
        for (int lead = 0xB0; lead <= 0xD7; lead++) {
            for (int trail = 0xA1; trail <= 0xFE; trail++) {
                try {
                    String c = gb2312.decode(ByteBuffer.wrap(new byte[] {(byte) lead, (byte) trail}))
                            .toString();
                    common.set(c.codePointAt(0));
                    toTraditional.transliterate(c).codePoints().forEach(common::set);
                } catch (CharacterCodingException e) {
                    // The last row has five empty cells.
                }
            }
        }
        return common;
    }
}
