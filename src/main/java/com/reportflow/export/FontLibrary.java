package com.reportflow.export;

import com.reportflow.shared.InvalidInputException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The configured font files, each parsed once and kept open: parsing a 20 MB CJK collection costs far more than the
 * rest of an export. Not thread-safe (the fonts read their files lazily); {@link PdfExport} serialises its use.
 */
final class FontLibrary implements Closeable {

    /** A parsed font and its Unicode character map. */
    record Parsed(TrueTypeFont ttf, CmapLookup cmap) {}

    private final List<Closeable> open = new ArrayList<>();
    private final Map<Path, TrueTypeCollection> collections = new HashMap<>();
    private final Map<ExportFonts.FontFile, Parsed> fonts = new HashMap<>();

    /**
     * The font of {@code file}; refuses with a translation key when the file is missing, unreadable, lacks the named
     * face, or has CFF outlines, which PDFBox cannot embed. A refusal is not remembered: the next call looks again.
     */
    Parsed font(ExportFonts.FontFile file) {
        Parsed known = fonts.get(file);
        if (known != null) {
            return known;
        }
        if (!Files.isRegularFile(file.path())) {
            throw new InvalidInputException(
                    "export.font-missing",
                    file.path().toString(),
                    file.debianPackage().isEmpty() ? "—" : file.debianPackage());
        }
        try {
            TrueTypeFont ttf = parse(file);
            if (ttf == null || (ttf instanceof OpenTypeFont otf && otf.isPostScript())) {
                throw unusable(file);
            }
            CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
            if (cmap == null) {
                throw unusable(file);
            }
            Parsed parsed = new Parsed(ttf, cmap);
            fonts.put(file, parsed);
            return parsed;
        } catch (IOException e) {
            throw unusable(file);
        }
    }

    @Override
    public void close() {
        for (Closeable c : open) {
            try {
                c.close();
            } catch (IOException e) {
                // Closing a font file that was only read cannot lose anything.
            }
        }
        open.clear();
        collections.clear();
        fonts.clear();
    }

    private TrueTypeFont parse(ExportFonts.FontFile file) throws IOException {
        if (isCollection(file.path())) {
            TrueTypeCollection collection = collections.get(file.path());
            if (collection == null) {
                collection = new TrueTypeCollection(file.path().toFile());
                open.add(collection);
                collections.put(file.path(), collection);
            }
            return file.face().isEmpty() ? first(collection) : collection.getFontByName(file.face());
        }
        // The OpenType parser reads TrueType outlines too, and tells CFF outlines apart (refused by the caller).
        TrueTypeFont ttf = new OTFParser()
                .parse(new RandomAccessReadBufferedFile(file.path().toFile()));
        open.add(ttf);
        return ttf;
    }

    private static TrueTypeFont first(TrueTypeCollection collection) throws IOException {
        List<TrueTypeFont> found = new ArrayList<>(1);
        collection.processAllFonts(f -> {
            if (found.isEmpty()) {
                found.add(f);
            }
        });
        return found.isEmpty() ? null : found.get(0);
    }

    private static boolean isCollection(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] tag = in.readNBytes(4);
            return tag.length == 4 && tag[0] == 't' && tag[1] == 't' && tag[2] == 'c' && tag[3] == 'f';
        }
    }

    private static InvalidInputException unusable(ExportFonts.FontFile file) {
        return new InvalidInputException(
                "export.font-unusable", file.path().toString(), file.face().isEmpty() ? "—" : file.face());
    }
}
