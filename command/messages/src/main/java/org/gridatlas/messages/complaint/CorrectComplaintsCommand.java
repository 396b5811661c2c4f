package org.gridatlas.messages.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Corrects a recorded figure, e.g. after the hotline's monthly reconciliation. A reason is required. */
public record CorrectComplaintsCommand(
        @TargetAggregateIdentifier String figureId,
        int complaints,
        @TargetAggregateVersion Long expectedVersion) {
}
