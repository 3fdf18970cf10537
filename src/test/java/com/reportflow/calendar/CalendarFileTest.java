package com.reportflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarFileTest {

    @Test
    void the_shipped_2026_file_holds_exactly_the_days_of_the_state_council_notice() {
        assertThat(shipped(2026)).containsExactlyInAnyOrderElementsOf(Notice2026.days());
    }

    @Test
    void every_make_up_working_day_of_2026_is_a_saturday_or_a_sunday() {
        assertThat(shipped(2026))
                .filteredOn(d -> d.kind() == CalendarDay.Kind.WORKDAY)
                .extracting(CalendarDay::date)
                .containsExactly(
                        LocalDate.of(2026, 1, 4),
                        LocalDate.of(2026, 2, 14),
                        LocalDate.of(2026, 2, 28),
                        LocalDate.of(2026, 5, 9),
                        LocalDate.of(2026, 9, 20),
                        LocalDate.of(2026, 10, 10))
                .allMatch(CalendarDay::isWeekend);
    }

    @Test
    void the_shipped_2027_file_holds_only_the_statutory_days_and_no_make_up_days() {
        List<CalendarDay> days = shipped(2027);

        assertThat(days).allMatch(d -> d.kind() == CalendarDay.Kind.HOLIDAY);
        assertThat(days)
                .extracting(CalendarDay::date)
                .containsExactly(
                        LocalDate.of(2027, 1, 1),
                        LocalDate.of(2027, 2, 5),
                        LocalDate.of(2027, 2, 6),
                        LocalDate.of(2027, 2, 7),
                        LocalDate.of(2027, 2, 8),
                        LocalDate.of(2027, 4, 5),
                        LocalDate.of(2027, 5, 1),
                        LocalDate.of(2027, 5, 2),
                        LocalDate.of(2027, 6, 9),
                        LocalDate.of(2027, 9, 15),
                        LocalDate.of(2027, 10, 1),
                        LocalDate.of(2027, 10, 2),
                        LocalDate.of(2027, 10, 3));
        assertThat(days).allMatch(d -> d.name().contains("调休待国务院通知"));
    }

    @Test
    void only_file_names_of_the_form_cn_year_csv_count() {
        assertThat(CalendarFile.yearOf("cn-2026.csv")).isEqualTo(2026);
        assertThat(CalendarFile.yearOf("cn-2026.csv.bak")).isEqualTo(-1);
        assertThat(CalendarFile.yearOf("README.md")).isEqualTo(-1);
        assertThat(CalendarFile.yearOf(null)).isEqualTo(-1);
    }

    @Test
    void a_broken_line_is_refused_with_its_number() {
        assertRefused("date,kind,name\n2026-02-30,HOLIDAY,春节\n", "line 2");
        assertRefused("# c\n2026-02-16,HOLIDAY\n", "line 2: expected date,kind,name");
        assertRefused("2026-02-16,OFF,春节\n", "line 1");
        assertRefused("2026-02-16,HOLIDAY, \n", "line 1: expected date,kind,name");
        assertRefused("2027-02-16,HOLIDAY,春节\n", "line 1: date outside 2026");
        assertRefused("2026-02-16,WORKDAY,春节\n", "line 1: a make-up working day must be a Saturday or Sunday");
        assertRefused("2026-02-16,HOLIDAY,春节\n\n2026-02-16,HOLIDAY,春节\n", "line 3: second entry for 2026-02-16");
    }

    private static void assertRefused(String text, String message) {
        assertThatThrownBy(() -> CalendarFile.parse(2026, new StringReader(text)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    private static List<CalendarDay> shipped(int year) {
        String resource = "/" + CalendarFile.LOCATION + "cn-" + year + ".csv";
        try (InputStream in = CalendarFileTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return CalendarFile.parse(year, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
