package org.gridatlas.messages.governance;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Records that a compound's owners' committee (业主委员会) was dissolved.
 */
public record DissolveOwnersCommitteeCommand(
        @TargetAggregateIdentifier String compoundId,
        LocalDate dissolvedOn,
        @TargetAggregateVersion Long expectedVersion) {
}
