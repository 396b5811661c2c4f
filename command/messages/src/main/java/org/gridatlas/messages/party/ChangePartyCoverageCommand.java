package org.gridatlas.messages.party;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Sets the compounds and grids an organisation covers; the lists replace the
 * previous ones.
 */
public record ChangePartyCoverageCommand(
        @TargetAggregateIdentifier String organisationId,
        List<String> compoundIds,
        List<String> gridCodes,
        @TargetAggregateVersion Long expectedVersion) {
}
