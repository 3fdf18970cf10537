package com.reportflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.shared.AuditEvent.Outcome;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

    @Test
    void the_file_starts_with_a_byte_order_mark_and_the_header_and_ends_lines_with_crlf() throws IOException {
        StringWriter out = new StringWriter();
        AuditCsv csv = new AuditCsv(out, ZoneId.of("Asia/Shanghai"));

        csv.header();
        csv.row(new AuditRow(
                7,
                Instant.parse("2026-03-01T01:02:03.004Z"),
                "admin",
                "LOGIN",
                "user:admin",
                null,
                Outcome.DONE,
                "10.0.0.1",
                "ab".repeat(32)));

        assertThat(out.toString())
                .isEqualTo("\uFEFFid,time,actor,action,target,detail,outcome,remote_address,hash\r\n"
                        + "7,2026-03-01 09:02:03.004,admin,LOGIN,user:admin,,DONE,10.0.0.1," + "ab".repeat(32)
                        + "\r\n");
    }

    @Test
    void fields_with_commas_quotes_or_line_breaks_are_quoted_after_rfc_4180() {
        assertThat(AuditCsv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(AuditCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(AuditCsv.cell("two\r\nlines")).isEqualTo("\"two\r\nlines\"");
        assertThat(AuditCsv.cell("法治政府")).isEqualTo("法治政府");
    }

    @Test
    void cells_that_a_spreadsheet_would_run_as_formulas_are_neutralised() {
        assertThat(AuditCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(AuditCsv.cell("+1+1")).isEqualTo("'+1+1");
        assertThat(AuditCsv.cell("-2")).isEqualTo("'-2");
        assertThat(AuditCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(AuditCsv.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(AuditCsv.cell("a=b")).isEqualTo("a=b");
    }
}
