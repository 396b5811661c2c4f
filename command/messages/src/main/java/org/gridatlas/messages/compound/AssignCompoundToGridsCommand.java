package org.gridatlas.messages.compound;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Sets the grids a compound lies in; one compound may span several grids.
 */
public record AssignCompoundToGridsCommand(
        @TargetAggregateIdentifier String compoundId,
        List<String> gridCodes,
        @TargetAggregateVersion Long expectedVersion) {
}
