package org.gridatlas.messages.meeting;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a meeting held in a community, who was present and the problems discussed. */
public record RecordMeetingCommand(
        @TargetAggregateIdentifier String meetingId,
        String communityCode,
        MeetingKind kind,
        LocalDate heldOn,
        String subject,
        MeetingPlace place,
        List<Participant> participants,
        List<String> problemIds) {
}
