package org.gridatlas.compound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.gridatlas.GridAtlasIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The read model is disposable: replaying the event store rebuilds it row for row. */
@GridAtlasIntegrationTest
class CompoundProjectionReplayIT {

    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    JdbcClient jdbc;

    private List<String> rows() {
        return jdbc.sql("""
                        SELECT concat_ws('|', compound_id, name, households, management_mode,
                                         ST_AsEWKT(boundary), registered_at, version)
                        FROM readmodel.compound ORDER BY compound_id""")
                .query(String.class).list();
    }

    @Test
    void replayingTheEventsRebuildsTheSameRows() {
        TrackingEventProcessor processor = processing.eventProcessor("compound", TrackingEventProcessor.class)
                .orElseThrow();
        await().atMost(Duration.ofSeconds(30)).until(() -> processor.processingStatus().values().stream()
                .allMatch(status -> status.isCaughtUp()));
        List<String> before = rows();
        assertThat(before).isNotEmpty();

        processor.shutDown();
        processor.resetTokens();
        assertThat(rows()).as("the reset handler empties the table").isEmpty();
        processor.start();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(rows()).isEqualTo(before));
    }
}
