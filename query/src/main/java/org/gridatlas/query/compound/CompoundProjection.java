package org.gridatlas.query.compound;

import java.sql.Timestamp;
import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.gridatlas.messages.compound.CompoundRegisteredEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup(CompoundProjection.GROUP)
class CompoundProjection {

    static final String GROUP = "compound";

    private final JdbcClient jdbc;

    CompoundProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CompoundRegisteredEvent event, @org.axonframework.eventhandling.Timestamp Instant at,
            @SequenceNumber long version) {
        jdbc.sql("""
                        INSERT INTO readmodel.compound
                            (compound_id, name, households, management_mode, boundary, registered_at, version)
                        VALUES (:id, :name, :households, :mode, ST_GeomFromText(:boundary, 4326), :at, :version)
                        """)
                .param("id", event.compoundId())
                .param("name", event.name())
                .param("households", event.households())
                .param("mode", event.managementMode().name())
                .param("boundary", event.boundaryWkt())
                .param("at", Timestamp.from(at))
                .param("version", version)
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE readmodel.compound").update();
    }
}
