package org.gridatlas.query.history;

import org.gridatlas.messages.problem.ProblemReopenedEvent;
import org.gridatlas.messages.problem.ProblemReportedEvent;
import org.gridatlas.messages.problem.ProblemResolvedEvent;

/**
 * A problem's fields: where it lies ({@code location}, {@code communityCode},
 * {@code compoundId}, {@code gridCode}), what it is, how and when it was
 * found, and {@code status}, {@code resolvedOn} and the settling
 * {@code meetingId}, which a reopening clears.
 */
final class ProblemFields {

    private ProblemFields() {
    }

    static void addTo(EventFields table) {
        table.on(ProblemReportedEvent.class, "problem reported", (e, f) -> f
                        .set("districtCode", e.districtCode())
                        .set("communityCode", e.communityCode())
                        .set("compoundId", e.compoundId())
                        .set("gridCode", e.gridCode())
                        .set("location", e.locationWkt())
                        .set("category", e.category())
                        .set("foundThrough", e.foundThrough())
                        .set("description", e.description())
                        .set("foundOn", e.foundOn())
                        .set("status", "OPEN"))
                .on(ProblemResolvedEvent.class, "problem resolved", (e, f) -> f
                        .set("status", "RESOLVED")
                        .set("resolvedOn", e.resolvedOn())
                        .set("meetingId", e.meetingId())
                        .set("reopenedOn", null))
                .on(ProblemReopenedEvent.class, "problem reopened", (e, f) -> f
                        .set("status", "OPEN")
                        .set("resolvedOn", null)
                        .set("meetingId", null)
                        .set("reopenedOn", e.reopenedOn()));
    }
}
