package org.gridatlas.command.system;

import java.time.Instant;
import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.gridatlas.messages.AuditMetadata;
import org.springframework.stereotype.Component;

/**
 * What happened to a record after the version a client started from: for a
 * stale-version conflict, so that the client can show who changed what and
 * redo its change on top. Works for every aggregate, read straight from the
 * event store.
 */
@Component
public class ChangesSince {

    /** At most this many changes are listed; a client that far behind reloads anyway. */
    public static final int LIMIT = 100;

    /**
     * One event after the client's version.
     *
     * @param operation the event's type without "Event", e.g. MicroGridSplit
     */
    public record Change(long version, String operation, Instant at, String user, String userName, String reason) {
    }

    private final EventStore events;

    ChangesSince(EventStore events) {
        this.events = events;
    }

    /** The events of {@code aggregateId} after {@code version}, oldest first. */
    public List<Change> of(String aggregateId, long version) {
        return events.readEvents(aggregateId, version + 1).asStream()
                .limit(LIMIT)
                .map(ChangesSince::change)
                .toList();
    }

    private static Change change(DomainEventMessage<?> event) {
        return new Change(event.getSequenceNumber(), event.getPayloadType().getSimpleName().replaceFirst("Event$", ""),
                event.getTimestamp(), text(event, AuditMetadata.USER), text(event, AuditMetadata.USER_NAME),
                text(event, AuditMetadata.REASON));
    }

    private static String text(DomainEventMessage<?> event, String key) {
        Object value = event.getMetaData().get(key);
        return value == null ? null : value.toString();
    }
}
