package org.gridatlas.command.directory;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.gridatlas.messages.compound.CompoundBoundaryCorrectedEvent;
import org.gridatlas.messages.compound.CompoundRegisteredEvent;
import org.gridatlas.messages.grid.GridBoundaryRedrawnEvent;
import org.gridatlas.messages.grid.GridDrawnEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the boundaries of compounds and grids in {@code eventstore.directory_boundary},
 * so that the write side can tell where a point lies. A table of its own, so
 * that no other handler's row needs to exist first.
 */
@Component
@ProcessingGroup(DirectoryProjection.GROUP)
class DirectoryBoundaries {

    static final String COMPOUND = "COMPOUND";
    static final String GRID = "GRID";

    private final JdbcClient jdbc;

    DirectoryBoundaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CompoundRegisteredEvent event) {
        insert(COMPOUND, event.compoundId(), event.districtCode(), event.communityCode(), event.boundaryWkt());
    }

    @EventHandler
    void on(CompoundBoundaryCorrectedEvent event) {
        update(event.compoundId(), event.boundaryWkt());
    }

    @EventHandler
    void on(GridDrawnEvent event) {
        insert(GRID, event.gridCode(), event.districtCode(), event.communityCode(), event.boundaryWkt());
    }

    @EventHandler
    void on(GridBoundaryRedrawnEvent event) {
        update(event.gridCode(), event.boundaryWkt());
    }

    private void insert(String kind, String id, String district, String community, String wkt) {
        jdbc.sql("""
                        INSERT INTO eventstore.directory_boundary (record_id, kind, district_code, community_code, boundary)
                        VALUES (:id, :kind, :district, :community, ST_GeomFromText(:wkt, 4326))""")
                .param("id", id).param("kind", kind).param("district", district).param("community", community)
                .param("wkt", wkt).update();
    }

    private void update(String id, String wkt) {
        jdbc.sql("UPDATE eventstore.directory_boundary SET boundary = ST_GeomFromText(:wkt, 4326) WHERE record_id = :id")
                .param("id", id).param("wkt", wkt).update();
    }
}
