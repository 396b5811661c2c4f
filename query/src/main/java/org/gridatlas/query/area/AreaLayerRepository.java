package org.gridatlas.query.area;

import java.util.List;

import org.gridatlas.messages.area.AreaLevel;
import org.gridatlas.query.party.PartyCoverage;
import org.gridatlas.query.system.AsOf;
import org.gridatlas.query.system.ReadScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The area layer: each sub-district or community of a district as a GeoJSON
 * feature, its drawn boundary or else the union of its grids (kept current by
 * the grid projection), with its figures as properties. One statement: the
 * compounds and the grids are each read once and grouped by area, so the cost
 * grows with the district's compounds, not with the number of areas.
 */
@Repository
class AreaLayerRepository {

    /**
     * The district campaign whose launch list is the baseline: the open one
     * launched last, or else the one launched last.
     */
    private static final String BASELINE = """
            baseline AS (
                SELECT DISTINCT b.compound_id
                FROM (SELECT k.unmanaged_at_launch FROM readmodel.campaign k
                      WHERE k.district_code = :district AND k.area_level = 'DISTRICT'
                      ORDER BY k.closed_on IS NULL DESC, k.launched_at DESC LIMIT 1) k
                CROSS JOIN LATERAL unnest(k.unmanaged_at_launch) AS b(compound_id))""";

    private static final String LAYER = """
            WITH %s,
            compounds AS (
                SELECT c.%2$s AS code, count(*) AS compounds,
                       count(*) FILTER (WHERE c.management_mode = 'UNMANAGED') AS unmanaged,
                       count(b.compound_id) AS baseline,
                       count(b.compound_id) FILTER (WHERE c.management_mode <> 'UNMANAGED') AS cleared,
                       coalesce(sum(c.relapses), 0) AS relapses,
                       count(*) FILTER (WHERE %3$s) AS party_covered,
                       count(*) FILTER (WHERE c.owners_committee_since IS NOT NULL) AS owners_committees
                FROM readmodel.compound c LEFT JOIN baseline b ON b.compound_id = c.compound_id
                WHERE c.district_code = :district %4$s
                GROUP BY c.%2$s),
            grids AS (
                SELECT g.%2$s AS code, count(*) AS grids, count(*) FILTER (WHERE %5$s) AS party_covered
                FROM readmodel.grid g
                WHERE g.district_code = :district %6$s
                GROUP BY g.%2$s)
            SELECT json_build_object('type', 'Feature', 'id', a.code,
                'geometry', ST_AsGeoJSON(coalesce(drawn.boundary, derived.boundary), 7)::json,
                'properties', json_build_object(
                    'name', a.name, 'level', a.level, 'parentCode', a.parent_code,
                    'derived', drawn.area_code IS NULL,
                    'compounds', coalesce(x.compounds, 0),
                    'unmanaged', coalesce(x.unmanaged, 0),
                    'unmanagedAtBaseline', coalesce(x.baseline, 0),
                    'clearedSinceBaseline', coalesce(x.cleared, 0),
                    'clearanceRate', round(x.cleared::numeric / nullif(x.baseline, 0), 4),
                    'relapses', coalesce(x.relapses, 0),
                    'partyCoveredCompounds', coalesce(x.party_covered, 0),
                    'partyCompoundCoverage', round(x.party_covered::numeric / nullif(x.compounds, 0), 4),
                    'grids', coalesce(y.grids, 0),
                    'partyCoveredGrids', coalesce(y.party_covered, 0),
                    'partyGridCoverage', round(y.party_covered::numeric / nullif(y.grids, 0), 4),
                    'ownersCommittees', coalesce(x.owners_committees, 0),
                    'ownersCommitteeRate', round(x.owners_committees::numeric / nullif(x.compounds, 0), 4)))::text
            FROM readmodel.area a
            LEFT JOIN readmodel.area_boundary drawn ON drawn.area_code = a.code
            LEFT JOIN readmodel.area_derived_boundary derived ON derived.area_code = a.code
            LEFT JOIN compounds x ON x.code = a.code
            LEFT JOIN grids y ON y.code = a.code
            WHERE a.district_code = :district AND a.level = :level %7$s
            ORDER BY a.code""";

    private final JdbcClient jdbc;

    AreaLayerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The district's areas of one level the scope covers, as GeoJSON features (text PostGIS wrote). */
    List<String> areas(String districtCode, AreaLevel level, ReadScope scope, AsOf asOf) {
        String key = level == AreaLevel.SUB_DISTRICT ? "sub_district_code" : "community_code";
        String sql = LAYER.formatted(BASELINE, key, PartyCoverage.COMPOUND_COVERED_IN_DISTRICT,
                scope.sqlFilter("c.community_code"), PartyCoverage.GRID_COVERED_IN_DISTRICT,
                scope.sqlFilter("g.grid_code"), scope.sqlFilter("a.code"));
        JdbcClient.StatementSpec statement = asOf.bind(jdbc.sql(asOf.sql(sql)))
                .param("district", districtCode).param("level", level.name());
        if (!scope.sqlFilter("a.code").isEmpty()) {
            statement = statement.param(ReadScope.SQL_PARAMETER, scope.sqlPatterns());
        }
        return statement.query(String.class).list();
    }
}
