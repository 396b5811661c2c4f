package org.gridatlas.query.change;

import java.util.List;

import org.gridatlas.query.system.ReadScope;
import org.gridatlas.query.system.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Compares a district at two instants in one query per answer: the compounds
 * and party organisations as the temporal read model held them at each
 * instant ({@code <table>_at}, served by the history's GiST indexes), joined
 * full outer on their ids, and the micro-grid edits stepped in between. The
 * answer is written by PostgreSQL as JSON, as the layers are.
 */
@Repository
class ChangeRepository {

    /**
     * The compounds' changes, one row per compound and kind. Mode and
     * committees are compared only for compounds that existed at both
     * instants: a compound registered in between is one change, REGISTERED.
     * %1$s: more columns of each side (the boundary, for the map); %2$s: the
     * reader's scope; %3$s: the boundary of the row, for the map.
     */
    private static final String COMPOUND_CHANGES = """
            compound_before AS (
                SELECT c.compound_id, c.name, c.community_code, c.management_mode, c.owners_committee_since,
                       c.management_committee_since%1$s
                FROM readmodel.compound_at(CAST(:from AS timestamptz)) c
                WHERE c.district_code = :district%2$s),
            compound_after AS (
                SELECT c.compound_id, c.name, c.community_code, c.management_mode, c.owners_committee_since,
                       c.management_committee_since, c.registered_at%1$s
                FROM readmodel.compound_at(CAST(:to AS timestamptz)) c
                WHERE c.district_code = :district%2$s),
            compound_change AS (
                SELECT 'COMPOUND' AS subject, coalesce(a.compound_id, b.compound_id) AS code,
                       coalesce(a.name, b.name) AS name, coalesce(a.community_code, b.community_code) AS community_code,
                       k.kind, k.before_value, k.after_value, coalesce(k.at, l.recorded_at) AS at, k.on_day,
                       l.recorded_by AS by_name, l.reason%3$s
                FROM compound_before b FULL JOIN compound_after a ON a.compound_id = b.compound_id
                CROSS JOIN LATERAL (VALUES
                    ('REGISTERED', b.compound_id IS NULL, NULL, a.management_mode, a.registered_at, NULL::date),
                    ('CLEARED', b.management_mode = 'UNMANAGED' AND a.management_mode <> 'UNMANAGED',
                        b.management_mode, a.management_mode, NULL::timestamptz, NULL::date),
                    ('RELAPSED', b.management_mode <> 'UNMANAGED' AND a.management_mode = 'UNMANAGED',
                        b.management_mode, a.management_mode, NULL, NULL),
                    ('MODE_CHANGED', b.management_mode <> 'UNMANAGED' AND a.management_mode <> 'UNMANAGED'
                        AND b.management_mode <> a.management_mode, b.management_mode, a.management_mode, NULL, NULL),
                    ('OWNERS_COMMITTEE_FORMED', b.compound_id IS NOT NULL AND a.owners_committee_since IS NOT NULL
                        AND a.owners_committee_since IS DISTINCT FROM b.owners_committee_since,
                        CAST(b.owners_committee_since AS text), CAST(a.owners_committee_since AS text), NULL,
                        a.owners_committee_since),
                    ('OWNERS_COMMITTEE_DISSOLVED', b.owners_committee_since IS NOT NULL AND a.compound_id IS NOT NULL
                        AND a.owners_committee_since IS NULL, CAST(b.owners_committee_since AS text), NULL, NULL, NULL),
                    ('MANAGEMENT_COMMITTEE_FORMED', b.compound_id IS NOT NULL AND a.management_committee_since IS NOT NULL
                        AND a.management_committee_since IS DISTINCT FROM b.management_committee_since,
                        CAST(b.management_committee_since AS text), CAST(a.management_committee_since AS text), NULL,
                        a.management_committee_since),
                    ('MANAGEMENT_COMMITTEE_DISSOLVED', b.management_committee_since IS NOT NULL
                        AND a.compound_id IS NOT NULL AND a.management_committee_since IS NULL,
                        CAST(b.management_committee_since AS text), NULL, NULL, NULL)
                ) k(kind, applies, before_value, after_value, at, on_day)
                -- who recorded a change of mode, when and why: the ledger's last entry in between
                LEFT JOIN LATERAL (
                    SELECT m.recorded_at, m.recorded_by, m.reason FROM readmodel.management_change m
                    WHERE k.kind IN ('CLEARED', 'RELAPSED', 'MODE_CHANGED') AND m.compound_id = a.compound_id
                      AND m.recorded_at > CAST(:from AS timestamptz) AND m.recorded_at <= CAST(:to AS timestamptz)
                    ORDER BY m.recorded_at DESC, m.sequence_number DESC LIMIT 1) l ON true
                WHERE (b.compound_id IS NULL OR a.compound_id IS NULL OR b.management_mode <> a.management_mode
                       OR b.owners_committee_since IS DISTINCT FROM a.owners_committee_since
                       OR b.management_committee_since IS DISTINCT FROM a.management_committee_since)
                  AND k.applies)""";

    /** Organisations live (not dissolved) at the first instant and not at the second, or the other way round. */
    private static final String PARTY_CHANGES = """
            party_before AS (
                SELECT p.organisation_id, p.name, p.type
                FROM readmodel.party_organisation_at(CAST(:from AS timestamptz)) p
                WHERE p.district_code = :district AND p.dissolved_on IS NULL%1$s),
            party_after AS (
                SELECT p.organisation_id, p.name, p.type, p.founded_on, p.dissolved_on
                FROM readmodel.party_organisation_at(CAST(:to AS timestamptz)) p
                WHERE p.district_code = :district%1$s),
            party_change AS (
                SELECT 'PARTY_ORGANISATION' AS subject, coalesce(a.organisation_id, b.organisation_id) AS code,
                       coalesce(a.name, b.name) AS name, CAST(NULL AS text) AS community_code,
                       CASE WHEN b.organisation_id IS NULL THEN 'PARTY_ORGANISATION_FOUNDED'
                            ELSE 'PARTY_ORGANISATION_DISSOLVED' END AS kind,
                       b.type AS before_value, CASE WHEN a.dissolved_on IS NULL THEN a.type END AS after_value,
                       CAST(NULL AS timestamptz) AS at,
                       CASE WHEN b.organisation_id IS NULL THEN a.founded_on ELSE a.dissolved_on END AS on_day,
                       CAST(NULL AS text) AS by_name, CAST(NULL AS text) AS reason
                FROM party_before b FULL JOIN party_after a ON a.organisation_id = b.organisation_id
                WHERE (b.organisation_id IS NULL AND a.dissolved_on IS NULL)
                   OR (b.organisation_id IS NOT NULL AND (a.organisation_id IS NULL OR a.dissolved_on IS NOT NULL)))""";

    /** Each edit of a grid's division stepped after the first instant and at or before the second. */
    private static final String GRID_CHANGES = """
            grid_change AS (
                SELECT 'GRID' AS subject, e.grid_code AS code, g.name, g.community_code,
                       CASE e.operation WHEN 'SPLIT' THEN 'MICRO_GRID_SPLIT' WHEN 'MERGE' THEN 'MICRO_GRID_MERGED'
                            WHEN 'MOVE_SHARED_EDGE' THEN 'MICRO_GRID_EDGE_MOVED' WHEN 'RETIRE' THEN 'MICRO_GRID_RETIRED'
                            ELSE 'MICRO_GRID_REDRAWN' END AS kind,
                       array_to_string(e.before_codes, ', ') AS before_value,
                       array_to_string(e.after_codes, ', ') AS after_value,
                       e.occurred_at AS at, CAST(NULL AS date) AS on_day, e.changed_by_name AS by_name, e.reason
                FROM readmodel.micro_grid_edit e LEFT JOIN readmodel.grid g ON g.grid_code = e.grid_code
                WHERE e.grid_code LIKE :districtPattern
                  AND e.occurred_at > CAST(:from AS timestamptz) AND e.occurred_at <= CAST(:to AS timestamptz)%1$s)""";

    private static final String SUMMARY = """
            WITH %s,
            %s,
            %s,
            all_change AS (
                SELECT subject, code, name, community_code, kind, before_value, after_value, at, on_day, by_name, reason
                FROM compound_change
                UNION ALL SELECT * FROM party_change
                UNION ALL SELECT * FROM grid_change),
            counted AS (SELECT kind, count(*) AS n FROM all_change GROUP BY kind),
            listed AS (
                SELECT ch.*, array_position(CAST(:kinds AS text[]), ch.kind) AS position FROM all_change ch
                ORDER BY position, ch.at NULLS LAST, ch.on_day NULLS LAST, ch.code
                LIMIT :limit),
            -- an organisation is where the compounds and grids it covers are
            party_box AS (
                SELECT p.organisation_id, ST_Extent(b.boundary) AS extent
                FROM listed l JOIN readmodel.party_organisation p ON p.organisation_id = l.code
                CROSS JOIN LATERAL (
                    SELECT c.boundary FROM readmodel.compound c WHERE c.compound_id = ANY (p.compound_ids)
                    UNION ALL
                    SELECT g.boundary FROM readmodel.grid g WHERE g.grid_code = ANY (p.grid_codes)) b
                WHERE l.subject = 'PARTY_ORGANISATION'
                GROUP BY p.organisation_id)
            SELECT json_build_object(
                'districtCode', CAST(:district AS text),
                'from', to_char(CAST(:from AS timestamptz) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                'to', to_char(CAST(:to AS timestamptz) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                'counts', (SELECT json_object_agg(k.kind, coalesce(c.n, 0) ORDER BY k.position)
                           FROM unnest(CAST(:kinds AS text[])) WITH ORDINALITY k(kind, position)
                           LEFT JOIN counted c ON c.kind = k.kind),
                'total', (SELECT coalesce(sum(n), 0) FROM counted),
                'truncated', (SELECT coalesce(sum(n), 0) FROM counted) > :limit,
                'changes', (SELECT coalesce(json_agg(json_build_object(
                        'kind', l.kind,
                        'subject', l.subject,
                        'code', l.code,
                        'name', l.name,
                        'communityCode', l.community_code,
                        'communityName', ar.name,
                        'before', l.before_value,
                        'after', l.after_value,
                        'at', to_char(l.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                        'on', l.on_day,
                        'by', l.by_name,
                        'reason', l.reason,
                        'bbox', CASE WHEN box.extent IS NOT NULL THEN json_build_array(ST_XMin(box.extent),
                                ST_YMin(box.extent), ST_XMax(box.extent), ST_YMax(box.extent)) END)
                        ORDER BY l.position, l.at NULLS LAST, l.on_day NULLS LAST, l.code), '[]'::json)
                    FROM listed l
                    LEFT JOIN readmodel.area ar ON ar.code = l.community_code
                    -- where the page zooms to: the subject's boundary as it is now
                    LEFT JOIN readmodel.compound bc ON l.subject = 'COMPOUND' AND bc.compound_id = l.code
                    LEFT JOIN readmodel.grid bg ON l.subject = 'GRID' AND bg.grid_code = l.code
                    LEFT JOIN party_box bp ON l.subject = 'PARTY_ORGANISATION' AND bp.organisation_id = l.code
                    CROSS JOIN LATERAL (SELECT coalesce(bc.boundary::box2d, bg.boundary::box2d, bp.extent) AS extent) box))::text
            """;

    /** The changed compounds, each once, drawn as at the second instant (as at the first when gone). */
    private static final String COMPOUND_FEATURES = """
            WITH %s
            SELECT json_build_object(
                'type', 'Feature',
                'id', code,
                'geometry', ST_AsGeoJSON((array_agg(boundary))[1], 7)::json,
                'properties', json_build_object(
                    'name', name,
                    'communityCode', community_code,
                    'change', (array_agg(kind ORDER BY array_position(CAST(:kinds AS text[]), kind)))[1],
                    'changes', json_agg(kind ORDER BY array_position(CAST(:kinds AS text[]), kind))))::text
            FROM compound_change
            GROUP BY code, name, community_code
            ORDER BY code
            LIMIT :limit
            """;

    private final JdbcClient jdbc;

    ChangeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean hasDistrict(String districtCode) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM readmodel.area a WHERE a.code = :code AND a.level = 'DISTRICT')")
                .param("code", districtCode).query(Boolean.class).single();
    }

    /** Counts per kind over every change, and the first {@code limit} changes in the order of their kinds. */
    String summary(String districtCode, ChangeWindow window, ReadScope scope, int limit) {
        String sql = SUMMARY.formatted(COMPOUND_CHANGES.formatted("", scope.sqlFilter("c.community_code"), ""),
                PARTY_CHANGES.formatted(partyScope(scope)), GRID_CHANGES.formatted(scope.sqlFilter("e.grid_code")));
        return bind(jdbc.sql(sql), districtCode, window, scope).param("limit", limit).query(String.class).single();
    }

    /** At most {@code limit + 1} features, so the caller can tell that there were more. */
    List<String> compoundFeatures(String districtCode, ChangeWindow window, ReadScope scope, int limit) {
        String sql = COMPOUND_FEATURES.formatted(COMPOUND_CHANGES.formatted(", c.boundary",
                scope.sqlFilter("c.community_code"), ", coalesce(a.boundary, b.boundary) AS boundary"));
        return bind(jdbc.sql(sql), districtCode, window, scope).param("limit", limit + 1).query(String.class).list();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, String districtCode,
                                                 ChangeWindow window, ReadScope scope) {
        return statement.param("district", districtCode)
                .param("districtPattern", districtCode.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .param("from", Sql.utc(window.from()))
                .param("to", Sql.utc(window.to()))
                .param("kinds", ChangeKind.names())
                .param(ReadScope.SQL_PARAMETER, scope.sqlPatterns());
    }

    /**
     * An organisation has no area of its own: a reader sees it when one of
     * the grids or compounds it covers lies in their scope.
     */
    private static String partyScope(ReadScope scope) {
        if (scope.sqlFilter("x").isEmpty()) {
            return "";
        }
        return " AND (EXISTS (SELECT 1 FROM unnest(p.grid_codes) pg WHERE TRUE" + scope.sqlFilter("pg")
                + ") OR EXISTS (SELECT 1 FROM readmodel.compound pc WHERE pc.compound_id = ANY (p.compound_ids)"
                + scope.sqlFilter("pc.community_code") + "))";
    }
}
