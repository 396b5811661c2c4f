package org.gridatlas.messages.body;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Records that a member left a body. */
public record EndBodyMembershipCommand(
        @TargetAggregateIdentifier String bodyId,
        String memberId,
        LocalDate leftOn,
        @TargetAggregateVersion Long expectedVersion) {
}
