package com.reportflow.export;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * The one timestamp of an export in the forms the files need. Local times are China Standard Time, a fixed offset
 * rather than the machine's zone, so that the bytes do not depend on where the file is made.
 */
final class ExportTime {

    static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private ExportTime() {}

    /** Wall-clock time for ZIP entries, which carry no zone. */
    static LocalDateTime local(Instant at) {
        return LocalDateTime.ofInstant(at, CHINA);
    }

    static Calendar calendar(Instant at) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(CHINA));
        calendar.setTimeInMillis(at.toEpochMilli());
        return calendar;
    }
}
