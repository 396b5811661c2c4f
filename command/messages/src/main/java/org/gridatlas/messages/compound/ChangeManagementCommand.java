package org.gridatlas.messages.compound;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Records a new way a compound is managed. A reason is required.
 */
public record ChangeManagementCommand(
        @TargetAggregateIdentifier String compoundId,
        Management management,
        @TargetAggregateVersion Long expectedVersion) {
}
