package com.reportflow.importing;

import com.reportflow.shared.InvalidInputException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns an uploaded file or pasted text into the text the importer reads. Bureaus save text as UTF-8 or, from older
 * Windows tools, as GBK/GB18030; both are decoded strictly so that a wrong guess fails instead of producing
 * mojibake. Anything that is not text at all (a PDF, a Word file, a picture) is refused with its own message.
 */
public final class ImportDecoding {

    /** Far above any annual report (the samples are 7–16 KB), far below what would strain the server. */
    public static final int MAX_BYTES = 1024 * 1024;

    private static final Charset GB18030 = Charset.forName("GB18030");

    private ImportDecoding() {}

    /** The text of an uploaded file, line endings normalised to LF. */
    public static String decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException("import.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge();
        }
        if (startsWithUtf16Or32Mark(bytes)) {
            // Notepad's "Unicode" is text, but neither encoding we read; say so rather than "not text".
            throw new InvalidInputException("import.bad-encoding");
        }
        if (looksBinary(bytes)) {
            throw new InvalidInputException("import.not-text");
        }
        int skip = startsWithUtf8Mark(bytes) ? 3 : 0;
        String text = strictly(StandardCharsets.UTF_8, bytes, skip)
                .or(() -> strictly(GB18030, bytes, 0))
                .orElseThrow(() -> new InvalidInputException("import.bad-encoding"));
        return normalise(text);
    }

    /** Pasted text under the same rules as a file: not empty, not too large, not binary; line endings to LF. */
    public static String normalise(String pasted) {
        if (pasted == null || pasted.isBlank()) {
            throw new InvalidInputException("import.empty");
        }
        if (utf8Length(pasted) > MAX_BYTES) {
            throw tooLarge();
        }
        String text = pasted.startsWith("\uFEFF") ? pasted.substring(1) : pasted;
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            throw new InvalidInputException("import.empty");
        }
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                throw new InvalidInputException("import.not-text");
            }
            if (isStrayControl(c)) {
                controls++;
            }
        }
        if (tooManyControls(controls, text.length())) {
            throw new InvalidInputException("import.not-text");
        }
        return text;
    }

    private static InvalidInputException tooLarge() {
        return new InvalidInputException("import.too-large", MAX_BYTES / 1024);
    }

    /**
     * A NUL byte never occurs in UTF-8 or GB18030 text but in nearly every binary format (PNG's chunk lengths, the
     * ZIP headers of a DOCX). Control bytes are single bytes in both encodings, so their share can be counted before
     * decoding: a PDF without NUL in its first bytes still has far more of them than text has.
     */
    private static boolean looksBinary(byte[] bytes) {
        int controls = 0;
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
            if (b > 0 && isStrayControl((char) b)) {
                controls++;
            }
        }
        return tooManyControls(controls, bytes.length);
    }

    /** More than one control character in a hundred: text copied from anywhere has almost none. */
    private static boolean tooManyControls(int controls, int length) {
        return controls * 100L > length;
    }

    private static boolean isStrayControl(char c) {
        return Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t';
    }

    private static Optional<String> strictly(Charset charset, byte[] bytes, int skip) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWithUtf8Mark(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    private static boolean startsWithUtf16Or32Mark(byte[] b) {
        return b.length >= 2
                && (((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)
                        || ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)
                        || (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF));
    }

    private static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
