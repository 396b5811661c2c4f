package org.gridatlas.query.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.axonframework.eventhandling.DomainEventMessage;
import org.gridatlas.messages.AuditMetadata;

/** Turns an aggregate's events, oldest first, into the history of one record. */
final class RecordHistory {

    private final EventFields fields;

    RecordHistory(EventFields fields) {
        this.fields = fields;
    }

    List<HistoryEntry> of(Scope scope, List<? extends DomainEventMessage<?>> events) {
        ChangeTracker aggregate = new ChangeTracker();
        List<HistoryEntry> history = new ArrayList<>();
        for (DomainEventMessage<?> message : events) {
            EventFields.Described described = fields.describe(message.getPayload());
            // Every event moves the aggregate's state on, also when the record in scope is not touched.
            List<FieldChange> changes = aggregate.apply(described.values()).stream()
                    .map(change -> {
                        String name = scope.fieldName(change.field());
                        return name == null ? null : change.named(name);
                    })
                    .filter(Objects::nonNull)
                    .toList();
            if (changes.isEmpty() && !scope.showsEventsWithoutChanges()) {
                continue;
            }
            history.add(new HistoryEntry(message.getAggregateIdentifier(), message.getSequenceNumber(),
                    message.getTimestamp(), message.getPayloadType().getSimpleName(),
                    scope.operation(described.operation(), changes),
                    (String) message.getMetaData().get(AuditMetadata.USER),
                    (String) message.getMetaData().get(AuditMetadata.USER_NAME),
                    (String) message.getMetaData().get(AuditMetadata.REASON),
                    (String) message.getMetaData().get(AuditMetadata.CORRELATION_ID),
                    changes, message.getPayload()));
        }
        return history;
    }
}
