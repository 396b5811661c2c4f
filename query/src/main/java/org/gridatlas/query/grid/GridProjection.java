package org.gridatlas.query.grid;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.gridatlas.messages.AuditMetadata;
import org.gridatlas.messages.grid.GridBoundaryRedrawnEvent;
import org.gridatlas.messages.grid.GridDrawnEvent;
import org.gridatlas.messages.grid.GridWorkersAssignedEvent;
import org.gridatlas.messages.grid.MicroGridEdit;
import org.gridatlas.messages.grid.MicroGridPeopleAssignedEvent;
import org.gridatlas.messages.grid.MicroGridRetiredEvent;
import org.gridatlas.messages.grid.MicroGridSplitEvent;
import org.gridatlas.messages.grid.MicroGridsMergedEvent;
import org.gridatlas.messages.grid.MicroGridsRedrawnEvent;
import org.gridatlas.messages.grid.SharedEdgeMovedEvent;
import org.gridatlas.query.system.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps {@code readmodel.grid} and {@code readmodel.micro_grid}, and for every
 * edit of a division its step ({@code micro_grid_edit}), the lineage it leaves
 * ({@code micro_grid_lineage}) and the codes it retires
 * ({@code retired_micro_grid}). Each event is one statement, whatever the
 * size of the grid.
 */
@Component
@ProcessingGroup(GridProjection.GROUP)
class GridProjection {

    static final String GROUP = "grid";
    static final String REDRAW = "REDRAW";

    /** Who, when and why of one event, as its metadata and timestamp say. */
    private record Audit(String gridCode, long version, Instant at, String user, String userName, String reason) {

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            return statement.param("grid", gridCode).param("district", gridCode.substring(0, 6))
                    .param("version", version).param("at", Sql.utc(at))
                    .param("user", user).param("userName", userName).param("reason", reason);
        }
    }

    /** The micro-grids an event names, as rows PostgreSQL reads from one JSON parameter. */
    private static final String DIVISION_ROWS = """
            jsonb_to_recordset(CAST(:division AS jsonb))
                AS n("microGridCode" text, name text, "boundaryWkt" text, helpers text[])""";

    /** Steps and lineage edges carry who, when and why. */
    private static final String AUDIT_VALUES = ":at, :user, :userName, :reason";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final DerivedAreaBoundaries derivedBoundaries;

    GridProjection(JdbcClient jdbc, JsonMapper json, DerivedAreaBoundaries derivedBoundaries) {
        this.jdbc = jdbc;
        this.json = json;
        this.derivedBoundaries = derivedBoundaries;
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
        derivedBoundaries.refresh(event.communityCode(), at);
    }

    @EventHandler
    void on(GridBoundaryRedrawnEvent event, @Timestamp Instant at, @SequenceNumber long version) {
        jdbc.sql("""
                        UPDATE readmodel.grid SET boundary = ST_GeomFromText(:boundary, 4326), updated_at = :at, version = :version
                        WHERE grid_code = :grid""")
                .param("boundary", event.boundaryWkt()).param("at", Sql.utc(at)).param("version", version)
                .param("grid", event.gridCode())
                .update();
        // a grid's code begins with its community's
        derivedBoundaries.refresh(event.gridCode().substring(0, 12), at);
    }

    @EventHandler
    void on(GridWorkersAssignedEvent event, @Timestamp Instant at, @SequenceNumber long version) {
        jdbc.sql("UPDATE readmodel.grid SET workers = :workers, updated_at = :at, version = :version WHERE grid_code = :grid")
                .param("workers", Sql.array(event.workers())).param("at", Sql.utc(at)).param("version", version)
                .param("grid", event.gridCode())
                .update();
    }

    /**
     * A whole new division. Kept codes are updated in place, so their building
     * and unit leaders survive; codes left out are retired; the step lists the
     * codes whose boundary appeared, moved or went, and lineage follows the
     * event's successions (none in events from before lineage was recorded).
     */
    @EventHandler
    void on(MicroGridsRedrawnEvent event, @Timestamp Instant at, @SequenceNumber long version,
            @MetaDataValue(AuditMetadata.USER) String user, @MetaDataValue(AuditMetadata.USER_NAME) String userName,
            @MetaDataValue(AuditMetadata.REASON) String reason) {
        Audit audit = new Audit(event.gridCode(), version, at, user, userName, reason);
        audit.bind(jdbc.sql("""
                        WITH n AS (SELECT * FROM %s),
                        old AS (SELECT micro_grid_code AS code, boundary FROM readmodel.micro_grid WHERE grid_code = :grid),
                        gone AS (
                            DELETE FROM readmodel.micro_grid m
                            WHERE m.grid_code = :grid AND m.micro_grid_code NOT IN (SELECT "microGridCode" FROM n)
                            RETURNING m.micro_grid_code, m.name),
                        retired AS (%s),
                        upserted AS (%s),
                        revived AS (%s),
                        edit AS (
                            INSERT INTO readmodel.micro_grid_edit (grid_code, version, operation, occurred_at, changed_by,
                                                                   changed_by_name, reason, before_codes, after_codes)
                            SELECT :grid, :version, '%s', %s,
                                ARRAY(SELECT o.code FROM old o WHERE NOT EXISTS (SELECT 1 FROM n WHERE n."microGridCode" = o.code
                                        AND ST_Equals(ST_GeomFromText(n."boundaryWkt", 4326), o.boundary)) ORDER BY o.code),
                                ARRAY(SELECT n."microGridCode" FROM n WHERE NOT EXISTS (SELECT 1 FROM old o WHERE n."microGridCode" = o.code
                                        AND ST_Equals(ST_GeomFromText(n."boundaryWkt", 4326), o.boundary)) ORDER BY 1)),
                        lineage AS (
                            INSERT INTO readmodel.micro_grid_lineage (grid_code, version, from_code, to_code, operation,
                                                                      occurred_at, changed_by, changed_by_name, reason)
                            SELECT DISTINCT :grid, :version, s."from", s."to", '%s', %s
                            FROM jsonb_to_recordset(CAST(:successions AS jsonb)) AS s("from" text, "to" text)
                            WHERE s."from" <> s."to")
                        UPDATE readmodel.grid SET updated_at = :at, version = :version WHERE grid_code = :grid"""
                        .formatted(DIVISION_ROWS, retire(REDRAW), UPSERT, REVIVE, REDRAW, AUDIT_VALUES, REDRAW, AUDIT_VALUES)))
                .param("division", json.writeValueAsString(event.microGrids()))
                .param("successions", json.writeValueAsString(event.successions() == null ? List.of() : event.successions()))
                .update();
    }

    /**
     * A split, merge, shared-edge move or retirement: the changed micro-grids
     * take their new state, codes in before but not after are retired, and
     * each code that went or came is linked to those it gave area to or took
     * it from (two neighbours that both stay are no lineage of each other).
     */
    @EventHandler
    void on(MicroGridEdit event, @Timestamp Instant at, @SequenceNumber long version,
            @MetaDataValue(AuditMetadata.USER) String user, @MetaDataValue(AuditMetadata.USER_NAME) String userName,
            @MetaDataValue(AuditMetadata.REASON) String reason) {
        Audit audit = new Audit(event.gridCode(), version, at, user, userName, reason);
        String operation = operation(event);
        List<String> retired = event.before().stream().filter(code -> !event.after().contains(code)).toList();
        audit.bind(jdbc.sql("""
                        WITH n AS (SELECT * FROM %s),
                        gone AS (
                            DELETE FROM readmodel.micro_grid m
                            WHERE m.grid_code = :grid AND m.micro_grid_code = ANY(:retired)
                            RETURNING m.micro_grid_code, m.name),
                        retired AS (%s),
                        upserted AS (%s),
                        revived AS (%s),
                        edit AS (
                            INSERT INTO readmodel.micro_grid_edit (grid_code, version, operation, occurred_at, changed_by,
                                                                   changed_by_name, reason, before_codes, after_codes)
                            VALUES (:grid, :version, :operation, %s, :before, :after)),
                        lineage AS (
                            INSERT INTO readmodel.micro_grid_lineage (grid_code, version, from_code, to_code, operation,
                                                                      occurred_at, changed_by, changed_by_name, reason)
                            SELECT DISTINCT :grid, :version, b.code, a.code, :operation, %s
                            FROM unnest(CAST(:before AS text[])) AS b(code), unnest(CAST(:after AS text[])) AS a(code)
                            WHERE b.code <> a.code
                              AND (b.code <> ALL(CAST(:after AS text[])) OR a.code <> ALL(CAST(:before AS text[]))))
                        UPDATE readmodel.grid SET updated_at = :at, version = :version WHERE grid_code = :grid"""
                        .formatted(DIVISION_ROWS, retire(":operation"), UPSERT, REVIVE, AUDIT_VALUES, AUDIT_VALUES)))
                .param("division", json.writeValueAsString(event.changed() == null ? List.of() : event.changed()))
                .param("retired", Sql.array(retired))
                .param("operation", operation)
                .param("before", Sql.array(event.before())).param("after", Sql.array(event.after()))
                .update();
    }

    @EventHandler
    void on(MicroGridPeopleAssignedEvent event, @Timestamp Instant at, @SequenceNumber long version) {
        jdbc.sql("""
                        WITH people AS (
                            UPDATE readmodel.micro_grid SET helpers = :helpers, building_leaders = CAST(:buildingLeaders AS jsonb),
                                unit_leaders = CAST(:unitLeaders AS jsonb)
                            WHERE micro_grid_code = :code AND grid_code = :grid)
                        UPDATE readmodel.grid SET updated_at = :at, version = :version WHERE grid_code = :grid""")
                .param("helpers", Sql.array(event.helpers()))
                .param("buildingLeaders", json.writeValueAsString(event.buildingLeaders() == null ? List.of() : event.buildingLeaders()))
                .param("unitLeaders", json.writeValueAsString(event.unitLeaders() == null ? List.of() : event.unitLeaders()))
                .param("code", event.microGridCode()).param("grid", event.gridCode())
                .param("at", Sql.utc(at)).param("version", version)
                .update();
    }

    /** The name lineage and history give the edit. */
    static String operation(MicroGridEdit event) {
        if (event instanceof MicroGridSplitEvent) {
            return "SPLIT";
        }
        if (event instanceof MicroGridsMergedEvent) {
            return "MERGE";
        }
        if (event instanceof SharedEdgeMovedEvent) {
            return "MOVE_SHARED_EDGE";
        }
        if (event instanceof MicroGridRetiredEvent) {
            return "RETIRE";
        }
        // an edit added to the contract later still reads as what it is: MicroGridFooedEvent → MICRO_GRID_FOOED
        return event.getClass().getSimpleName().replaceFirst("Event$", "")
                .replaceAll("(?<=[a-z])(?=[A-Z])", "_").toUpperCase(Locale.ROOT);
    }

    /** Moves the rows {@code gone} deleted into the retired codes; {@code operation} is SQL (a literal or a parameter). */
    private static String retire(String operation) {
        String value = operation.startsWith(":") ? operation : "'" + operation + "'";
        return """
                INSERT INTO readmodel.retired_micro_grid (micro_grid_code, grid_code, district_code, name, retired_at,
                                                          operation, version)
                SELECT g.micro_grid_code, :grid, :district, g.name, :at, %s, :version FROM gone g
                ON CONFLICT (micro_grid_code) DO UPDATE SET name = EXCLUDED.name, retired_at = EXCLUDED.retired_at,
                    operation = EXCLUDED.operation, version = EXCLUDED.version""".formatted(value);
    }

    /** The micro-grids in {@code n} take their name, boundary and helpers; their leaders stay. */
    private static final String UPSERT = """
            INSERT INTO readmodel.micro_grid (micro_grid_code, grid_code, district_code, name, boundary, helpers)
            SELECT n."microGridCode", :grid, :district, n.name, ST_GeomFromText(n."boundaryWkt", 4326), coalesce(n.helpers, '{}')
            FROM n
            ON CONFLICT (micro_grid_code) DO UPDATE SET name = EXCLUDED.name, boundary = EXCLUDED.boundary,
                helpers = EXCLUDED.helpers""";

    /**
     * A code retired under rules older than "never reused" that comes back in
     * an old event is current again, not retired as well.
     */
    private static final String REVIVE = """
            DELETE FROM readmodel.retired_micro_grid r WHERE r.micro_grid_code IN (SELECT "microGridCode" FROM n)""";

    @ResetHandler
    void reset() {
        jdbc.sql("""
                TRUNCATE readmodel.grid, readmodel.micro_grid, readmodel.micro_grid_edit, readmodel.micro_grid_lineage,
                    readmodel.retired_micro_grid, readmodel.area_derived_boundary""").update();
    }
}
