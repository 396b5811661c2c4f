package org.gridatlas.messages.body;

import java.time.LocalDate;

/** A member left a body. */
public record BodyMemberLeftEvent(String bodyId, String memberId, LocalDate leftOn) {
}
