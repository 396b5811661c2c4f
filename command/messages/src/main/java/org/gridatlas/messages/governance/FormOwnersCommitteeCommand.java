package org.gridatlas.messages.governance;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Records that a compound's owners' committee (业主委员会) was formed.
 */
public record FormOwnersCommitteeCommand(
        @TargetAggregateIdentifier String compoundId,
        LocalDate formedOn,
        @TargetAggregateVersion Long expectedVersion) {
}
