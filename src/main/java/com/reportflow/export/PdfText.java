package com.reportflow.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Text turned into glyphs of the PDF's fonts. A character the role's face lacks is taken from the first other face
 * that has it; a character no face has is drawn as 〓 (U+3013 GETA MARK, the mark Chinese typesetting uses for a
 * missing character) and keeps the original as its actual text, so viewers that honour /ActualText copy the
 * original. What {@link DocumentText#printable} drops, and invisible format characters no face draws (variation
 * selectors, joiners), are left out.
 */
final class PdfText {

    static final int REPLACEMENT = 0x3013;

    private PdfText() {}

    /**
     * One character as drawn.
     *
     * @param original the character of the text
     * @param drawn the character whose glyph is drawn: the original, or {@link #REPLACEMENT}
     * @param width advance width at the text's size, without character spacing
     */
    record Glyph(PdfFonts.Face face, int original, int drawn, float width) {

        boolean replaced() {
            return original != drawn;
        }
    }

    static List<Glyph> shape(String text, PdfFonts fonts, PdfFonts.Role role, float size) {
        List<Glyph> glyphs = new ArrayList<>(text.length());
        DocumentText.printable(text).codePoints().forEach(original -> {
            PdfFonts.Face face = fonts.faceFor(role, original);
            if (face != null) {
                glyphs.add(new Glyph(face, original, original, face.advance(original, size)));
                return;
            }
            if (isInvisible(original)) {
                return;
            }
            int drawn = REPLACEMENT;
            PdfFonts.Face replacement = fonts.faceFor(role, REPLACEMENT);
            if (replacement == null) {
                drawn = '?';
                replacement = fonts.faceFor(role, '?');
            }
            if (replacement != null) {
                glyphs.add(new Glyph(replacement, original, drawn, replacement.advance(drawn, size)));
            }
        });
        return glyphs;
    }

    /**
     * Characters that only modify their neighbours (joiners, variation selectors, emoji skin tones): nothing to draw
     * when no face knows them.
     */
    private static boolean isInvisible(int c) {
        return Character.getType(c) == Character.FORMAT
                || (c >= 0xFE00 && c <= 0xFE0F)
                || (c >= 0xE0100 && c <= 0xE01EF)
                || (c >= 0x1F3FB && c <= 0x1F3FF);
    }
}
