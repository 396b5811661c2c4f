package org.gridatlas.query.statistics;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gridatlas.query.party.PartyCoverage;
import org.gridatlas.query.system.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/statistics")
@Tag(name = "Statistics (统计)")
class StatisticsController {

    record Area(String code, String name, int compounds, int unmanaged, int households) {
    }

    record CompoundFigures(String districtCode, int compounds, int unmanaged, int households, int relapses,
                           Map<String, Integer> byMode, Map<String, Integer> byCategory,
                           Map<String, Integer> byStrategy, Map<String, Integer> byStrategyStillUnmanaged,
                           BigDecimal subsidyCommitmentYuan, List<Area> bySubDistrict, List<Area> byCommunity) {
    }

    record Coverage(int total, int covered) {
    }

    record PartyFigures(String districtCode, Map<String, Integer> organisationsByType, int compoundAndGridBranches,
                         int partyGroups, int fullMembers, Coverage compounds, Coverage unmanagedCompounds,
                         Coverage grids) {
    }

    record Governance(String districtCode, int ownersCommittees, int propertyManagementCommittees,
                      int compoundsWithoutCommittee, int buildingLeaders, int unitLeaders, int grids,
                      int gridWorkers, int microGrids, int microGridHelpers) {
    }

    private final JdbcClient jdbc;

    StatisticsController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Operation(summary = "Compounds of a district by management mode, category, clearance strategy, sub-district and community")
    @GetMapping("/compounds")
    CompoundFigures compounds(@RequestParam String districtCode) {
        requireDistrict(districtCode);
        record Totals(int compounds, int unmanaged, int households, int relapses, BigDecimal commitment) {
        }
        Totals totals = jdbc.sql("""
                        SELECT count(*), count(*) FILTER (WHERE management_mode = 'UNMANAGED'),
                               coalesce(sum(households), 0), coalesce(sum(relapses), 0),
                               coalesce(sum(subsidy_commitment), 0)
                        FROM readmodel.compound WHERE district_code = :district""")
                .param("district", districtCode)
                .query((rs, n) -> new Totals(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getBigDecimal(5)))
                .single();
        return new CompoundFigures(districtCode, totals.compounds(), totals.unmanaged(), totals.households(),
                totals.relapses(),
                countBy("management_mode", "TRUE", districtCode),
                countBy("category", "TRUE", districtCode),
                countBy("clearance_strategy", "clearance_strategy IS NOT NULL", districtCode),
                countBy("clearance_strategy", "clearance_strategy IS NOT NULL AND management_mode = 'UNMANAGED'", districtCode),
                totals.commitment(),
                areas("sub_district_code", districtCode),
                areas("community_code", districtCode));
    }

    @Operation(summary = "Party organisations of a district and how far they cover its compounds and grids")
    @GetMapping("/party-coverage")
    PartyFigures partyCoverage(@RequestParam String districtCode) {
        requireDistrict(districtCode);
        Map<String, Integer> byType = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT type, count(*) FROM readmodel.party_organisation
                        WHERE district_code = :district AND dissolved_on IS NULL GROUP BY type ORDER BY type""")
                .param("district", districtCode)
                .query(rs -> {
                    byType.put(rs.getString(1), rs.getInt(2));
                });
        int members = jdbc.sql("""
                        SELECT coalesce(sum(full_members), 0) FROM readmodel.party_organisation
                        WHERE district_code = :district AND dissolved_on IS NULL""")
                .param("district", districtCode).query(Integer.class).single();
        Coverage compounds = coverage("SELECT count(*), count(*) FILTER (WHERE " + PartyCoverage.COMPOUND_COVERED + ") "
                + "FROM readmodel.compound c WHERE c.district_code = :district", districtCode);
        Coverage unmanaged = coverage("SELECT count(*), count(*) FILTER (WHERE " + PartyCoverage.COMPOUND_COVERED + ") "
                + "FROM readmodel.compound c WHERE c.district_code = :district AND c.management_mode = 'UNMANAGED'", districtCode);
        Coverage grids = coverage("""
                SELECT count(*), count(*) FILTER (WHERE EXISTS (SELECT 1 FROM readmodel.party_organisation p
                        WHERE p.dissolved_on IS NULL AND p.grid_codes @> ARRAY[g.grid_code]))
                FROM readmodel.grid g WHERE g.district_code = :district""", districtCode);
        return new PartyFigures(districtCode, byType,
                byType.getOrDefault("COMPOUND_BRANCH", 0) + byType.getOrDefault("GRID_BRANCH", 0),
                byType.getOrDefault("PARTY_GROUP", 0), members, compounds, unmanaged, grids);
    }

    @Operation(summary = "Committees, building and unit leaders, grid workers and micro-grid helpers of a district")
    @GetMapping("/governance")
    Governance governance(@RequestParam String districtCode) {
        requireDistrict(districtCode);
        return jdbc.sql("""
                        SELECT
                            (SELECT count(*) FROM readmodel.compound WHERE district_code = :district AND owners_committee_since IS NOT NULL),
                            (SELECT count(*) FROM readmodel.compound WHERE district_code = :district AND management_committee_since IS NOT NULL),
                            (SELECT count(*) FROM readmodel.compound WHERE district_code = :district
                                AND owners_committee_since IS NULL AND management_committee_since IS NULL),
                            (SELECT coalesce(sum(building_leaders), 0) FROM readmodel.compound WHERE district_code = :district),
                            (SELECT coalesce(sum(unit_leaders), 0) FROM readmodel.compound WHERE district_code = :district),
                            (SELECT count(*) FROM readmodel.grid WHERE district_code = :district),
                            (SELECT coalesce(sum(cardinality(workers)), 0) FROM readmodel.grid WHERE district_code = :district),
                            (SELECT count(*) FROM readmodel.micro_grid WHERE district_code = :district),
                            (SELECT coalesce(sum(cardinality(helpers)), 0) FROM readmodel.micro_grid WHERE district_code = :district)""")
                .param("district", districtCode)
                .query((rs, n) -> new Governance(districtCode, rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9)))
                .single();
    }

    /** A mistyped code must not read as a district with nothing in it. */
    private void requireDistrict(String districtCode) {
        if (!jdbc.sql("SELECT EXISTS (SELECT 1 FROM readmodel.area WHERE code = :code AND level = 'DISTRICT')")
                .param("code", districtCode).query(Boolean.class).single()) {
            throw NotFound.of("district", districtCode);
        }
    }

    /** {@code column} and {@code condition} are constants of this class, never input. */
    private Map<String, Integer> countBy(String column, String condition, String districtCode) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT " + column + ", count(*) FROM readmodel.compound WHERE district_code = :district AND "
                        + condition + " GROUP BY 1 ORDER BY 2 DESC, 1")
                .param("district", districtCode)
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                });
        return counts;
    }

    private List<Area> areas(String column, String districtCode) {
        return jdbc.sql("SELECT c." + column + ", a.name, count(*), count(*) FILTER (WHERE c.management_mode = 'UNMANAGED'), "
                        + "sum(c.households) FROM readmodel.compound c LEFT JOIN readmodel.area a ON a.code = c." + column
                        + " WHERE c.district_code = :district GROUP BY 1, 2 ORDER BY 1")
                .param("district", districtCode)
                .query((rs, n) -> new Area(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
                .list();
    }

    private Coverage coverage(String sql, String districtCode) {
        return jdbc.sql(sql).param("district", districtCode)
                .query((rs, n) -> new Coverage(rs.getInt(1), rs.getInt(2))).single();
    }
}
