package com.reportflow.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one PDF: each role's face, subset-embedded in the document as a Type 0 font, and the order in which
 * faces are tried for a character the role's face lacks (the other roles' faces, then the configured fallbacks).
 */
final class PdfFonts {

    enum Role {
        SERIF,
        KAI,
        HEI
    }

    /** One face: the parsed TrueType font and its embedding in the document. */
    record Face(TrueTypeFont ttf, PDType0Font font, CmapLookup cmap, float unitsPerEm) {

        boolean has(int codePoint) {
            return cmap.getGlyphId(codePoint) > 0;
        }

        /** Advance width of {@code codePoint} at {@code size} points. */
        float advance(int codePoint, float size) {
            try {
                return ttf.getAdvanceWidth(cmap.getGlyphId(codePoint)) * size / unitsPerEm;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final Map<Role, Face> byRole;
    private final List<Face> fallbacks;

    private PdfFonts(Map<Role, Face> byRole, List<Face> fallbacks) {
        this.byRole = byRole;
        this.fallbacks = fallbacks;
    }

    /** Adds the configured fonts to {@code doc} for subset embedding (refusals: see {@link FontLibrary#font}). */
    static PdfFonts load(ExportFonts config, FontLibrary library, PDDocument doc) {
        Map<ExportFonts.FontFile, Face> faces = new LinkedHashMap<>();
        Map<Role, Face> byRole = new EnumMap<>(Role.class);
        byRole.put(Role.SERIF, face(config.serif(), library, doc, faces));
        byRole.put(Role.KAI, face(config.kai(), library, doc, faces));
        byRole.put(Role.HEI, face(config.hei(), library, doc, faces));
        List<Face> fallbacks = new ArrayList<>(byRole.values());
        for (ExportFonts.FontFile file : config.fallbacks()) {
            fallbacks.add(face(file, library, doc, faces));
        }
        return new PdfFonts(byRole, List.copyOf(fallbacks));
    }

    /** The role's face if it draws {@code codePoint}, else the first fallback that does, else {@code null}. */
    Face faceFor(Role role, int codePoint) {
        Face own = byRole.get(role);
        if (own.has(codePoint)) {
            return own;
        }
        for (Face f : fallbacks) {
            if (f.has(codePoint)) {
                return f;
            }
        }
        return null;
    }

    private static Face face(
            ExportFonts.FontFile file, FontLibrary library, PDDocument doc, Map<ExportFonts.FontFile, Face> faces) {
        Face known = faces.get(file);
        if (known != null) {
            return known;
        }
        FontLibrary.Parsed parsed = library.font(file);
        try {
            Face face = new Face(
                    parsed.ttf(),
                    PDType0Font.load(doc, parsed.ttf(), true),
                    parsed.cmap(),
                    parsed.ttf().getUnitsPerEm());
            faces.put(file, face);
            return face;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
