package org.gridatlas.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridatlas.GridAtlasIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@GridAtlasIntegrationTest
class DemoDistrictSeederIT {

    @Autowired
    DemoDistrictSeeder seeder;
    @Autowired
    JdbcClient jdbc;

    private long demoEvents() {
        return jdbc.sql("""
                        SELECT count(*) FROM eventstore.domain_event_entry
                        WHERE convert_from(meta_data, 'UTF8')::jsonb ->> 'user' = :user""")
                .param("user", DemoDistrictSeeder.USER)
                .query(Long.class).single();
    }

    @Test
    void theDemoDistrictIsEnteredAsRealEventsOnFirstStart() {
        int compounds = DemoDistrict.compounds(DemoDistrictSeeder.SEED).size();

        assertThat(compounds).isBetween(180, 220);
        assertThat(demoEvents()).isEqualTo(compounds);
    }

    @Test
    void aSecondStartDoesNotEnterItAgain() {
        long before = demoEvents();

        seeder.seedIfEmpty();

        assertThat(demoEvents()).isEqualTo(before);
    }

    @Test
    void theDemoHasAMixOfManagementModesWithUnmanagedCompounds() {
        var modes = DemoDistrict.compounds(DemoDistrictSeeder.SEED).stream()
                .map(DemoDistrict.Compound::mode).distinct().toList();

        assertThat(modes).hasSizeGreaterThan(5)
                .contains(org.gridatlas.messages.compound.ManagementMode.UNMANAGED);
    }
}
