package org.gridatlas.query.history;

import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.gridatlas.query.system.NotFound;
import org.springframework.stereotype.Service;

/**
 * The audit trail of any record, read straight from the event store: the
 * identifier names an aggregate, or a micro-grid, sub-district or community
 * inside one.
 */
@Service
class HistoryService {

    private final EventStore events;
    private final RecordHistory history = new RecordHistory(EventFields.forEveryRecord());

    HistoryService(EventStore events) {
        this.events = events;
    }

    /** Every change to the record, oldest first; not found when nothing ever changed it. */
    List<HistoryEntry> history(String recordId) {
        for (Scope scope : Scope.candidates(recordId)) {
            List<? extends DomainEventMessage<?>> stored = events.readEvents(scope.aggregateId()).asStream().toList();
            List<HistoryEntry> entries = history.of(scope, stored);
            if (!entries.isEmpty()) {
                return entries;
            }
        }
        throw NotFound.of("record", recordId);
    }
}
