package org.gridatlas.query.grid;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.gridatlas.messages.grid.GridBoundaryRedrawnEvent;
import org.gridatlas.messages.grid.GridDrawnEvent;
import org.gridatlas.messages.grid.GridWorkersAssignedEvent;
import org.gridatlas.messages.grid.MicroGrid;
import org.gridatlas.messages.grid.MicroGridsRedrawnEvent;
import org.gridatlas.query.system.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps {@code readmodel.grid} and {@code readmodel.micro_grid}. */
@Component
@ProcessingGroup(GridProjection.GROUP)
class GridProjection {

    static final String GROUP = "grid";

    private final JdbcClient jdbc;

    GridProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(GridDrawnEvent event, @Timestamp Instant at, @SequenceNumber long version) {
        jdbc.sql("""
                        INSERT INTO readmodel.grid (grid_code, district_code, sub_district_code, community_code, name,
                                                    boundary, drawn_at, updated_at, version)
                        VALUES (:grid, :district, :subDistrict, :community, :name,
                                ST_GeomFromText(:boundary, 4326), :at, :at, :version)""")
                .param("grid", event.gridCode()).param("district", event.districtCode())
                .param("subDistrict", event.subDistrictCode()).param("community", event.communityCode())
                .param("name", event.name()).param("boundary", event.boundaryWkt())
                .param("at", Sql.utc(at)).param("version", version)
                .update();
    }

    @EventHandler
    void on(GridBoundaryRedrawnEvent event, @Timestamp Instant at, @SequenceNumber long version) {
        jdbc.sql("""
                        UPDATE readmodel.grid SET boundary = ST_GeomFromText(:boundary, 4326), updated_at = :at, version = :version
                        WHERE grid_code = :grid""")
                .param("boundary", event.boundaryWkt()).param("at", Sql.utc(at)).param("version", version)
                .param("grid", event.gridCode())
                .update();
    }

    @EventHandler
    void on(GridWorkersAssignedEvent event, @Timestamp Instant at, @SequenceNumber long version) {
        jdbc.sql("UPDATE readmodel.grid SET workers = :workers, updated_at = :at, version = :version WHERE grid_code = :grid")
                .param("workers", Sql.array(event.workers())).param("at", Sql.utc(at)).param("version", version)
                .param("grid", event.gridCode())
                .update();
    }

    @EventHandler
    void on(MicroGridsRedrawnEvent event, @Timestamp Instant at, @SequenceNumber long version) {
        jdbc.sql("DELETE FROM readmodel.micro_grid WHERE grid_code = :grid").param("grid", event.gridCode()).update();
        for (MicroGrid microGrid : event.microGrids()) {
            jdbc.sql("""
                            INSERT INTO readmodel.micro_grid (micro_grid_code, grid_code, district_code, name, boundary, helpers)
                            VALUES (:code, :grid, :district, :name, ST_GeomFromText(:boundary, 4326), :helpers)""")
                    .param("code", microGrid.microGridCode()).param("grid", event.gridCode())
                    .param("district", event.gridCode().substring(0, 6))
                    .param("name", microGrid.name()).param("boundary", microGrid.boundaryWkt())
                    .param("helpers", Sql.array(microGrid.helpers()))
                    .update();
        }
        jdbc.sql("UPDATE readmodel.grid SET updated_at = :at, version = :version WHERE grid_code = :grid")
                .param("at", Sql.utc(at)).param("version", version).param("grid", event.gridCode())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE readmodel.grid, readmodel.micro_grid").update();
    }
}
