package org.gridatlas.query.history;

import java.time.Instant;
import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.gridatlas.messages.AuditMetadata;
import org.gridatlas.query.system.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "History (变更记录)")
class HistoryController {

    /**
     * One change to a record.
     *
     * @param event   the event's name, e.g. ManagementChangedEvent
     * @param payload what the event recorded
     */
    record Change(long version, Instant recordedAt, String event, String user, String reason, String correlationId,
                  Object payload) {
    }

    private final EventStore events;

    HistoryController(EventStore events) {
        this.events = events;
    }

    @Operation(summary = "Every change to a record, oldest first, with who made it, when and why",
            description = "The identifier is a district or grid code, or a compound, party organisation or campaign id.")
    @GetMapping("/api/history/{recordId}")
    List<Change> history(@PathVariable String recordId) {
        List<Change> changes = events.readEvents(recordId).asStream().map(HistoryController::change).toList();
        if (changes.isEmpty()) {
            throw NotFound.of("record", recordId);
        }
        return changes;
    }

    private static Change change(DomainEventMessage<?> message) {
        return new Change(message.getSequenceNumber(), message.getTimestamp(), message.getPayloadType().getSimpleName(),
                (String) message.getMetaData().get(AuditMetadata.USER),
                (String) message.getMetaData().get(AuditMetadata.REASON),
                (String) message.getMetaData().get(AuditMetadata.CORRELATION_ID),
                message.getPayload());
    }
}
