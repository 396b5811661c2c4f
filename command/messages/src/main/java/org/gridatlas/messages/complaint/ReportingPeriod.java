package org.gridatlas.messages.complaint;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar year ({@code 2023}), quarter ({@code 2023-Q1}) or month
 * ({@code 2023-03}), as offices report figures, between the years
 * {@value #FIRST_YEAR} and {@value #LAST_YEAR}.
 */
public record ReportingPeriod(Kind kind, int year, int number) {

    public enum Kind { YEAR, QUARTER, MONTH }

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;
    /** The written forms, for request validation. */
    public static final String PATTERN = "\\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?";
    public static final String DESCRIPTION = "must be a year (2023), a quarter (2023-Q1) or a month (2023-03)";
    private static final Pattern PARTS = Pattern.compile("(\\d{4})(?:-(0[1-9]|1[0-2])|-Q([1-4]))?");

    public ReportingPeriod {
        if (kind == null || year < FIRST_YEAR || year > LAST_YEAR
                || (kind == Kind.QUARTER && (number < 1 || number > 4))
                || (kind == Kind.MONTH && (number < 1 || number > 12))) {
            throw new IllegalArgumentException("not a reporting period: " + kind + " " + year + " " + number);
        }
    }

    /** Reads the written form; throws {@link IllegalArgumentException} saying what is expected. */
    public static ReportingPeriod parse(String text) {
        Matcher m = text == null ? null : PARTS.matcher(text);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException(DESCRIPTION);
        }
        int year = Integer.parseInt(m.group(1));
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("must lie in the years " + FIRST_YEAR + " to " + LAST_YEAR);
        }
        if (m.group(2) != null) {
            return new ReportingPeriod(Kind.MONTH, year, Integer.parseInt(m.group(2)));
        }
        if (m.group(3) != null) {
            return new ReportingPeriod(Kind.QUARTER, year, Integer.parseInt(m.group(3)));
        }
        return new ReportingPeriod(Kind.YEAR, year, 0);
    }

    public LocalDate firstDay() {
        return switch (kind) {
            case YEAR -> LocalDate.of(year, 1, 1);
            case QUARTER -> LocalDate.of(year, 3 * number - 2, 1);
            case MONTH -> LocalDate.of(year, number, 1);
        };
    }

    public LocalDate lastDay() {
        return switch (kind) {
            case YEAR -> LocalDate.of(year, 12, 31);
            case QUARTER -> YearMonth.of(year, 3 * number).atEndOfMonth();
            case MONTH -> YearMonth.of(year, number).atEndOfMonth();
        };
    }

    /** The same period a year earlier, for year-on-year change (同比). */
    public ReportingPeriod yearEarlier() {
        return new ReportingPeriod(kind, year - 1, number);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case YEAR -> String.valueOf(year);
            case QUARTER -> year + "-Q" + number;
            case MONTH -> String.format("%d-%02d", year, number);
        };
    }
}
