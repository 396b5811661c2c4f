package org.gridatlas.query.grid;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.gridatlas.messages.compound.CompoundAssignedToGridsEvent;
import org.gridatlas.messages.compound.CompoundAttributesChangedEvent;
import org.gridatlas.messages.compound.CompoundBoundaryCorrectedEvent;
import org.gridatlas.messages.compound.CompoundRegisteredEvent;
import org.gridatlas.messages.grid.MicroGrid;
import org.gridatlas.messages.grid.MicroGridEdit;
import org.gridatlas.messages.grid.MicroGridsRedrawnEvent;
import org.gridatlas.query.system.Sql;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code readmodel.compound_placement} and {@code readmodel.micro_grid_placement}:
 * the micro-grid each compound counts in (the one of its first grid it overlaps
 * most) and the households each micro-grid holds, their compounds' sum. Each
 * change places again, in one statement, only the compounds it concerns: those
 * naming the grid whose micro-grids changed, or the one compound that changed.
 */
@Component
@ProcessingGroup(MicroGridPlacementProjection.GROUP)
@EnableConfigurationProperties(MicroGridHouseholds.class)
class MicroGridPlacementProjection {

    static final String GROUP = "micro-grid-placement";

    /** Places the compounds the condition picks again; answers the micro-grid each left and the one it is in now. */
    private static final String PLACE = """
            WITH affected AS (
                SELECT compound_id, micro_grid_code AS was FROM readmodel.compound_placement c WHERE %s),
            overlap AS (
                SELECT c.compound_id, m.micro_grid_code, array_position(c.grid_codes, m.grid_code) AS grid_rank,
                       ST_Area(ST_Intersection(m.boundary, c.boundary)) AS area
                  FROM affected a
                  JOIN readmodel.compound_placement c USING (compound_id)
                  JOIN readmodel.micro_grid_placement m
                    ON m.grid_code = ANY(c.grid_codes) AND ST_Intersects(m.boundary, c.boundary)),
            best AS (
                SELECT DISTINCT ON (compound_id) compound_id, micro_grid_code
                  FROM overlap WHERE area > 0
                 ORDER BY compound_id, grid_rank, area DESC, micro_grid_code)
            UPDATE readmodel.compound_placement c SET micro_grid_code = b.micro_grid_code
              FROM affected a LEFT JOIN best b USING (compound_id)
             WHERE c.compound_id = a.compound_id
            RETURNING a.was, c.micro_grid_code""";

    private final JdbcClient jdbc;

    MicroGridPlacementProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(MicroGridsRedrawnEvent event) {
        jdbc.sql("DELETE FROM readmodel.micro_grid_placement WHERE grid_code = :grid").param("grid", event.gridCode()).update();
        upsert(event.gridCode(), event.microGrids());
        placeGrid(event.gridCode());
    }

    /** Split, merge, a moved edge, a retirement: whatever was retired goes, whatever changed takes its new shape. */
    @EventHandler
    void on(MicroGridEdit edit) {
        List<String> retired = new ArrayList<>(edit.before());
        retired.removeAll(edit.after());
        jdbc.sql("DELETE FROM readmodel.micro_grid_placement WHERE micro_grid_code = ANY(:codes)")
                .param("codes", Sql.array(retired)).update();
        upsert(edit.gridCode(), edit.changed());
        placeGrid(edit.gridCode());
    }

    @EventHandler
    void on(CompoundRegisteredEvent event) {
        jdbc.sql("""
                        INSERT INTO readmodel.compound_placement (compound_id, boundary, households, grid_codes)
                        VALUES (:id, ST_GeomFromText(:boundary, 4326), :households, :grids)""")
                .param("id", event.compoundId()).param("boundary", event.boundaryWkt())
                .param("households", event.attributes().households()).param("grids", Sql.array(event.gridCodes()))
                .update();
        placeCompound(event.compoundId());
    }

    @EventHandler
    void on(CompoundBoundaryCorrectedEvent event) {
        jdbc.sql("UPDATE readmodel.compound_placement SET boundary = ST_GeomFromText(:boundary, 4326) WHERE compound_id = :id")
                .param("boundary", event.boundaryWkt()).param("id", event.compoundId()).update();
        placeCompound(event.compoundId());
    }

    @EventHandler
    void on(CompoundAttributesChangedEvent event) {
        jdbc.sql("UPDATE readmodel.compound_placement SET households = :households WHERE compound_id = :id")
                .param("households", event.attributes().households()).param("id", event.compoundId()).update();
        placeCompound(event.compoundId());
    }

    @EventHandler
    void on(CompoundAssignedToGridsEvent event) {
        jdbc.sql("UPDATE readmodel.compound_placement SET grid_codes = :grids WHERE compound_id = :id")
                .param("grids", Sql.array(event.gridCodes())).param("id", event.compoundId()).update();
        placeCompound(event.compoundId());
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE readmodel.micro_grid_placement, readmodel.compound_placement").update();
    }

    private void upsert(String gridCode, List<MicroGrid> microGrids) {
        jdbc.sql("""
                        INSERT INTO readmodel.micro_grid_placement (micro_grid_code, grid_code, boundary)
                        SELECT code, :grid, ST_GeomFromText(wkt, 4326) FROM unnest(CAST(:codes AS text[]), CAST(:wkts AS text[])) AS m (code, wkt)
                        ON CONFLICT (micro_grid_code) DO UPDATE SET grid_code = excluded.grid_code, boundary = excluded.boundary""")
                .param("grid", gridCode)
                .param("codes", Sql.array(microGrids.stream().map(MicroGrid::microGridCode).toList()))
                .param("wkts", Sql.array(microGrids.stream().map(MicroGrid::boundaryWkt).toList()))
                .update();
    }

    private void placeGrid(String gridCode) {
        Set<String> touched = place("c.grid_codes && ARRAY[CAST(:key AS text)]", gridCode);
        households(touched, gridCode);
    }

    private void placeCompound(String compoundId) {
        households(place("c.compound_id = :key", compoundId), null);
    }

    /** The micro-grids the placed compounds left or entered. */
    private Set<String> place(String condition, String key) {
        Set<String> touched = new HashSet<>();
        jdbc.sql(PLACE.formatted(condition)).param("key", key)
                .query((rs, n) -> {
                    touched.add(rs.getString(1));
                    touched.add(rs.getString(2));
                    return n;
                }).list();
        touched.remove(null);
        return touched;
    }

    /** Sums the households of these micro-grids, and of every micro-grid of the grid when one is given, again. */
    private void households(Set<String> microGridCodes, String gridCode) {
        jdbc.sql("""
                        UPDATE readmodel.micro_grid_placement m
                           SET households = coalesce((SELECT sum(c.households) FROM readmodel.compound_placement c
                                                       WHERE c.micro_grid_code = m.micro_grid_code), 0)
                         WHERE m.micro_grid_code = ANY(:codes) OR m.grid_code = CAST(:grid AS text)""")
                .param("codes", Sql.array(List.copyOf(microGridCodes))).param("grid", gridCode)
                .update();
    }
}
