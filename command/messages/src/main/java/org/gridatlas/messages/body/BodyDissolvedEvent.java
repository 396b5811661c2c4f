package org.gridatlas.messages.body;

import java.time.LocalDate;

/** A body was dissolved, and with it its members' places on it. */
public record BodyDissolvedEvent(String bodyId, LocalDate dissolvedOn) {
}
