package org.gridatlas.query.history;

import org.gridatlas.messages.meeting.MeetingProblemsChangedEvent;
import org.gridatlas.messages.meeting.MeetingRecordedEvent;

/**
 * A meeting's fields: {@code kind}, {@code heldOn}, {@code subject},
 * {@code place.name} and {@code place.locationWkt}, {@code participants} and
 * the {@code problemIds} it discussed.
 */
final class MeetingFields {

    private MeetingFields() {
    }

    static void addTo(EventFields table) {
        table.on(MeetingRecordedEvent.class, "meeting recorded", (e, f) -> f
                        .set("communityCode", e.communityCode())
                        .set("kind", e.kind())
                        .set("heldOn", e.heldOn())
                        .set("subject", e.subject())
                        .set("place", e.place())
                        .set("participants", e.participants())
                        .set("problemIds", e.problemIds()))
                .on(MeetingProblemsChangedEvent.class, "problems discussed corrected", (e, f) -> f
                        .set("problemIds", e.problemIds()));
    }
}
