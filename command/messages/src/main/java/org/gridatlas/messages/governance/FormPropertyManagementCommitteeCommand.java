package org.gridatlas.messages.governance;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Records that a compound's property management committee (物管会) was formed.
 */
public record FormPropertyManagementCommitteeCommand(
        @TargetAggregateIdentifier String compoundId,
        LocalDate formedOn,
        @TargetAggregateVersion Long expectedVersion) {
}
