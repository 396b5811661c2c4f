package org.gridatlas.query.compound;

import java.util.List;
import java.util.Optional;

import org.gridatlas.geodata.geometry.BoundingBox;
import org.gridatlas.query.party.PartyCoverage;
import org.gridatlas.query.system.AsOf;
import org.gridatlas.query.system.Extent;
import org.gridatlas.query.system.ReadScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads compounds as GeoJSON. PostGIS writes each feature; Java only joins
 * them, which keeps a 1,000-feature response in the low milliseconds.
 */
@Repository
class CompoundGeoJson {

    /**
     * What the map needs per compound, and what a district's figures are summed
     * from (buildings, units, households, floor area in m², category), so a
     * client can sum any selection without a request per compound; timestamps
     * in UTC, screens convert to Asia/Shanghai.
     */
    private static final String MAP_PROPERTIES = """
            'name', c.name,
            'districtCode', c.district_code,
            'subDistrictCode', c.sub_district_code,
            'communityCode', c.community_code,
            'households', c.households,
            'buildings', c.buildings,
            'units', c.units,
            'floorArea', c.floor_area,
            'category', c.category,
            'managementMode', c.management_mode,
            'provider', c.provider,
            'feeStance', c.fee_stance,
            'clearanceStrategy', c.clearance_strategy,
            'relapses', c.relapses,
            'partyCovered', %s,
            'microGridCode', (SELECT p.micro_grid_code FROM readmodel.compound_placement p WHERE p.compound_id = c.compound_id),
            'registeredAt', to_char(c.registered_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
            'version', c.version
            """.formatted(PartyCoverage.COMPOUND_COVERED);

    /** Everything the register holds, for one compound. */
    private static final String DETAIL_PROPERTIES = MAP_PROPERTIES + """
            , 'address', c.address,
            'yearBuilt', c.year_built,
            'gridCodes', to_json(c.grid_codes),
            'managedSince', c.managed_since,
            'clearancePlannedDate', c.clearance_planned_date,
            'subsidy', CASE WHEN c.subsidy_rate IS NULL THEN NULL ELSE json_build_object(
                'yuanPerSquareMetreMonth', c.subsidy_rate, 'months', c.subsidy_months,
                'commitmentYuan', c.subsidy_commitment) END,
            'ownersCommitteeSince', c.owners_committee_since,
            'managementCommitteeSince', c.management_committee_since,
            'buildingLeaders', c.building_leaders,
            'unitLeaders', c.unit_leaders,
            'namedBuildingLeaders', c.named_building_leaders,
            'namedUnitLeaders', c.named_unit_leaders,
            'updatedAt', to_char(c.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
            'subDistrictName', (SELECT s.name FROM readmodel.area s WHERE s.code = c.sub_district_code),
            'communityName', (SELECT a.name FROM readmodel.area a WHERE a.code = c.community_code),
            'grids', (SELECT coalesce(json_agg(json_build_object('code', g.grid_code, 'name', g.name)
                    ORDER BY array_position(c.grid_codes, g.grid_code)), '[]'::json)
                FROM readmodel.grid g WHERE g.grid_code = ANY(c.grid_codes)),
            'microGrid', (SELECT json_build_object('code', p.micro_grid_code, 'name', m.name)
                FROM readmodel.compound_placement p
                LEFT JOIN readmodel.micro_grid m ON m.micro_grid_code = p.micro_grid_code
                WHERE p.compound_id = c.compound_id AND p.micro_grid_code IS NOT NULL),
            'partyOrganisations', (SELECT coalesce(json_agg(json_build_object(
                    'organisationId', p.organisation_id, 'type', p.type, 'name', p.name) ORDER BY p.name), '[]'::json)
                FROM readmodel.party_organisation p
                WHERE p.dissolved_on IS NULL
                  AND (p.compound_ids @> ARRAY[c.compound_id] OR p.grid_codes && c.grid_codes)),
            'bodies', (SELECT coalesce(json_agg(json_build_object(
                    'bodyId', b.body_id, 'kind', b.kind, 'name', b.name) ORDER BY b.kind, b.name), '[]'::json)
                FROM readmodel.any_body b
                WHERE b.dissolved_on IS NULL AND b.compound_ids @> ARRAY[c.compound_id])
            """;

    private static String featureSql(String properties) {
        return """
                json_build_object(
                    'type', 'Feature',
                    'id', c.compound_id,
                    'geometry', ST_AsGeoJSON(c.boundary, 7)::json,
                    'properties', json_build_object(%s))::text
                """.formatted(properties);
    }

    private final JdbcClient jdbc;

    CompoundGeoJson(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** At most {@code limit + 1} features, so the caller can tell that the box held more. */
    List<String> featuresIn(BoundingBox box, CompoundFilter filter, int limit, ReadScope scope, AsOf asOf) {
        return asOf.bind(filter.bind(jdbc.sql(asOf.sql("SELECT " + featureSql(MAP_PROPERTIES) + """
                        FROM readmodel.compound c
                        WHERE c.boundary && ST_MakeEnvelope(:minLon, :minLat, :maxLon, :maxLat, 4326)"""
                        + filter.sql() + scope.sqlFilter("c.community_code") + """

                        ORDER BY c.compound_id
                        LIMIT :limit
                        """))))
                .param(ReadScope.SQL_PARAMETER, scope.sqlPatterns())
                .param("minLon", box.minLon())
                .param("minLat", box.minLat())
                .param("maxLon", box.maxLon())
                .param("maxLat", box.maxLat())
                .param("limit", limit + 1)
                .query(String.class)
                .list();
    }

    /** The compound, when it exists and lies in the reader's scope. */
    Optional<String> feature(String compoundId, ReadScope scope, AsOf asOf) {
        return asOf.bind(jdbc.sql(asOf.sql("SELECT " + featureSql(DETAIL_PROPERTIES)
                        + " FROM readmodel.compound c WHERE c.compound_id = :id" + scope.sqlFilter("c.community_code"))))
                .param("id", compoundId)
                .param(ReadScope.SQL_PARAMETER, scope.sqlPatterns())
                .query(String.class)
                .optional();
    }

    /**
     * The box around the district's compounds (every compound without a district) that pass the filter and lie
     * in the reader's scope, or empty when none.
     */
    Optional<BoundingBox> extent(String districtCode, CompoundFilter filter, ReadScope scope, AsOf asOf) {
        return asOf.bind(filter.bind(jdbc.sql(asOf.sql(Extent.sql("readmodel.compound c",
                        "(CAST(:district AS text) IS NULL OR c.district_code = :district)"
                        + filter.sql() + scope.sqlFilter("c.community_code"))))))
                .param("district", districtCode)
                .param(ReadScope.SQL_PARAMETER, scope.sqlPatterns())
                .query(Extent::box)
                .optional();
    }
}
