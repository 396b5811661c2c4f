package org.gridatlas.query.history;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One change to a record, as the history API answers it.
 *
 * @param aggregateId the record the version counts: a micro-grid's grid, an area's district
 * @param event       the event's name, e.g. ManagementChangedEvent
 * @param operation   what happened, in words
 * @param user        the account that made the change
 * @param userName    that person's name as colleagues know it (absent on events from before sign-in)
 * @param changes     the record's fields the change touched, before and after
 * @param codes       for an edit of a grid's division, the micro-grid codes before and after; absent otherwise
 * @param payload     what the event recorded, as stored
 */
record HistoryEntry(String aggregateId, long version, Instant recordedAt, String event, String operation,
                    String user, String userName, String reason, String correlationId, List<FieldChange> changes,
                    @JsonInclude(JsonInclude.Include.NON_NULL) FieldValues.Codes codes, Object payload) {
}
