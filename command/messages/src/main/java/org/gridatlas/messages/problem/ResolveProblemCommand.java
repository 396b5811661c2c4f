package org.gridatlas.messages.problem;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Records that a problem was resolved, and optionally the meeting that settled it. */
public record ResolveProblemCommand(
        @TargetAggregateIdentifier String problemId,
        LocalDate resolvedOn,
        String meetingId,
        @TargetAggregateVersion Long expectedVersion) {
}
