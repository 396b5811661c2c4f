package org.gridatlas.query.ogc;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.gridatlas.messages.clearance.ClearanceStrategy;
import org.gridatlas.messages.compound.CompoundCategory;
import org.gridatlas.messages.compound.ManagementMode;
import org.gridatlas.messages.party.PartyOrganisationType;
import org.gridatlas.query.party.PartyCoverage;

/**
 * One feature collection: where its rows come from, its id, geometry and
 * flat properties (scalars only, so GDAL gives every field one type; lists are
 * comma-separated text), and the properties it may be filtered by. All SQL
 * here is constant; values are bound. Every read-model table carries an alias,
 * so {@link org.gridatlas.query.system.AsOf#sql} can turn it into the past.
 */
record OgcCollection(String id, String title, String description, String geometryType, String from, String idColumn,
                     String geometry, String scopeColumn, String condition, String stats, String properties, List<Queryable> queryables) {

    /** A property that is also a query parameter: equality on {@code column}, the value checked first. */
    record Queryable(String name, String title, String type, List<String> values, String pattern, String column) {

        static Queryable code(String name, String title, String pattern, String column) {
            return new Queryable(name, title, "string", List.of(), pattern, column);
        }

        static Queryable choice(String name, String title, Enum<?>[] values, String column) {
            return new Queryable(name, title, "string", Arrays.stream(values).map(Enum::name).toList(), null, column);
        }

        static Queryable flag(String name, String title, String column) {
            return new Queryable(name, title, "boolean", List.of("true", "false"), null, column);
        }
    }

    private static final String UTC = "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'";

    static final List<OgcCollection> ALL = List.of(
            new OgcCollection("compounds", "小区 Compounds",
                    "Residential compounds with their management and party coverage",
                    "Polygon", "readmodel.compound c", "c.compound_id", "c.boundary", "c.community_code", "TRUE", "",
                    """
                    'name', c.name, 'districtCode', c.district_code, 'subDistrictCode', c.sub_district_code,
                    'communityCode', c.community_code, 'households', c.households, 'buildings', c.buildings,
                    'units', c.units, 'floorArea', c.floor_area, 'category', c.category,
                    'managementMode', c.management_mode, 'provider', c.provider, 'feeStance', c.fee_stance,
                    'clearanceStrategy', c.clearance_strategy, 'relapses', c.relapses,
                    'partyCovered', %s,
                    'gridCodes', array_to_string(c.grid_codes, ','),
                    'microGridCode', (SELECT pl.micro_grid_code FROM readmodel.compound_placement pl
                                      WHERE pl.compound_id = c.compound_id),
                    'registeredAt', to_char(c.registered_at AT TIME ZONE 'UTC', %s),
                    'version', c.version""".formatted(PartyCoverage.COMPOUND_COVERED, UTC),
                    List.of(Queryable.code("districtCode", "区 District", "\\d{6}", "c.district_code"),
                            Queryable.code("subDistrictCode", "街道 Sub-district", "\\d{9}", "c.sub_district_code"),
                            Queryable.code("communityCode", "社区 Community", "\\d{12}", "c.community_code"),
                            Queryable.choice("managementMode", "管理模式 Management mode", ManagementMode.values(),
                                    "c.management_mode"),
                            Queryable.choice("category", "类别 Category", CompoundCategory.values(), "c.category"),
                            Queryable.choice("clearanceStrategy", "清零路径 Clearance strategy",
                                    ClearanceStrategy.values(), "c.clearance_strategy"),
                            Queryable.flag("partyCovered", "党组织覆盖 Party covered", PartyCoverage.COMPOUND_COVERED))),
            new OgcCollection("grids", "网格 Grids", "Grids with their compounds and party coverage",
                    "Polygon", "readmodel.grid g", "g.grid_code", "g.boundary", "g.grid_code", "TRUE", "",
                    """
                    'name', g.name, 'districtCode', g.district_code, 'subDistrictCode', g.sub_district_code,
                    'communityCode', g.community_code, 'workers', array_to_string(g.workers, ','),
                    'microGrids', (SELECT count(*) FROM readmodel.micro_grid m WHERE m.grid_code = g.grid_code),
                    'compounds', (SELECT count(*) FROM readmodel.compound c WHERE c.grid_codes @> ARRAY[g.grid_code]),
                    'unmanaged', (SELECT count(*) FROM readmodel.compound c
                                  WHERE c.grid_codes @> ARRAY[g.grid_code] AND c.management_mode = 'UNMANAGED'),
                    'partyCovered', %s, 'version', g.version""".formatted(PartyCoverage.GRID_COVERED),
                    List.of(Queryable.code("districtCode", "区 District", "\\d{6}", "g.district_code"),
                            Queryable.code("subDistrictCode", "街道 Sub-district", "\\d{9}", "g.sub_district_code"),
                            Queryable.code("communityCode", "社区 Community", "\\d{12}", "g.community_code"),
                            Queryable.flag("partyCovered", "党组织覆盖 Party covered", PartyCoverage.GRID_COVERED))),
            new OgcCollection("micro-grids", "微网格 Micro-grids", "Micro-grids with their households",
                    "Polygon", "readmodel.micro_grid m LEFT JOIN readmodel.micro_grid_placement mp "
                            + "ON mp.micro_grid_code = m.micro_grid_code", "m.micro_grid_code", "m.boundary",
                    "m.micro_grid_code", "TRUE", "",
                    """
                    'name', m.name, 'gridCode', m.grid_code, 'districtCode', m.district_code,
                    'helpers', array_to_string(m.helpers, ','), 'buildingLeaders', m.building_leaders::text,
                    'unitLeaders', m.unit_leaders::text, 'households', mp.households""",
                    List.of(Queryable.code("districtCode", "区 District", "\\d{6}", "m.district_code"),
                            Queryable.code("gridCode", "网格 Grid", "\\d{12,17}", "m.grid_code"))),
            area("sub-districts", "街道 Sub-districts", "SUB_DISTRICT", "sub_district_code"),
            area("communities", "社区 Communities", "COMMUNITY", "community_code"),
            new OgcCollection("party-organisations", "党组织 Party organisations",
                    "Party organisations; the geometry is what each covers: the union of its compounds and grids",
                    "MultiPolygon", """
                    readmodel.party_organisation p
                    LEFT JOIN LATERAL (SELECT ST_Multi(ST_Union(x.boundary)) AS boundary FROM (
                        SELECT pc.boundary FROM readmodel.compound pc WHERE pc.compound_id = ANY(p.compound_ids)
                        UNION ALL
                        SELECT pg.boundary FROM readmodel.grid pg WHERE pg.grid_code = ANY(p.grid_codes)) x) cover ON TRUE""",
                    "p.organisation_id", "cover.boundary", "p.district_code", "TRUE", "",
                    """
                    'name', p.name, 'type', p.type, 'districtCode', p.district_code, 'fullMembers', p.full_members,
                    'foundedOn', p.founded_on, 'dissolvedOn', p.dissolved_on, 'active', p.dissolved_on IS NULL,
                    'coveredCompounds', cardinality(p.compound_ids), 'coveredGrids', cardinality(p.grid_codes),
                    'compoundIds', array_to_string(p.compound_ids, ','), 'gridCodes', array_to_string(p.grid_codes, ','),
                    'bodyId', p.body_id, 'version', p.version""",
                    List.of(Queryable.code("districtCode", "区 District", "\\d{6}", "p.district_code"),
                            Queryable.choice("type", "类型 Type", PartyOrganisationType.values(), "p.type"),
                            Queryable.flag("active", "未撤销 Active", "p.dissolved_on IS NULL"))));

    /**
     * Sub-districts or communities with the figures of their compounds and
     * grids: grouped once per page, only over the page's areas.
     */
    private static OgcCollection area(String id, String title, String level, String key) {
        String stats = """
                , compounds AS (
                    SELECT c.%1$s AS code, count(*) AS compounds,
                           count(*) FILTER (WHERE c.management_mode = 'UNMANAGED') AS unmanaged,
                           count(*) FILTER (WHERE %2$s) AS party_covered, coalesce(sum(c.households), 0) AS households,
                           count(*) FILTER (WHERE c.owners_committee_since IS NOT NULL) AS owners_committees
                    FROM readmodel.compound c WHERE c.%1$s IN (SELECT id FROM page) GROUP BY c.%1$s),
                grids AS (
                    SELECT g.%1$s AS code, count(*) AS grids, count(*) FILTER (WHERE %3$s) AS party_covered
                    FROM readmodel.grid g WHERE g.%1$s IN (SELECT id FROM page) GROUP BY g.%1$s)"""
                .formatted(key, PartyCoverage.COMPOUND_COVERED, PartyCoverage.GRID_COVERED);
        return new OgcCollection(id, title, "Areas with their figures; the geometry is the drawn boundary, or else "
                + "the union of the area's grids", "MultiPolygon", """
                readmodel.area a
                LEFT JOIN readmodel.area_boundary drawn ON drawn.area_code = a.code
                LEFT JOIN readmodel.area_derived_boundary derived ON derived.area_code = a.code""",
                "a.code", "ST_Multi(coalesce(drawn.boundary, derived.boundary))", "a.code",
                "a.level = '" + level + "'", stats,
                """
                'name', a.name, 'level', a.level, 'parentCode', a.parent_code, 'districtCode', a.district_code,
                'derived', drawn.area_code IS NULL,
                'compounds', coalesce(sx.compounds, 0), 'unmanaged', coalesce(sx.unmanaged, 0),
                'households', coalesce(sx.households, 0),
                'partyCoveredCompounds', coalesce(sx.party_covered, 0),
                'partyCompoundCoverage', round(sx.party_covered::numeric / nullif(sx.compounds, 0), 4),
                'grids', coalesce(sy.grids, 0), 'partyCoveredGrids', coalesce(sy.party_covered, 0),
                'partyGridCoverage', round(sy.party_covered::numeric / nullif(sy.grids, 0), 4),
                'ownersCommittees', coalesce(sx.owners_committees, 0)""",
                List.of(Queryable.code("districtCode", "区 District", "\\d{6}", "a.district_code"),
                        Queryable.code("parentCode", "上级 Parent", "\\d{6}|\\d{9}", "a.parent_code")));
    }

    /** The joins of the statistics onto the page's rows, for the area collections. */
    String statsJoins() {
        return stats.isEmpty() ? "" : " LEFT JOIN compounds sx ON sx.code = page.id LEFT JOIN grids sy ON sy.code = page.id";
    }

    static Optional<OgcCollection> byId(String id) {
        return ALL.stream().filter(c -> c.id.equals(id)).findFirst();
    }
}
