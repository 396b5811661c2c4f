package org.gridatlas.query.compound;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gridatlas.messages.clearance.ClearanceStrategy;
import org.gridatlas.messages.compound.CompoundCategory;
import org.gridatlas.messages.compound.ManagementMode;
import org.gridatlas.query.party.PartyCoverage;
import org.gridatlas.query.system.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which compounds the layer and its extent hold beyond the box and the
 * reader's scope: those of an area (district, sub-district or community, the
 * same {@code areaCode} the statistics take), of some management modes,
 * clearance strategies or categories, covered or not by a party organisation.
 * Only the conditions asked for go into the SQL, so the unfiltered map query
 * stays the one measured.
 */
record CompoundFilter(String areaCode, Set<ManagementMode> modes, Set<String> strategies,
                      Set<CompoundCategory> categories, Coverage partyCoverage) {

    /** Whether an active party organisation covers the compound ({@link PartyCoverage#COMPOUND_COVERED}). */
    enum Coverage { COVERED, UNCOVERED }

    /** A compound without a clearance strategy, as the strategy filter names it. */
    static final String NO_STRATEGY = "NONE";

    static final CompoundFilter NONE = new CompoundFilter(null, Set.of(), Set.of(), Set.of(), null);

    /** The filter's parameters as the endpoints take them, each checked; a list may repeat the parameter or separate values by commas. */
    static CompoundFilter of(String areaCode, List<String> modes, List<String> strategies, List<String> categories,
                             String partyCoverage) {
        if (areaCode != null && !areaCode.matches("\\d{6}|\\d{9}|\\d{12}")) {
            throw InvalidInput.of("areaCode", "must be the code of a district (6 digits), sub-district (9) or community (12)");
        }
        Set<String> allowedStrategies = new LinkedHashSet<>(names(ClearanceStrategy.values()));
        allowedStrategies.add(NO_STRATEGY);
        return new CompoundFilter(areaCode,
                values("mode", modes, names(ManagementMode.values()), ManagementMode::valueOf),
                values("strategy", strategies, allowedStrategies, Function.identity()),
                values("category", categories, names(CompoundCategory.values()), CompoundCategory::valueOf),
                partyCoverage == null ? null
                        : values("partyCoverage", List.of(partyCoverage), names(Coverage.values()), Coverage::valueOf)
                                .iterator().next());
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static <T> Set<T> values(String field, List<String> given, Iterable<String> allowed, Function<String, T> value) {
        Set<T> values = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        allowed.forEach(names::add);
        for (String item : given == null ? List.<String>of() : given) {
            for (String name : item.split(",", -1)) {
                String trimmed = name.trim();
                if (!names.contains(trimmed)) {
                    throw InvalidInput.of(field, "'" + trimmed + "' is not one of " + String.join(", ", names));
                }
                values.add(value.apply(trimmed));
            }
        }
        return Set.copyOf(values);
    }

    boolean isEmpty() {
        return equals(NONE);
    }

    /** The conditions over compound {@code c}, each beginning with AND; nothing when the filter is empty. */
    String sql() {
        List<String> conditions = new ArrayList<>();
        if (areaCode != null) {
            conditions.add(switch (areaCode.length()) {
                case 6 -> "c.district_code = :filterArea";
                case 9 -> "c.sub_district_code = :filterArea";
                default -> "c.community_code = :filterArea";
            });
        }
        if (!modes.isEmpty()) {
            conditions.add("c.management_mode = ANY(:filterModes)");
        }
        if (!strategies.isEmpty()) {
            conditions.add(strategies.contains(NO_STRATEGY)
                    ? "(c.clearance_strategy IS NULL OR c.clearance_strategy = ANY(:filterStrategies))"
                    : "c.clearance_strategy = ANY(:filterStrategies)");
        }
        if (!categories.isEmpty()) {
            conditions.add("c.category = ANY(:filterCategories)");
        }
        if (partyCoverage != null) {
            conditions.add((partyCoverage == Coverage.COVERED ? "" : "NOT ") + PartyCoverage.COMPOUND_COVERED);
        }
        return conditions.stream().map(c -> " AND " + c).collect(Collectors.joining());
    }

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        return statement.param("filterArea", areaCode)
                .param("filterModes", modes.stream().map(Enum::name).sorted().toArray(String[]::new))
                .param("filterStrategies", strategies.stream().sorted().toArray(String[]::new))
                .param("filterCategories", categories.stream().map(Enum::name).sorted().toArray(String[]::new));
    }
}
