package org.gridatlas.messages.governance;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Records that a member left a compound's committee. */
public record EndCommitteeMembershipCommand(
        @TargetAggregateIdentifier String compoundId,
        Committee committee,
        String memberId,
        LocalDate leftOn,
        @TargetAggregateVersion Long expectedVersion) {
}
