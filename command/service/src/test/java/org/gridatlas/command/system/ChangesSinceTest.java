package org.gridatlas.command.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.gridatlas.messages.AuditMetadata;
import org.gridatlas.messages.grid.GridWorkersAssignedEvent;
import org.gridatlas.messages.grid.MicroGridRetiredEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a stale client is told happened since its version, read from Axon's own event store in memory. */
class ChangesSinceTest {

    private static final String GRID = "140105001001001";

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final ChangesSince changes = new ChangesSince(store);

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    private void stored(String aggregateId, long version, Object event, String user, String reason) {
        store.publish(new GenericDomainEventMessage<>("Grid", aggregateId, version, event,
                Map.of(AuditMetadata.USER, user, AuditMetadata.USER_NAME, user + "的名字", AuditMetadata.REASON, reason)));
    }

    @Test
    void listsEveryEventAfterTheVersionWithItsOperationWhoAndWhy() {
        stored(GRID, 0, new GridWorkersAssignedEvent(GRID, List.of("周")), "wang", "配备");
        stored(GRID, 1, new GridWorkersAssignedEvent(GRID, List.of("吴")), "li", "调岗");
        stored(GRID, 2, new MicroGridRetiredEvent(GRID, GRID + "02", GRID + "01", List.of(GRID + "02", GRID + "01"),
                List.of(GRID + "01"), List.of()), "zhao", "院落合并");
        stored("140105001001002", 0, new GridWorkersAssignedEvent("140105001001002", List.of("郑")), "qian", "另一网格");

        List<ChangesSince.Change> since = changes.of(GRID, 0);

        assertThat(since).extracting(ChangesSince.Change::version).containsExactly(1L, 2L);
        assertThat(since).extracting(ChangesSince.Change::operation).containsExactly("GridWorkersAssigned", "MicroGridRetired");
        assertThat(since).extracting(ChangesSince.Change::user).containsExactly("li", "zhao");
        assertThat(since).extracting(ChangesSince.Change::userName).containsExactly("li的名字", "zhao的名字");
        assertThat(since).extracting(ChangesSince.Change::reason).containsExactly("调岗", "院落合并");
        assertThat(since).allSatisfy(change -> assertThat(change.at()).isNotNull());
    }

    @Test
    void aClientThatIsUpToDateIsToldOfNothing() {
        stored(GRID, 0, new GridWorkersAssignedEvent(GRID, List.of("周")), "wang", "配备");

        assertThat(changes.of(GRID, 0)).isEmpty();
    }

    @Test
    void aClientFarBehindIsToldOfTheFirstHundredChanges() {
        IntStream.range(0, ChangesSince.LIMIT + 20).forEach(v ->
                stored(GRID, v, new GridWorkersAssignedEvent(GRID, List.of("周" + v)), "wang", "第" + v + "次"));

        List<ChangesSince.Change> since = changes.of(GRID, 4);

        assertThat(since).hasSize(ChangesSince.LIMIT);
        assertThat(since.get(0).version()).isEqualTo(5L);
    }
}
