package org.gridatlas.messages.body;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Records that a body was dissolved; its members leave with it. A reason is required. */
public record DissolveBodyCommand(
        @TargetAggregateIdentifier String bodyId,
        LocalDate dissolvedOn,
        @TargetAggregateVersion Long expectedVersion) {
}
