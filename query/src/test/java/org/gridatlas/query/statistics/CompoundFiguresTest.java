package org.gridatlas.query.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.gridatlas.query.statistics.CompoundFigures.AreaName;
import org.gridatlas.query.statistics.CompoundFigures.Grouping;
import org.gridatlas.query.statistics.CompoundFigures.Sum;
import org.gridatlas.query.statistics.CompoundFigures.Totals;
import org.gridatlas.query.system.ReadScope;
import org.junit.jupiter.api.Test;

/** How the rows of one GROUPING SETS pass become the figures; StatisticsSumsIT checks the pass against PostGIS. */
class CompoundFiguresTest {

    private static final CountedArea DISTRICT = new CountedArea("140202", null, ReadScope.EVERYTHING);

    private static Totals totals(int compounds, int unmanaged) {
        return new Totals(compounds, unmanaged, compounds * 2, compounds * 6, compounds * 80, new BigDecimal(compounds * 5000));
    }

    private static Sum sum(Grouping grouping, String sub, String community, String mode, String category, String strategy,
                           Totals totals) {
        return new Sum(grouping, sub, community, mode, category, strategy, totals, 0, BigDecimal.ZERO);
    }

    private static Sum inArea(String community, String category, Totals totals) {
        return sum(Grouping.AREA_CATEGORY, community.substring(0, 9), community, null, category, null, totals);
    }

    @Test
    void eachGroupingSetIsKnownByTheMaskPostgresGroupingAnswers() {
        // GROUPING(sub_district_code, community_code, management_mode, category, clearance_strategy): 1 for each left out
        assertThat(Grouping.MODE.mask()).isEqualTo(0b11011);
        assertThat(Grouping.STRATEGY.mask()).isEqualTo(0b11110);
        assertThat(Grouping.AREA_CATEGORY.mask()).isEqualTo(0b00101);
        for (Grouping grouping : Grouping.values()) {
            assertThat(Grouping.of(grouping.mask())).isEqualTo(grouping);
        }
        assertThat(Grouping.groupBy("c")).isEqualTo("GROUP BY GROUPING SETS ((c.management_mode), (c.clearance_strategy), "
                + "(c.sub_district_code, c.community_code, c.category))");
    }

    @Test
    void areasCategoriesAndTheWholeAreAddedUpFromEachCommunitysCategories() {
        CompoundFigures figures = CompoundFigures.of(DISTRICT, List.of(
                inArea("140202001001", "OLD_COMPOUND", totals(2, 1)),
                inArea("140202001001", "COMMERCIAL", totals(1, 0)),
                inArea("140202001002", "OLD_COMPOUND", totals(4, 3)),
                inArea("140202002001", "URBAN_VILLAGE", totals(1, 1))),
                List.of(new AreaName("140202001", "SUB_DISTRICT", "北街道"), new AreaName("140202001001", "COMMUNITY", "社区1"),
                        new AreaName("140202001002", "COMMUNITY", "社区2")));
        assertThat(figures.compounds()).isEqualTo(8);
        assertThat(figures.unmanaged()).isEqualTo(5);
        assertThat(figures.floorArea()).isEqualByComparingTo("40000");
        assertThat(figures.byCategory()).containsExactly(Map.entry("OLD_COMPOUND", 6), Map.entry("COMMERCIAL", 1),
                Map.entry("URBAN_VILLAGE", 1));
        assertThat(figures.unmanagedByCategory()).containsExactly(Map.entry("OLD_COMPOUND", 4), Map.entry("URBAN_VILLAGE", 1));
        assertThat(figures.bySubDistrict()).singleElement().satisfies(north -> {
            assertThat(north.compounds()).isEqualTo(7);
            assertThat(north.households()).isEqualTo(7 * 80);
            assertThat(north.byCategory()).containsExactly(Map.entry("OLD_COMPOUND", 6), Map.entry("COMMERCIAL", 1));
            assertThat(north.unmanagedByCategory()).containsExactly(Map.entry("OLD_COMPOUND", 4));
        });
        assertThat(figures.byCommunity()).extracting(CompoundFigures.Area::compounds).containsExactly(3, 4);
        assertThat(figures.totalsByCategory().get("OLD_COMPOUND")).isEqualTo(totals(2, 1).plus(totals(4, 3)));
    }

    @Test
    void anAreaWithoutCompoundsIsListedWithZeros() {
        CompoundFigures figures = CompoundFigures.of(DISTRICT, List.of(),
                List.of(new AreaName("140202001", "SUB_DISTRICT", "北街道"), new AreaName("140202001001", "COMMUNITY", "社区1")));
        assertThat(figures.bySubDistrict()).singleElement().satisfies(area -> {
            assertThat(area.compounds()).isZero();
            assertThat(area.floorArea()).isEqualByComparingTo("0");
            assertThat(area.byCategory()).isEmpty();
        });
        assertThat(figures.byCommunity()).extracting(CompoundFigures.Area::name).containsExactly("社区1");
        assertThat(figures.compounds()).isZero();
        assertThat(figures.subsidyCommitmentYuan()).isEqualByComparingTo("0");
    }

    @Test
    void compoundsWithoutAStrategyAreInNoStrategysFigures() {
        CompoundFigures figures = CompoundFigures.of(DISTRICT, List.of(
                sum(Grouping.STRATEGY, null, null, null, null, null, totals(2, 1)),
                sum(Grouping.STRATEGY, null, null, null, null, "BASIC_FALLBACK", totals(3, 2))), List.of());
        assertThat(figures.byStrategy()).isEqualTo(Map.of("BASIC_FALLBACK", 3));
        assertThat(figures.totalsByStrategy()).containsOnlyKeys("BASIC_FALLBACK");
        assertThat(figures.byStrategyStillUnmanaged()).isEqualTo(Map.of("BASIC_FALLBACK", 2));
    }

    @Test
    void countsAreListedLargestFirstTiesByName() {
        CompoundFigures figures = CompoundFigures.of(DISTRICT, List.of(
                sum(Grouping.MODE, null, null, "UNMANAGED", null, null, totals(2, 2)),
                sum(Grouping.MODE, null, null, "MARKET_COMPANY", null, null, totals(7, 0)),
                sum(Grouping.MODE, null, null, "BASIC_FALLBACK", null, null, totals(2, 0))), List.of());
        assertThat(figures.byMode().keySet()).containsExactly("MARKET_COMPANY", "BASIC_FALLBACK", "UNMANAGED");
        assertThat(figures.totalsByMode().keySet()).containsExactly("MARKET_COMPANY", "BASIC_FALLBACK", "UNMANAGED");
    }

    @Test
    void aReaderWhoSeesTheWholeDistrictCountsItAsEveryoneDoes() {
        assertThat(new CountedArea("140202", null, new ReadScope(List.of("14"))).narrowed()).isFalse();
        assertThat(new CountedArea("140202", null, new ReadScope(List.of("140202"))).scope()).isEqualTo(ReadScope.EVERYTHING);
        assertThat(new CountedArea("140202", "140202", ReadScope.EVERYTHING).areaCode()).as("the district as its own area").isNull();
        CountedArea subDistrict = new CountedArea("140202", null, new ReadScope(List.of("140202001", "140105")));
        assertThat(subDistrict.narrowed()).isTrue();
        assertThat(subDistrict.where("c", "community_code"))
                .isEqualTo("c.district_code = :district AND c.community_code LIKE ANY(:readScopePatterns)");
        assertThat(new CountedArea("140202", "140202002", ReadScope.EVERYTHING).where("g", "grid_code"))
                .isEqualTo("g.district_code = :district AND g.grid_code LIKE :areaPattern");
    }
}
