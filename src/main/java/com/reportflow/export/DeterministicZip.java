package com.reportflow.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a ZIP package (a DOCX) with every entry stamped with one given time and the entries in a stable order, so
 * that equal content gives equal bytes: POI stamps entries with the time of writing.
 */
final class DeterministicZip {

    /** Word and other OPC readers look for the content types first. */
    private static final String CONTENT_TYPES = "[Content_Types].xml";

    private DeterministicZip() {}

    static byte[] rewrite(byte[] zip, LocalDateTime entryTime) {
        Map<String, byte[]> entries = read(zip);
        List<String> names = new ArrayList<>(entries.keySet());
        names.sort((a, b) -> a.equals(CONTENT_TYPES) ? -1 : b.equals(CONTENT_TYPES) ? 1 : a.compareTo(b));
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipOutputStream zos = new ZipOutputStream(out)) {
            for (String name : names) {
                ZipEntry entry = new ZipEntry(name);
                // A local time in the DOS range is stored as the DOS date alone, without extra timestamp fields.
                entry.setTimeLocal(entryTime);
                zos.putNextEntry(entry);
                zos.write(entries.get(name));
                zos.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Map<String, byte[]> read(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zis = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = zis.getNextEntry(); e != null; e = zis.getNextEntry()) {
                if (entries.put(e.getName(), zis.readAllBytes()) != null) {
                    throw new IllegalStateException("duplicate ZIP entry " + e.getName());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
