package org.gridatlas.messages.problem;

import java.time.LocalDate;

/** A problem was resolved; {@code meetingId} names the meeting that settled it, when one did. */
public record ProblemResolvedEvent(String problemId, LocalDate resolvedOn, String meetingId) {
}
