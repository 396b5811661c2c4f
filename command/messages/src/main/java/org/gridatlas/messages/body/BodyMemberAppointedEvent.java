package org.gridatlas.messages.body;

import java.time.LocalDate;

/** A person joined a body. */
public record BodyMemberAppointedEvent(String bodyId, BodyMember member, LocalDate appointedOn) {
}
