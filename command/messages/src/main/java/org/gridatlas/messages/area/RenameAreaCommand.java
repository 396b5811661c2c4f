package org.gridatlas.messages.area;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Renames the district or one of its sub-districts or communities.
 */
public record RenameAreaCommand(
        @TargetAggregateIdentifier String districtCode,
        String areaCode,
        String name,
        @TargetAggregateVersion Long expectedVersion) {
}
