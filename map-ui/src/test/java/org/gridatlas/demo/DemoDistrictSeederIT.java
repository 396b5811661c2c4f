package org.gridatlas.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.gridatlas.GridAtlasIntegrationTest;
import org.gridatlas.ReadModel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@GridAtlasIntegrationTest
class DemoDistrictSeederIT {

    @Autowired
    DemoDistrictSeeder seeder;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore events;

    private long demoEvents() {
        return jdbc.sql("SELECT count(*) FROM eventstore.domain_event_entry WHERE aggregate_identifier LIKE '140105%'")
                .query(Long.class).single();
    }

    @Test
    void theDemoDistrictIsEnteredOnFirstStartAsACampaignInProgress() {
        ReadModel.awaitUpToDate(processing, events);
        CalibratedDistrict.Plan plan = DemoDistrictSeeder.plan();

        assertThat(jdbc.sql("SELECT count(*) FROM readmodel.compound WHERE district_code = '140105'")
                .query(Integer.class).single()).isEqualTo(CalibratedDistrict.COMPOUNDS);
        assertThat(jdbc.sql("SELECT count(*) FROM readmodel.compound WHERE district_code = '140105' AND management_mode = 'UNMANAGED'")
                .query(Integer.class).single()).isEqualTo(plan.outcome().unmanagedAfter());
        assertThat(jdbc.sql("SELECT count(*) FROM readmodel.management_change WHERE district_code = '140105' AND transition = 'RELAPSED'")
                .query(Integer.class).single()).isEqualTo(CalibratedDistrict.RELAPSES);
    }

    @Test
    void theDemoEventsAreStampedOverTheSimulatedMonthsWithTheirAuthors() {
        Instant first = Instant.parse(jdbc.sql("SELECT min(time_stamp) FROM eventstore.domain_event_entry WHERE aggregate_identifier LIKE '140105%'")
                .query(String.class).single());
        Instant last = Instant.parse(jdbc.sql("SELECT max(time_stamp) FROM eventstore.domain_event_entry WHERE aggregate_identifier LIKE '140105%'")
                .query(String.class).single());

        assertThat(Duration.between(first, last)).isGreaterThan(Duration.ofDays(270));
        assertThat(last).isBefore(Instant.now());
        assertThat(jdbc.sql("""
                        SELECT count(DISTINCT convert_from(meta_data, 'UTF8')::jsonb ->> 'user')
                        FROM eventstore.domain_event_entry WHERE aggregate_identifier LIKE '140105%'""")
                .query(Integer.class).single()).isEqualTo(4);
    }

    @Test
    void aSecondStartDoesNotEnterItAgain() {
        long before = demoEvents();

        seeder.seedIfEmpty();

        assertThat(demoEvents()).isEqualTo(before).isPositive();
    }
}
