package org.gridatlas.messages.problem;

import java.time.LocalDate;

/** A resolved problem is open again from this day. */
public record ProblemReopenedEvent(String problemId, LocalDate reopenedOn) {
}
