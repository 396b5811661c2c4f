package org.gridatlas.messages.complaint;

/** A figure was corrected to this count. */
public record ComplaintsCorrectedEvent(String figureId, int complaints) {
}
