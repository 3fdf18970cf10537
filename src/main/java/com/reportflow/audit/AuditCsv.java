package com.reportflow.audit;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The trail as CSV after RFC 4180 (comma, CRLF, fields in double quotes when they hold a comma, quote or line
 * break, quotes doubled), opened by Excel as UTF-8 thanks to the byte order mark. A cell that starts like a formula
 * (= + - @, tab, carriage return) gets a leading apostrophe, so a spreadsheet shows it as text instead of running it.
 */
final class AuditCsv {

    static final char BOM = '\uFEFF';
    static final List<String> HEADER =
            List.of("id", "time", "actor", "action", "target", "detail", "outcome", "remote_address", "hash");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private final Writer out;
    private final ZoneId zone;

    AuditCsv(Writer out, ZoneId zone) {
        this.out = out;
        this.zone = zone;
    }

    void header() throws IOException {
        out.write(BOM);
        line(HEADER);
    }

    void row(AuditRow row) throws IOException {
        line(List.of(
                String.valueOf(row.id()),
                TIME.format(row.occurredAt().atZone(zone)),
                nullToEmpty(row.actor()),
                nullToEmpty(row.action()),
                nullToEmpty(row.target()),
                nullToEmpty(row.detail()),
                row.outcome().name(),
                nullToEmpty(row.remoteAddress()),
                row.hash()));
    }

    private void line(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    static String cell(String value) {
        String safe = value;
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
