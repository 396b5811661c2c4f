package org.gridatlas.query.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/**
 * A district's compounds, or one area's, summed the ways offices report them:
 * overall, by sub-district and community, by management mode, category and
 * clearance strategy. The members up to {@code byCommunity} are those the
 * first version answered; the sums came later and follow them.
 */
record CompoundFigures(String districtCode, int compounds, int unmanaged, int households, int relapses,
                       Map<String, Integer> byMode, Map<String, Integer> byCategory,
                       Map<String, Integer> byStrategy, Map<String, Integer> byStrategyStillUnmanaged,
                       BigDecimal subsidyCommitmentYuan, List<Area> bySubDistrict, List<Area> byCommunity,
                       String areaCode, int buildings, int units, BigDecimal floorArea,
                       Map<String, Integer> unmanagedByCategory, Map<String, Totals> totalsByMode,
                       Map<String, Totals> totalsByCategory, Map<String, Totals> totalsByStrategy) {

    /** Sums over some compounds; the floor area in m². */
    record Totals(int compounds, int unmanaged, int buildings, int units, int households, BigDecimal floorArea) {

        static final Totals NONE = new Totals(0, 0, 0, 0, 0, BigDecimal.ZERO);

        Totals plus(Totals other) {
            return new Totals(compounds + other.compounds, unmanaged + other.unmanaged, buildings + other.buildings,
                    units + other.units, households + other.households, floorArea.add(other.floorArea));
        }
    }

    /** A sub-district or community: its sums, and how many of its compounds (and unmanaged ones) are of each category. */
    record Area(String code, String name, int compounds, int unmanaged, int households, int buildings, int units,
                BigDecimal floorArea, Map<String, Integer> byCategory, Map<String, Integer> unmanagedByCategory) {
    }

    /** The columns the compounds are grouped by, in the order GROUPING() reads its bits. */
    static final List<String> COLUMNS =
            List.of("sub_district_code", "community_code", "management_mode", "category", "clearance_strategy");

    /**
     * The sets of one GROUPING SETS pass; each row of the pass belongs to one.
     * The areas, the categories and the whole are added up from the finest
     * set here rather than grouped again by PostgreSQL: each further set cost
     * a sort or a hash of every row, and eight sets took twice as long as these
     * three. A community's sub-district is functionally its prefix, so naming
     * it in the set changes no group.
     */
    enum Grouping {
        MODE("management_mode"),
        STRATEGY("clearance_strategy"),
        AREA_CATEGORY("sub_district_code", "community_code", "category");

        final List<String> columns;

        Grouping(String... columns) {
            this.columns = List.of(columns);
        }

        /** What PostgreSQL's GROUPING(all columns) answers for this set: a 1 bit for each column left out. */
        int mask() {
            int mask = 0;
            for (int i = 0; i < COLUMNS.size(); i++) {
                if (!columns.contains(COLUMNS.get(i))) {
                    mask |= 1 << (COLUMNS.size() - 1 - i);
                }
            }
            return mask;
        }

        static Grouping of(int mask) {
            for (Grouping grouping : values()) {
                if (grouping.mask() == mask) {
                    return grouping;
                }
            }
            throw new IllegalArgumentException("no grouping set has the mask " + mask);
        }

        /** The GROUP BY clause of the pass, over the table {@code alias}. */
        static String groupBy(String alias) {
            List<String> sets = new ArrayList<>();
            for (Grouping grouping : values()) {
                sets.add("(" + String.join(", ", grouping.columns.stream().map(c -> alias + "." + c).toList()) + ")");
            }
            return "GROUP BY GROUPING SETS (" + String.join(", ", sets) + ")";
        }

        /** The GROUPING() call that tells the sets apart. */
        static String grouping(String alias) {
            return "GROUPING(" + String.join(", ", COLUMNS.stream().map(c -> alias + "." + c).toList()) + ")";
        }
    }

    /** One row of the pass: the set, the values of its columns (the others null), the sums. */
    record Sum(Grouping grouping, String subDistrict, String community, String mode, String category, String strategy,
               Totals totals, int relapses, BigDecimal subsidyCommitment) {
    }

    /** A sub-district or community of the district as the area register names it. */
    record AreaName(String code, String level, String name) {
    }

    /**
     * Puts the rows of one pass together. Every area named is listed, with
     * zeros when it holds no compound yet; compounds without a strategy are in
     * no strategy's sums.
     */
    static CompoundFigures of(CountedArea counted, List<Sum> sums, List<AreaName> areas) {
        Totals all = Totals.NONE;
        int relapses = 0;
        BigDecimal subsidyCommitment = BigDecimal.ZERO;
        Map<String, Totals> byMode = new TreeMap<>();
        Map<String, Totals> byCategory = new TreeMap<>();
        Map<String, Totals> byStrategy = new TreeMap<>();
        Map<String, Totals> byArea = new TreeMap<>();
        Map<String, Map<String, Totals>> categoriesByArea = new TreeMap<>();
        for (Sum sum : sums) {
            Totals t = sum.totals();
            switch (sum.grouping()) {
                case MODE -> byMode.put(sum.mode(), t);
                case STRATEGY -> {
                    if (sum.strategy() != null) {
                        byStrategy.put(sum.strategy(), t);
                    }
                }
                case AREA_CATEGORY -> {
                    all = all.plus(t);
                    relapses += sum.relapses();
                    subsidyCommitment = subsidyCommitment.add(sum.subsidyCommitment());
                    byCategory.merge(sum.category(), t, Totals::plus);
                    for (String area : List.of(sum.subDistrict(), sum.community())) {
                        byArea.merge(area, t, Totals::plus);
                        categoriesByArea.computeIfAbsent(area, a -> new TreeMap<>()).merge(sum.category(), t, Totals::plus);
                    }
                }
            }
        }
        List<Area> subDistricts = new ArrayList<>();
        List<Area> communities = new ArrayList<>();
        for (AreaName name : areas) {
            Totals t = byArea.getOrDefault(name.code(), Totals.NONE);
            Map<String, Totals> categories = categoriesByArea.getOrDefault(name.code(), Map.of());
            Area area = new Area(name.code(), name.name(), t.compounds(), t.unmanaged(), t.households(), t.buildings(),
                    t.units(), t.floorArea(), counts(categories, Totals::compounds), counts(categories, Totals::unmanaged));
            (name.level().equals("SUB_DISTRICT") ? subDistricts : communities).add(area);
        }
        return new CompoundFigures(counted.districtCode(), all.compounds(), all.unmanaged(), all.households(), relapses,
                counts(byMode, Totals::compounds), counts(byCategory, Totals::compounds),
                counts(byStrategy, Totals::compounds), counts(byStrategy, Totals::unmanaged),
                subsidyCommitment, subDistricts, communities,
                counted.areaCode(), all.buildings(), all.units(), all.floorArea(),
                counts(byCategory, Totals::unmanaged),
                ordered(byMode), ordered(byCategory), ordered(byStrategy));
    }

    /** The non-zero counts, largest first (ties by name), as offices read such lists. */
    private static Map<String, Integer> counts(Map<String, Totals> totals, ToIntFunction<Totals> count) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        totals.entrySet().stream()
                .filter(e -> count.applyAsInt(e.getValue()) > 0)
                .sorted(Comparator.comparingInt((Map.Entry<String, Totals> e) -> -count.applyAsInt(e.getValue()))
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> counts.put(e.getKey(), count.applyAsInt(e.getValue())));
        return counts;
    }

    /** The same order as {@link #counts} by compounds. */
    private static Map<String, Totals> ordered(Map<String, Totals> totals) {
        Map<String, Totals> ordered = new LinkedHashMap<>();
        counts(totals, Totals::compounds).keySet().forEach(key -> ordered.put(key, totals.get(key)));
        return ordered;
    }
}
