package org.gridatlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The read model is disposable: replaying the event store rebuilds every table row for row. */
@GridAtlasIntegrationTest
class ProjectionReplayIT {

    private static final List<String> TABLES = List.of("area", "grid", "micro_grid", "compound", "management_change",
            "party_organisation", "campaign", "problem", "problem_resolution", "meeting", "complaint_figure",
            "body", "body_member", "body_evaluation", "cross_appointment", "committee_member",
            "micro_grid_edit", "retired_micro_grid", "micro_grid_lineage", "micro_grid_placement", "compound_placement",
            "area_boundary", "area_derived_boundary",
            // the versions of the kept tables are dated by their events, so a replay rebuilds them as they were
            "area_history", "compound_history", "compound_placement_history", "grid_history", "micro_grid_history",
            "micro_grid_placement_history", "party_organisation_history", "campaign_history", "problem_history",
            "area_boundary_history", "area_derived_boundary_history", "body_history", "body_member_history",
            "committee_member_history", "cross_appointment_history");
    /** A district of its own whose micro-grids are redrawn so that a code retires, for the lineage tables. */
    private static final TestDistrict REDRAWN = new TestDistrict("140313", 112.64, 37.20);

    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore events;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    private Map<String, List<String>> readModel() {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String table : TABLES) {
            rows.put(table, jdbc.sql("SELECT t::text FROM readmodel." + table + " t ORDER BY 1").query(String.class).list());
        }
        return rows;
    }

    /**
     * Grid 1 divided in two, then its eastern micro-grid replaced by another: one code retires, succeeded by the new one;
     * and the sub-district's boundary drawn, for the area boundaries.
     */
    private void redrawSoThatACodeRetires() {
        Api api = new Api(port);
        REDRAWN.create(api);
        String grid = REDRAWN.grid(1);
        String division = "{\"microGrids\":[{\"microGridCode\":\"%s01\",\"name\":\"西院\",\"boundary\":%s},"
                + "{\"microGridCode\":\"%s%s\",\"name\":\"东院\",\"boundary\":%s}],\"reason\":\"划分\"}";
        for (String east : List.of("02", "03")) {
            Api.Response response = api.as(TestAccounts.COORDINATOR).put("/api/grids/" + grid + "/micro-grids", division.formatted(
                    grid, REDRAWN.rectangle(0, 0, 0.003, 0.005), grid, east, REDRAWN.rectangle(0.003, 0, 0.003, 0.005)));
            assertThat(response.status()).as(response.body()).isEqualTo(200);
        }
        Api.Response drawn = api.as(TestAccounts.ADMIN).put("/api/districts/" + REDRAWN.code() + "/areas/"
                + REDRAWN.subDistrict() + "/boundary", "{\"boundary\":" + REDRAWN.rectangle(-0.001, -0.001, 0.014, 0.007) + "}");
        assertThat(drawn.status()).as(drawn.body()).isEqualTo(200);
    }

    @Test
    void replayingTheEventsRebuildsEveryTable() {
        redrawSoThatACodeRetires();
        ReadModel.awaitUpToDate(processing, events);
        Map<String, List<String>> before = readModel();
        assertThat(before.values()).allSatisfy(rows -> assertThat(rows).isNotEmpty());
        List<TrackingEventProcessor> processors = processing.eventProcessors().values().stream()
                .filter(TrackingEventProcessor.class::isInstance).map(TrackingEventProcessor.class::cast).toList();
        assertThat(processors).extracting(TrackingEventProcessor::getName)
                .containsExactlyInAnyOrder("area", "grid", "compound", "party-organisation", "campaign",
                        "problem", "meeting", "complaint", "body", "micro-grid-placement", "grid-assignment");

        long stored = jdbc.sql("SELECT count(*) FROM eventstore.domain_event_entry").query(Long.class).single();

        processors.forEach(TrackingEventProcessor::shutDown);
        processors.forEach(TrackingEventProcessor::resetTokens);
        assertThat(readModel().values()).as("the reset handlers empty every table")
                .allSatisfy(rows -> assertThat(rows).isEmpty());
        processors.forEach(TrackingEventProcessor::start);

        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> assertThat(readModel()).isEqualTo(before));
        ReadModel.awaitUpToDate(processing, events);
        assertThat(jdbc.sql("SELECT count(*) FROM eventstore.domain_event_entry").query(Long.class).single())
                .as("replaying the write side's follower sends no command again").isEqualTo(stored);
    }
}
