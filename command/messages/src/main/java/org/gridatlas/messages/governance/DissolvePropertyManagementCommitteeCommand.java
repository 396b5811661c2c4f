package org.gridatlas.messages.governance;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Records that a compound's property management committee (物管会) was dissolved.
 */
public record DissolvePropertyManagementCommitteeCommand(
        @TargetAggregateIdentifier String compoundId,
        LocalDate dissolvedOn,
        @TargetAggregateVersion Long expectedVersion) {
}
