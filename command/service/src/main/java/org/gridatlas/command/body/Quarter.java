package org.gridatlas.command.body;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;

/** A calendar quarter as evaluations name it, {@code 2026-Q3}: July to September 2026. */
record Quarter(int year, int number) {

    static final String PATTERN = "(\\d{4})-Q([1-4])";
    private static final java.util.regex.Pattern FORMAT = java.util.regex.Pattern.compile(PATTERN);

    static Optional<Quarter> parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text);
        return m != null && m.matches()
                ? Optional.of(new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
                : Optional.empty();
    }

    LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
