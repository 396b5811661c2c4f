package org.gridatlas.query.grid;

import java.time.Instant;

import org.gridatlas.query.system.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code readmodel.area_derived_boundary}: a community's boundary as the
 * union of its grids, a sub-district's as the union of its communities'. The
 * grid projection calls it as it writes a grid, in the same transaction, so
 * the derived outline can never lag behind the grids; the area layer then
 * reads it like a drawn one (measured in docs/architecture.md, "Area
 * boundaries and choropleths": a union at read time costs every request what
 * this costs once per grid change).
 */
@Component
class DerivedAreaBoundaries {

    private final JdbcClient jdbc;

    DerivedAreaBoundaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Recomputes the community's outline from its grids, then its sub-
     * district's from its communities' outlines: a few dozen polygons each,
     * never the whole district.
     */
    void refresh(String communityCode, Instant at) {
        jdbc.sql("""
                        WITH community AS (
                            INSERT INTO readmodel.area_derived_boundary AS d
                                (area_code, district_code, level, boundary, grids, updated_at)
                            SELECT g.community_code, min(g.district_code), 'COMMUNITY',
                                   ST_Multi(ST_CollectionExtract(ST_UnaryUnion(ST_Collect(g.boundary)), 3)), count(*), :at
                            FROM readmodel.grid g WHERE g.community_code = :community
                            GROUP BY g.community_code
                            ON CONFLICT (area_code) DO UPDATE
                                SET boundary = EXCLUDED.boundary, grids = EXCLUDED.grids, updated_at = EXCLUDED.updated_at
                            RETURNING d.area_code, d.district_code, d.boundary, d.grids)
                        INSERT INTO readmodel.area_derived_boundary AS d
                            (area_code, district_code, level, boundary, grids, updated_at)
                        SELECT left(:community, 9), min(x.district_code), 'SUB_DISTRICT',
                               ST_Multi(ST_CollectionExtract(ST_UnaryUnion(ST_Collect(x.boundary)), 3)), sum(x.grids), :at
                        FROM (SELECT o.area_code, o.district_code, o.boundary, o.grids
                              FROM readmodel.area_derived_boundary o
                              WHERE o.level = 'COMMUNITY' AND starts_with(o.area_code, left(:community, 9))
                                AND o.area_code <> :community
                              UNION ALL
                              SELECT c.area_code, c.district_code, c.boundary, c.grids FROM community c) x
                        ON CONFLICT (area_code) DO UPDATE
                            SET boundary = EXCLUDED.boundary, grids = EXCLUDED.grids, updated_at = EXCLUDED.updated_at""")
                .param("community", communityCode).param("at", Sql.utc(at))
                .update();
    }
}
