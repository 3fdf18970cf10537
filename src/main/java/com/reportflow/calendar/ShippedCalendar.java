package com.reportflow.calendar;

import com.reportflow.shared.ConflictRetry;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Loads the official days shipped in {@code calendar/cn-YYYY.csv} into the table, for each year that has no stored
 * day yet. A year with any stored day belongs to the admin: a shipped file never overwrites or restores what they
 * changed or removed.
 */
@Component
class ShippedCalendar implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ShippedCalendar.class);

    private final CalendarDayRepository days;
    private final ConflictRetry retry;
    private final Clock clock;

    ShippedCalendar(CalendarDayRepository days, ConflictRetry retry, Clock clock) {
        this.days = days;
        this.retry = retry;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        load();
    }

    /** Loads every shipped year that has no stored day; returns the years loaded. */
    List<Integer> load() {
        List<Integer> loaded = new ArrayList<>();
        for (Resource file : files()) {
            int year = CalendarFile.yearOf(file.getFilename());
            if (year < 0) {
                continue;
            }
            List<CalendarDay> shipped = read(file, year);
            boolean inserted = retry.inTransaction(() -> {
                if (days.existsByDateBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))) {
                    return false;
                }
                Instant now = clock.instant();
                List<StoredDay> rows = new ArrayList<>();
                for (CalendarDay day : shipped) {
                    StoredDay row = new StoredDay(day.date());
                    row.write(day.kind(), day.name(), null, now);
                    rows.add(row);
                }
                days.saveAll(rows);
                return true;
            });
            if (inserted) {
                LOG.info("Working calendar: {} days of {} loaded from {}", shipped.size(), year, file.getFilename());
                loaded.add(year);
            }
        }
        return loaded;
    }

    private static Resource[] files() {
        try {
            return new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:" + CalendarFile.LOCATION + "cn-*.csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<CalendarDay> read(Resource file, int year) {
        try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            return CalendarFile.parse(year, reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
