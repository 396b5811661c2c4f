package org.gridatlas.messages.governance;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.gridatlas.messages.body.BodyMember;

/** Records that a person joined a compound's owners' or property management committee. */
public record AppointCommitteeMemberCommand(
        @TargetAggregateIdentifier String compoundId,
        Committee committee,
        BodyMember member,
        LocalDate appointedOn,
        @TargetAggregateVersion Long expectedVersion) {
}
