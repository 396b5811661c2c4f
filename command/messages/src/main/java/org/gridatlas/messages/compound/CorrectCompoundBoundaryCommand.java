package org.gridatlas.messages.compound;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Corrects a compound's boundary, e.g. after a survey.
 */
public record CorrectCompoundBoundaryCommand(
        @TargetAggregateIdentifier String compoundId,
        String boundaryWkt,
        @TargetAggregateVersion Long expectedVersion) {
}
