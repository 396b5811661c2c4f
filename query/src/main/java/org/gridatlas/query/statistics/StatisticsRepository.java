package org.gridatlas.query.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gridatlas.query.party.PartyCoverage;
import org.gridatlas.query.statistics.CompoundFigures.AreaName;
import org.gridatlas.query.statistics.CompoundFigures.Grouping;
import org.gridatlas.query.statistics.CompoundFigures.Sum;
import org.gridatlas.query.statistics.CompoundFigures.Totals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The statistics as SQL: each family of figures is one pass over its table
 * (GROUP BY GROUPING SETS, or aggregates with FILTER), whatever the number
 * of compounds or areas, and every query keeps to a {@link CountedArea}.
 */
@Repository
class StatisticsRepository {

    record Coverage(int total, int covered) {
    }

    record PartyFigures(String districtCode, Map<String, Integer> organisationsByType, int compoundAndGridBranches,
                        int partyGroups, int fullMembers, Coverage compounds, Coverage unmanagedCompounds,
                        Coverage grids, String areaCode) {
    }

    record Governance(String districtCode, int ownersCommittees, int propertyManagementCommittees,
                      int compoundsWithoutCommittee, int buildingLeaders, int unitLeaders, int grids,
                      int gridWorkers, int microGrids, int microGridHelpers, String areaCode) {
    }

    /** Every sum of the compound figures in one pass; the floor area stays numeric(…, 2). */
    private static final String COMPOUND_SUMS = """
            SELECT %s,
                   c.sub_district_code, c.community_code, c.management_mode, c.category, c.clearance_strategy,
                   count(*), count(*) FILTER (WHERE c.management_mode = 'UNMANAGED'),
                   coalesce(sum(c.buildings), 0), coalesce(sum(c.units), 0), coalesce(sum(c.households), 0),
                   coalesce(sum(c.floor_area), 0), coalesce(sum(c.relapses), 0), coalesce(sum(c.subsidy_commitment), 0)
            FROM readmodel.compound c
            WHERE %s
            %s""";

    private final JdbcClient jdbc;

    StatisticsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the district has an area with this code (the district's own code included). */
    boolean hasArea(String districtCode, String code) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM readmodel.area WHERE code = :code AND district_code = :district)")
                .param("code", code).param("district", districtCode).query(Boolean.class).single();
    }

    CompoundFigures compoundFigures(CountedArea counted) {
        String sql = COMPOUND_SUMS.formatted(Grouping.grouping("c"), counted.where("c", "community_code"), Grouping.groupBy("c"));
        List<Sum> sums = counted.bind(jdbc.sql(counted.sql(sql))).query(StatisticsRepository::sum).list();
        List<AreaName> areas = counted.bind(jdbc.sql(counted.sql("SELECT a.code, a.level, a.name FROM readmodel.area a WHERE "
                        + counted.where("a", "code") + " AND a.level <> 'DISTRICT' ORDER BY a.code")))
                .query(AreaName.class).list();
        return CompoundFigures.of(counted, sums, areas);
    }

    private static Sum sum(ResultSet rs, int row) throws SQLException {
        return new Sum(Grouping.of(rs.getInt(1)), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), new Totals(rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11),
                rs.getBigDecimal(12)), rs.getInt(13), rs.getBigDecimal(14));
    }

    /**
     * Active organisations by type with their full members, and how far they
     * cover compounds and grids. Narrowed to an area or a reader's scope, an
     * organisation counts when it covers a compound or grid there.
     */
    PartyFigures partyFigures(CountedArea counted) {
        String covering = !counted.narrowed() ? "" : " " + """
                AND (p.compound_ids && ARRAY(SELECT c.compound_id FROM readmodel.compound c WHERE %s)
                     OR p.grid_codes && ARRAY(SELECT g.grid_code FROM readmodel.grid g WHERE %s))"""
                .formatted(counted.where("c", "community_code"), counted.where("g", "grid_code"));
        Map<String, Integer> byType = new LinkedHashMap<>();
        int[] members = {0};
        counted.bind(jdbc.sql(counted.sql("""
                        SELECT p.type, count(*), sum(p.full_members) FROM readmodel.party_organisation p
                        WHERE p.district_code = :district AND p.dissolved_on IS NULL""" + covering + """

                        GROUP BY p.type ORDER BY p.type""")))
                .query(rs -> {
                    byType.put(rs.getString(1), rs.getInt(2));
                    members[0] += rs.getInt(3);
                });
        return counted.bind(jdbc.sql(counted.sql("""
                        SELECT c.total, c.covered, c.unmanaged, c.unmanaged_covered, g.total, g.covered
                        FROM (SELECT count(*) AS total, count(*) FILTER (WHERE %s) AS covered,
                                     count(*) FILTER (WHERE c.management_mode = 'UNMANAGED') AS unmanaged,
                                     count(*) FILTER (WHERE c.management_mode = 'UNMANAGED' AND %1$s) AS unmanaged_covered
                              FROM readmodel.compound c WHERE %s) c,
                             (SELECT count(*) AS total, count(*) FILTER (WHERE %s) AS covered
                              FROM readmodel.grid g WHERE %s) g"""
                        .formatted(PartyCoverage.COMPOUND_COVERED_IN_DISTRICT, counted.where("c", "community_code"),
                                PartyCoverage.GRID_COVERED_IN_DISTRICT, counted.where("g", "grid_code")))))
                .query((rs, row) -> new PartyFigures(counted.districtCode(), byType,
                        byType.getOrDefault("COMPOUND_BRANCH", 0) + byType.getOrDefault("GRID_BRANCH", 0),
                        byType.getOrDefault("PARTY_GROUP", 0), members[0],
                        new Coverage(rs.getInt(1), rs.getInt(2)), new Coverage(rs.getInt(3), rs.getInt(4)),
                        new Coverage(rs.getInt(5), rs.getInt(6)), counted.areaCode()))
                .single();
    }

    /** Committees and leaders from the compounds, workers from the grids, helpers from the micro-grids: one pass each. */
    Governance governance(CountedArea counted) {
        return counted.bind(jdbc.sql(counted.sql("""
                        SELECT c.owners, c.committees, c.without, c.building_leaders, c.unit_leaders,
                               g.grids, g.workers, m.micro_grids, m.helpers
                        FROM (SELECT count(*) FILTER (WHERE c.owners_committee_since IS NOT NULL) AS owners,
                                     count(*) FILTER (WHERE c.management_committee_since IS NOT NULL) AS committees,
                                     count(*) FILTER (WHERE c.owners_committee_since IS NULL
                                                        AND c.management_committee_since IS NULL) AS without,
                                     coalesce(sum(c.building_leaders), 0) AS building_leaders,
                                     coalesce(sum(c.unit_leaders), 0) AS unit_leaders
                              FROM readmodel.compound c WHERE %s) c,
                             (SELECT count(*) AS grids, coalesce(sum(cardinality(g.workers)), 0) AS workers
                              FROM readmodel.grid g WHERE %s) g,
                             (SELECT count(*) AS micro_grids, coalesce(sum(cardinality(m.helpers)), 0) AS helpers
                              FROM readmodel.micro_grid m WHERE %s) m"""
                        .formatted(counted.where("c", "community_code"), counted.where("g", "grid_code"),
                                counted.where("m", "micro_grid_code")))))
                .query((rs, n) -> new Governance(counted.districtCode(), rs.getInt(1), rs.getInt(2), rs.getInt(3),
                        rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9),
                        counted.areaCode()))
                .single();
    }
}
