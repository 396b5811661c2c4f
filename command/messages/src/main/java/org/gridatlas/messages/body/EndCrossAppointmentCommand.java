package org.gridatlas.messages.body;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Records that a cross appointment ended. */
public record EndCrossAppointmentCommand(
        @TargetAggregateIdentifier String appointmentId,
        LocalDate endedOn,
        @TargetAggregateVersion Long expectedVersion) {
}
