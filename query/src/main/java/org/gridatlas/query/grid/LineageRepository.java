package org.gridatlas.query.grid;

import java.util.Optional;

import org.gridatlas.query.system.ReadScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads where a micro-grid came from and what replaced it, current or
 * retired, as the JSON document PostgreSQL writes in one query.
 */
@Repository
class LineageRepository {

    /**
     * The code's ancestors and descendants through the lineage edges (UNION,
     * not UNION ALL, so that a cycle in old data still ends), then every step
     * of the grid that touched one of them, oldest first.
     */
    private static final String LINEAGE = """
            WITH RECURSIVE subject AS (
                SELECT micro_grid_code AS code, grid_code, name, true AS current
                FROM readmodel.micro_grid m WHERE m.micro_grid_code = :code %1$s
                UNION ALL
                SELECT micro_grid_code, grid_code, name, false
                FROM readmodel.retired_micro_grid m WHERE m.micro_grid_code = :code %1$s
            ),
            ancestors(code) AS (
                SELECT code FROM subject
                UNION
                SELECT l.from_code FROM readmodel.micro_grid_lineage l JOIN ancestors a ON l.to_code = a.code
            ),
            descendants(code) AS (
                SELECT code FROM subject
                UNION
                SELECT l.to_code FROM readmodel.micro_grid_lineage l JOIN descendants d ON l.from_code = d.code
            ),
            family AS (SELECT ARRAY(SELECT code FROM ancestors UNION SELECT code FROM descendants) AS codes)
            SELECT json_build_object(
                'microGridCode', s.code,
                'gridCode', s.grid_code,
                'name', s.name,
                'current', s.current,
                'cameFrom', (SELECT coalesce(json_agg(DISTINCT l.from_code ORDER BY l.from_code), '[]'::json)
                             FROM readmodel.micro_grid_lineage l WHERE l.to_code = s.code),
                'replacedBy', (SELECT coalesce(json_agg(DISTINCT l.to_code ORDER BY l.to_code), '[]'::json)
                               FROM readmodel.micro_grid_lineage l WHERE l.from_code = s.code),
                'steps', (SELECT coalesce(json_agg(json_build_object(
                                'operation', e.operation,
                                'at', to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                                'user', e.changed_by,
                                'userName', e.changed_by_name,
                                'reason', e.reason,
                                'before', to_json(e.before_codes),
                                'after', to_json(e.after_codes)) ORDER BY e.occurred_at, e.version), '[]'::json)
                          FROM readmodel.micro_grid_edit e, family f
                          WHERE e.grid_code = s.grid_code AND (e.before_codes && f.codes OR e.after_codes && f.codes)))::text
            FROM subject s
            ORDER BY s.current DESC
            LIMIT 1""";

    private final JdbcClient jdbc;

    LineageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty when the code was never a micro-grid, or lies outside what the reader may see. */
    Optional<String> lineage(String microGridCode, ReadScope scope) {
        return jdbc.sql(LINEAGE.formatted(scope.sqlFilter("m.micro_grid_code")))
                .param("code", microGridCode).param(ReadScope.SQL_PARAMETER, scope.sqlPatterns())
                .query(String.class).optional();
    }
}
