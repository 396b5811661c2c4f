package org.gridatlas.messages.meeting;

import java.util.List;

/** The problems a meeting discussed, as corrected: the whole new list. */
public record MeetingProblemsChangedEvent(String meetingId, List<String> problemIds) {
}
