package org.gridatlas.messages.body;

import java.time.LocalDate;

/** A body's member holds a post in a party organisation. */
public record CrossAppointmentRecordedEvent(
        String appointmentId,
        String districtCode,
        String organisationId,
        String partyMemberName,
        PartyPost partyPost,
        String bodyId,
        String memberId,
        LocalDate since) {
}
