package org.gridatlas.messages.body;

import java.time.LocalDate;

/** A cross appointment ended. */
public record CrossAppointmentEndedEvent(String appointmentId, LocalDate endedOn) {
}
