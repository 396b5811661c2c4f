package org.gridatlas.query.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
            List<FieldChange> all = aggregate.apply(described.values());
            FieldValues.Codes codes = described.values().codes() != null ? described.values().codes() : reshaped(all);
            List<FieldChange> changes = all.stream()
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
                    // an edit says what it did to every micro-grid it names, "split" rather than "removed"
                    described.values().codes() != null ? described.operation() : scope.operation(described.operation(), changes),
                    (String) message.getMetaData().get(AuditMetadata.USER),
                    (String) message.getMetaData().get(AuditMetadata.USER_NAME),
                    (String) message.getMetaData().get(AuditMetadata.REASON),
                    (String) message.getMetaData().get(AuditMetadata.CORRELATION_ID),
                    changes, codes, message.getPayload()));
        }
        return history;
    }

    private static final Pattern MICRO_GRID_BOUNDARY = Pattern.compile("microGrids\\.(\\d+)\\.boundary");

    /**
     * For an event that replaces a whole division and does not name its codes:
     * the micro-grids whose boundary went or moved, and those whose boundary
     * came or moved; {@code null} when no micro-grid's boundary changed.
     */
    private static FieldValues.Codes reshaped(List<FieldChange> changes) {
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        for (FieldChange change : changes) {
            Matcher boundary = MICRO_GRID_BOUNDARY.matcher(change.field());
            if (boundary.matches()) {
                if (change.before() != null) {
                    before.add(boundary.group(1));
                }
                if (change.after() != null) {
                    after.add(boundary.group(1));
                }
            }
        }
        return before.isEmpty() && after.isEmpty() ? null : new FieldValues.Codes(before, after);
    }
}
