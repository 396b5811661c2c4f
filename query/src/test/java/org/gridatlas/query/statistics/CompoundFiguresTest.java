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

    @Test
    void eachGroupingSetIsKnownByTheMaskPostgresGroupingAnswers() {
        // GROUPING(sub_district_code, community_code, management_mode, category, clearance_strategy): 1 for each left out
        assertThat(Grouping.TOTAL.mask()).isEqualTo(0b11111);
        assertThat(Grouping.SUB_DISTRICT.mask()).isEqualTo(0b01111);
        assertThat(Grouping.COMMUNITY.mask()).isEqualTo(0b10111);
        assertThat(Grouping.STRATEGY.mask()).isEqualTo(0b11110);
        assertThat(Grouping.COMMUNITY_CATEGORY.mask()).isEqualTo(0b10101);
        for (Grouping grouping : Grouping.values()) {
            assertThat(Grouping.of(grouping.mask())).isEqualTo(grouping);
        }
        assertThat(Grouping.groupBy("c")).startsWith("GROUP BY GROUPING SETS ((), (c.sub_district_code), ")
                .endsWith("(c.community_code, c.category))");
    }

    @Test
    void anAreaWithoutCompoundsIsListedWithZeros() {
        CompoundFigures figures = CompoundFigures.of(DISTRICT, List.of(sum(Grouping.TOTAL, null, null, null, null, null, Totals.NONE)),
                List.of(new AreaName("140202001", "SUB_DISTRICT", "北街道"), new AreaName("140202001001", "COMMUNITY", "社区1")));
        assertThat(figures.bySubDistrict()).singleElement().satisfies(area -> {
            assertThat(area.compounds()).isZero();
            assertThat(area.floorArea()).isEqualByComparingTo("0");
            assertThat(area.byCategory()).isEmpty();
        });
        assertThat(figures.byCommunity()).extracting(CompoundFigures.Area::name).containsExactly("社区1");
    }

    @Test
    void compoundsWithoutAStrategyAreInNoStrategysFigures() {
        CompoundFigures figures = CompoundFigures.of(DISTRICT, List.of(
                sum(Grouping.TOTAL, null, null, null, null, null, totals(5, 3)),
                sum(Grouping.STRATEGY, null, null, null, null, null, totals(2, 1)),
                sum(Grouping.STRATEGY, null, null, null, null, "BASIC_FALLBACK", totals(3, 2))), List.of());
        assertThat(figures.byStrategy()).isEqualTo(Map.of("BASIC_FALLBACK", 3));
        assertThat(figures.totalsByStrategy()).containsOnlyKeys("BASIC_FALLBACK");
        assertThat(figures.byStrategyStillUnmanaged()).isEqualTo(Map.of("BASIC_FALLBACK", 2));
        assertThat(figures.compounds()).isEqualTo(5);
    }

    @Test
    void countsAreListedLargestFirstAndUnmanagedOnlyWhereThereAreAny() {
        CompoundFigures figures = CompoundFigures.of(DISTRICT, List.of(
                sum(Grouping.CATEGORY, null, null, null, "COMMERCIAL", null, totals(2, 0)),
                sum(Grouping.CATEGORY, null, null, null, "OLD_COMPOUND", null, totals(7, 4)),
                sum(Grouping.CATEGORY, null, null, null, "URBAN_VILLAGE", null, totals(2, 2))), List.of());
        assertThat(figures.byCategory().keySet()).containsExactly("OLD_COMPOUND", "COMMERCIAL", "URBAN_VILLAGE");
        assertThat(figures.totalsByCategory().keySet()).containsExactly("OLD_COMPOUND", "COMMERCIAL", "URBAN_VILLAGE");
        assertThat(figures.unmanagedByCategory()).containsExactly(Map.entry("OLD_COMPOUND", 4), Map.entry("URBAN_VILLAGE", 2));
        assertThat(figures.compounds()).as("no total row: nothing counted").isZero();
    }

    @Test
    void aCategoryWithinAnAreaCountsForThatAreaOnly() {
        CompoundFigures figures = CompoundFigures.of(DISTRICT, List.of(
                sum(Grouping.COMMUNITY, null, "140202001001", null, null, null, totals(3, 1)),
                sum(Grouping.COMMUNITY_CATEGORY, null, "140202001001", null, "OLD_COMPOUND", null, totals(2, 1)),
                sum(Grouping.COMMUNITY_CATEGORY, null, "140202001001", null, "COMMERCIAL", null, totals(1, 0)),
                sum(Grouping.SUB_DISTRICT_CATEGORY, "140202001", null, null, "OLD_COMPOUND", null, totals(2, 1))),
                List.of(new AreaName("140202001001", "COMMUNITY", "社区1"), new AreaName("140202001002", "COMMUNITY", "社区2")));
        assertThat(figures.byCommunity().get(0).byCategory()).containsExactly(Map.entry("OLD_COMPOUND", 2), Map.entry("COMMERCIAL", 1));
        assertThat(figures.byCommunity().get(0).unmanagedByCategory()).containsExactly(Map.entry("OLD_COMPOUND", 1));
        assertThat(figures.byCommunity().get(1).byCategory()).isEmpty();
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
