package org.gridatlas.messages.compound;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Replaces what the register records about a compound (name, address,
 * households, buildings, units, floor area, year built, category).
 */
public record ChangeCompoundAttributesCommand(
        @TargetAggregateIdentifier String compoundId,
        CompoundAttributes attributes,
        @TargetAggregateVersion Long expectedVersion) {
}
