package org.gridatlas.messages.body;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Records that a person joined a body in a role. */
public record AppointBodyMemberCommand(
        @TargetAggregateIdentifier String bodyId,
        BodyMember member,
        LocalDate appointedOn,
        @TargetAggregateVersion Long expectedVersion) {
}
