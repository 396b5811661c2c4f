package org.gridatlas.messages.meeting;

import java.time.LocalDate;
import java.util.List;

/** A meeting was held. */
public record MeetingRecordedEvent(
        String meetingId,
        String districtCode,
        String subDistrictCode,
        String communityCode,
        MeetingKind kind,
        LocalDate heldOn,
        String subject,
        MeetingPlace place,
        List<Participant> participants,
        List<String> problemIds) {
}
