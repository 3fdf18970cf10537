package com.reportflow.export;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The TrueType fonts the PDF embeds, by role. PDFBox subsets and embeds TrueType outlines only: CFF-outline
 * OpenType fonts (Debian's Noto CJK) are refused with a clear message. The defaults are Debian's
 * {@code fonts-arphic-uming} (AR PL UMing, a Ming/Song face standing in for 仿宋 and 小标宋), {@code
 * fonts-arphic-ukai} (AR PL UKai, for 楷体) and {@code fonts-wqy-zenhei} (WenQuanYi Zen Hei, for 黑体).
 *
 * @param serif title, body text, headings of levels 3 and 4, page numbers
 * @param kai level-2 headings and the state line
 * @param hei level-1 headings and the table header
 * @param fallbacks further fonts tried, in order, for characters none of the three has (e.g. HanaMinB for rare
 *     characters of CJK Extension B); a character no font has is drawn as 〓
 */
public record ExportFonts(FontFile serif, FontFile kai, FontFile hei, List<FontFile> fallbacks) {

    /** Setting names, e.g. {@code reportflow.export.font.serif=/usr/share/fonts/truetype/arphic/uming.ttc#UMingCN}. */
    public static final String SERIF_SETTING = "reportflow.export.font.serif";

    public static final String KAI_SETTING = "reportflow.export.font.kai";
    public static final String HEI_SETTING = "reportflow.export.font.hei";
    /** Comma-separated font files, each {@code path} or {@code path#face}. */
    public static final String FALLBACKS_SETTING = "reportflow.export.font.fallbacks";

    public static final FontFile DEFAULT_SERIF =
            new FontFile(Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"), "UMingCN", "fonts-arphic-uming");
    public static final FontFile DEFAULT_KAI =
            new FontFile(Path.of("/usr/share/fonts/truetype/arphic/ukai.ttc"), "UKaiCN", "fonts-arphic-ukai");
    public static final FontFile DEFAULT_HEI = new FontFile(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), "WenQuanYiZenHei", "fonts-wqy-zenhei");

    public ExportFonts {
        Objects.requireNonNull(serif, "serif");
        Objects.requireNonNull(kai, "kai");
        Objects.requireNonNull(hei, "hei");
        fallbacks = List.copyOf(fallbacks);
    }

    public static ExportFonts defaults() {
        return new ExportFonts(DEFAULT_SERIF, DEFAULT_KAI, DEFAULT_HEI, List.of());
    }

    /**
     * The fonts named by the settings above, each absent setting taking its default; {@code settings} is e.g.
     * Spring's {@code environment::getProperty} or {@code System::getProperty}.
     */
    public static ExportFonts from(Function<String, String> settings) {
        String fallbacks = settings.apply(FALLBACKS_SETTING);
        return new ExportFonts(
                setting(settings.apply(SERIF_SETTING), DEFAULT_SERIF),
                setting(settings.apply(KAI_SETTING), DEFAULT_KAI),
                setting(settings.apply(HEI_SETTING), DEFAULT_HEI),
                fallbacks == null || fallbacks.isBlank()
                        ? List.of()
                        : Arrays.stream(fallbacks.split(","))
                                .map(String::strip)
                                .filter(s -> !s.isEmpty())
                                .map(s -> FontFile.parse(s, ""))
                                .toList());
    }

    private static FontFile setting(String value, FontFile fallback) {
        return value == null || value.isBlank() ? fallback : FontFile.parse(value.strip(), fallback.debianPackage());
    }

    /**
     * One font file.
     *
     * @param path a .ttf, or a .ttc collection
     * @param face the font's PostScript name inside a collection; blank for a single font or the collection's first
     * @param debianPackage the Debian package that installs the default file for this role, named in the message
     *     when the file is missing; blank if none
     */
    public record FontFile(Path path, String face, String debianPackage) {

        public FontFile {
            Objects.requireNonNull(path, "path");
            face = Objects.requireNonNullElse(face, "");
            debianPackage = Objects.requireNonNullElse(debianPackage, "");
        }

        /** {@code /path/to/font.ttc#FaceName} or {@code /path/to/font.ttf}. */
        static FontFile parse(String value, String debianPackage) {
            int hash = value.lastIndexOf('#');
            return hash < 0
                    ? new FontFile(Path.of(value), "", debianPackage)
                    : new FontFile(Path.of(value.substring(0, hash)), value.substring(hash + 1), debianPackage);
        }
    }
}
