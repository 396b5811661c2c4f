package org.gridatlas.messages.problem;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Records that a resolved problem came back (residents say it is not fixed). A reason is required. */
public record ReopenProblemCommand(
        @TargetAggregateIdentifier String problemId,
        LocalDate reopenedOn,
        @TargetAggregateVersion Long expectedVersion) {
}
