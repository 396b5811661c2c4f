package org.gridatlas.query.system;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Days as a district office counts them: in Beijing time, whatever the
 * server's clock says. Query parameters naming an instant take a plain date
 * ({@code 2026-09-01}), a date and time of day in Beijing time
 * ({@code 2026-09-01T08:00}), or a full ISO-8601 timestamp
 * ({@code 2026-09-01T00:00:00Z}, {@code …+08:00}).
 */
public final class OfficeDates {

    /** The one time zone of office days and months. */
    public static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");

    /** The dates a request may name, as the command side's {@code @PlausibleDate} reads them. */
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private static final int PLAIN_DATE_LENGTH = "2026-09-01".length();

    static final String FORMS = "is a date such as 2026-09-01 (Beijing time) or an ISO-8601 timestamp such as"
            + " 2026-09-01T08:00:00Z, between 1900-01-01 and 2100-12-31";

    private OfficeDates() {
    }

    /** The first instant of the office day. */
    public static Instant startOfDay(LocalDate day) {
        return day.atStartOfDay(OFFICE_ZONE).toInstant();
    }

    /**
     * The last instant of the office day that PostgreSQL can store (it keeps
     * microseconds), so that {@code recorded_at <= endOfDay(day)} holds
     * everything recorded that day and nothing of the next.
     */
    public static Instant endOfDay(LocalDate day) {
        return startOfDay(day.plusDays(1)).minus(1, ChronoUnit.MICROS);
    }

    /** The office day an instant falls on. */
    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, OFFICE_ZONE);
    }

    /**
     * Reads a query parameter naming an instant. A plain date stands for the
     * start of that office day, or with {@code endOfDay} for its end (see
     * {@link #endOfDay}); a date and time without offset is Beijing time.
     * Anything else is refused with a 400 problem naming {@code field}.
     */
    public static Instant parseInstant(String value, String field, boolean endOfDay) {
        // an unencoded "+08:00" reaches us as " 08:00"
        String text = value.contains("T") ? value.strip().replace(' ', '+') : value.strip();
        Instant instant;
        try {
            if (text.length() == PLAIN_DATE_LENGTH) {
                LocalDate day = LocalDate.parse(text);
                instant = endOfDay ? endOfDay(day) : startOfDay(day);
            } else if (hasOffset(text)) {
                instant = OffsetDateTime.parse(text).toInstant();
            } else {
                instant = LocalDateTime.parse(text).atZone(OFFICE_ZONE).toInstant();
            }
        } catch (DateTimeException e) {
            throw InvalidInput.of(field, FORMS);
        }
        LocalDate day = dayOf(instant);
        if (day.isBefore(EARLIEST) || day.isAfter(LATEST)) {
            throw InvalidInput.of(field, FORMS);
        }
        return instant;
    }

    /** Whether the text ends in an offset: Z, or +08:00 or -05:00 after the time of day. */
    private static boolean hasOffset(String text) {
        int time = text.indexOf('T');
        return text.endsWith("Z") || time > 0 && (text.indexOf('+', time) > 0 || text.indexOf('-', time) > 0);
    }
}
