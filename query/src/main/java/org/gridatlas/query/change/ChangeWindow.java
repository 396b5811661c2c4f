package org.gridatlas.query.change;

import java.time.Instant;

import org.gridatlas.query.system.InvalidInput;
import org.gridatlas.query.system.OfficeDates;

/**
 * The two instants compared. A plain date is the end of that day in Beijing,
 * as everywhere {@code at=} is read: from 2026-08-31 to 2026-09-30 compares the
 * evening of 31 August with the evening of 30 September, so it is what changed
 * during September. A change counts when it happened after {@code from} and at
 * or before {@code to}.
 */
record ChangeWindow(Instant from, Instant to) {

    static final String FROM_DESCRIPTION = "The first instant: 2026-08-31 (the end of that day, Beijing time), "
            + "2026-08-31T08:00 (Beijing time) or an ISO-8601 timestamp with its offset";
    static final String TO_DESCRIPTION = "The second instant, not before from: 2026-09-30 (the end of that day) or a "
            + "timestamp; an instant after now reads as now";
    static final String NOT_AFTER_TO = "must not be after to";

    static ChangeWindow parse(String from, String to) {
        Instant first = OfficeDates.parseInstant(from, "from", true);
        Instant second = OfficeDates.parseInstant(to, "to", true);
        if (first.isAfter(second)) {
            throw InvalidInput.of("from", NOT_AFTER_TO + " (" + to.strip() + ")");
        }
        return new ChangeWindow(first, second);
    }
}
