package org.gridatlas.query.grid;

import java.util.List;
import java.util.Optional;

import org.gridatlas.geodata.geometry.BoundingBox;
import org.gridatlas.query.party.PartyCoverage;
import org.gridatlas.query.system.Extent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads grids and micro-grids as GeoJSON features PostGIS writes, and the boxes around them. */
@Repository
class GridRepository {

    private static final String GRID_FEATURE = """
            json_build_object('type', 'Feature', 'id', g.grid_code,
                'geometry', ST_AsGeoJSON(g.boundary, 7)::json,
                'properties', json_build_object(
                    'name', g.name,
                    'districtCode', g.district_code,
                    'subDistrictCode', g.sub_district_code,
                    'communityCode', g.community_code,
                    'workers', to_json(g.workers),
                    'microGrids', (SELECT count(*) FROM readmodel.micro_grid m WHERE m.grid_code = g.grid_code),
                    'compounds', (SELECT count(*) FROM readmodel.compound c WHERE c.grid_codes @> ARRAY[g.grid_code]),
                    'unmanaged', (SELECT count(*) FROM readmodel.compound c
                                  WHERE c.grid_codes @> ARRAY[g.grid_code] AND c.management_mode = 'UNMANAGED'),
                    'partyCovered', %s,
                    'version', g.version))::text
            """.formatted(PartyCoverage.GRID_COVERED);

    private static final String MICRO_GRID_FEATURE = """
            json_build_object('type', 'Feature', 'id', m.micro_grid_code,
                'geometry', ST_AsGeoJSON(m.boundary, 7)::json,
                'properties', json_build_object('name', m.name, 'gridCode', m.grid_code, 'helpers', to_json(m.helpers),
                    'buildingLeaders', m.building_leaders, 'unitLeaders', m.unit_leaders,
                    -- what an edit of the micro-grid sends as expectedVersion
                    'gridVersion', (SELECT g.version FROM readmodel.grid g WHERE g.grid_code = m.grid_code),
                    'households', p.households,
                    'householdsFlag', %s))::text
            """;
    /** The micro-grids with their placement, read once per feature for both households and the flag. */
    private static final String MICRO_GRIDS = " FROM readmodel.micro_grid m"
            + " LEFT JOIN readmodel.micro_grid_placement p ON p.micro_grid_code = m.micro_grid_code";

    private final JdbcClient jdbc;
    /** {@link #MICRO_GRID_FEATURE} with the households range of this office: BELOW, ABOVE or null. */
    private final String microGridFeature;

    GridRepository(JdbcClient jdbc, MicroGridHouseholds households) {
        this.jdbc = jdbc;
        this.microGridFeature = MICRO_GRID_FEATURE.formatted(households.flagSql("p.households"));
    }

    /** At most {@code limit + 1} grids, so the caller can tell that there were more. */
    List<String> grids(GridLayerFilter filter, int limit) {
        return filter.bind(jdbc.sql(filter.sql("SELECT " + GRID_FEATURE + " FROM readmodel.grid g WHERE "
                        + filter.where("g", "grid_code") + " ORDER BY g.grid_code LIMIT :limit")))
                .param("limit", limit + 1).query(String.class).list();
    }

    Optional<String> grid(String gridCode) {
        return jdbc.sql("SELECT " + GRID_FEATURE + " FROM readmodel.grid g WHERE g.grid_code = :code")
                .param("code", gridCode).query(String.class).optional();
    }

    Optional<BoundingBox> gridExtent(GridLayerFilter filter) {
        return filter.bind(jdbc.sql(Extent.sql("readmodel.grid g", filter.where("g", "grid_code"))))
                .query(Extent::box).optional();
    }

    /** The micro-grids of one grid, all of them. */
    List<String> microGridsOf(String gridCode) {
        return jdbc.sql("SELECT " + microGridFeature
                        + MICRO_GRIDS + " WHERE m.grid_code = :code ORDER BY m.micro_grid_code")
                .param("code", gridCode).query(String.class).list();
    }

    /** At most {@code limit + 1} micro-grids, so the caller can tell that there were more. */
    List<String> microGrids(GridLayerFilter filter, int limit) {
        return filter.bind(jdbc.sql(filter.sql("SELECT " + microGridFeature + MICRO_GRIDS + " WHERE "
                        + filter.where("m", "micro_grid_code") + " ORDER BY m.micro_grid_code LIMIT :limit")))
                .param("limit", limit + 1).query(String.class).list();
    }

    Optional<BoundingBox> microGridExtent(GridLayerFilter filter) {
        return filter.bind(jdbc.sql(Extent.sql("readmodel.micro_grid m", filter.where("m", "micro_grid_code"))))
                .query(Extent::box).optional();
    }
}
