package org.gridatlas.query.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.gridatlas.messages.complaint.ReportingPeriod;
import org.gridatlas.messages.meeting.MeetingKind;
import org.gridatlas.messages.problem.FoundThrough;
import org.gridatlas.messages.problem.ProblemCategory;
import org.gridatlas.query.system.ReadScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * How service works in a district's areas over a period: problems found,
 * resolved and still open at its end, meetings held, complaints and their
 * change against the same period a year earlier. Each figure is one
 * set-based query over the whole district, counted per area at all three
 * levels at once: every record is counted for its district, sub-district and
 * community.
 */
@Repository
class ServiceQualityFigures {

    /** Found, resolved in the period, and open at its end. */
    record Counts(int found, int resolved, int openAtEnd) {

        static final Counts NONE = new Counts(0, 0, 0);

        Counts plus(Counts other) {
            return new Counts(found + other.found, resolved + other.resolved, openAtEnd + other.openAtEnd);
        }
    }

    /**
     * @param settledByMeetings resolved in the period by a resolution that names the meeting that settled it
     */
    record Problems(int found, int resolved, int settledByMeetings, int openAtEnd, Map<ProblemCategory, Counts> byCategory,
                    Map<FoundThrough, Counts> byFoundThrough) {
    }

    record Meetings(int held, Map<MeetingKind, Integer> byKind) {
    }

    /**
     * Complaint figures whose whole period lies in the one asked for.
     *
     * @param received      their sum, or null when no figure was recorded for the area then
     * @param yearEarlier   the same for the period a year earlier
     * @param changePercent (received − yearEarlier) / yearEarlier in per cent to one decimal; null without both
     */
    record Complaints(Integer received, Integer yearEarlier, BigDecimal changePercent) {
    }

    record Area(String code, String level, String name, Problems problems, Meetings meetings, Complaints complaints) {
    }

    private final JdbcClient jdbc;

    ServiceQualityFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean districtExists(String districtCode) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM readmodel.area WHERE code = :code AND level = 'DISTRICT')")
                .param("code", districtCode).query(Boolean.class).single();
    }

    /** Every area of the district in the reader's scope, by code: the district first, then its sub-districts and communities. */
    List<Area> of(String districtCode, ReportingPeriod period, ReadScope scope) {
        Map<String, Map<ProblemCategory, Map<FoundThrough, Counts>>> problems = new LinkedHashMap<>();
        Map<String, Integer> settled = new LinkedHashMap<>();
        problems(districtCode, period, scope, problems, settled);
        Map<String, Map<MeetingKind, Integer>> meetings = meetings(districtCode, period, scope);
        Map<String, Integer[]> complaints = complaints(districtCode, period, scope);

        List<Area> areas = new ArrayList<>();
        jdbc.sql("SELECT code, level, name FROM readmodel.area WHERE district_code = :district"
                        + scope.sqlFilter("code") + " ORDER BY code")
                .param("district", districtCode).param(ReadScope.SQL_PARAMETER, scope.sqlPatterns())
                .query(rs -> {
                    String code = rs.getString(1);
                    areas.add(new Area(code, rs.getString(2), rs.getString(3),
                            problemFigures(problems.getOrDefault(code, Map.of()), settled.getOrDefault(code, 0)),
                            meetingFigures(meetings.getOrDefault(code, Map.of())),
                            complaintFigures(complaints.get(code))));
                });
        return areas;
    }

    /**
     * Counts per area, category and how found; a problem's state at the period's
     * end comes from its resolutions up to then, joined once and folded per
     * problem (three EXISTS per problem and area took 1.2 s for 50,000 problems).
     * A problem outside the scope counts for no area in it, as its community's
     * code starts with every code it counts for.
     */
    private void problems(String districtCode, ReportingPeriod period, ReadScope scope,
                          Map<String, Map<ProblemCategory, Map<FoundThrough, Counts>>> counts, Map<String, Integer> settled) {
        jdbc.sql("""
                        WITH fact AS (
                            SELECT p.district_code, p.sub_district_code, p.community_code, p.category, p.found_through,
                                   p.found_on >= :from AS found,
                                   coalesce(bool_or(r.resolved_on >= :from), FALSE) AS resolved,
                                   coalesce(bool_or(r.resolved_on >= :from AND r.meeting_id IS NOT NULL), FALSE) AS settled,
                                   NOT coalesce(bool_or(r.problem_id IS NOT NULL
                                                        AND (r.reopened_on IS NULL OR r.reopened_on > :to)), FALSE) AS open
                            FROM readmodel.problem p
                            LEFT JOIN readmodel.problem_resolution r ON r.problem_id = p.problem_id AND r.resolved_on <= :to
                            WHERE p.district_code = :district AND p.found_on <= :to""" + scope.sqlFilter("p.community_code") + """

                            GROUP BY p.problem_id)
                        SELECT a.code, f.category, f.found_through, count(*) FILTER (WHERE f.found),
                               count(*) FILTER (WHERE f.resolved), count(*) FILTER (WHERE f.settled),
                               count(*) FILTER (WHERE f.open)
                        FROM fact f CROSS JOIN LATERAL (VALUES (f.district_code), (f.sub_district_code), (f.community_code)) a(code)
                        WHERE TRUE""" + scope.sqlFilter("a.code") + """

                        GROUP BY 1, 2, 3""")
                .param("district", districtCode).param("from", period.firstDay()).param("to", period.lastDay())
                .param(ReadScope.SQL_PARAMETER, scope.sqlPatterns())
                .query(rs -> {
                    counts.computeIfAbsent(rs.getString(1), code -> new EnumMap<>(ProblemCategory.class))
                            .computeIfAbsent(ProblemCategory.valueOf(rs.getString(2)), c -> new EnumMap<>(FoundThrough.class))
                            .put(FoundThrough.valueOf(rs.getString(3)), new Counts(rs.getInt(4), rs.getInt(5), rs.getInt(7)));
                    settled.merge(rs.getString(1), rs.getInt(6), Integer::sum);
                });
    }

    private Map<String, Map<MeetingKind, Integer>> meetings(String districtCode, ReportingPeriod period, ReadScope scope) {
        Map<String, Map<MeetingKind, Integer>> counts = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT a.code, m.kind, count(*)
                        FROM readmodel.meeting m
                        CROSS JOIN LATERAL (VALUES (m.district_code), (m.sub_district_code), (m.community_code)) a(code)
                        WHERE m.district_code = :district AND m.held_on BETWEEN :from AND :to"""
                        + scope.sqlFilter("a.code") + " GROUP BY 1, 2")
                .param("district", districtCode).param("from", period.firstDay()).param("to", period.lastDay())
                .param(ReadScope.SQL_PARAMETER, scope.sqlPatterns())
                .query(rs -> {
                    counts.computeIfAbsent(rs.getString(1), code -> new EnumMap<>(MeetingKind.class))
                            .put(MeetingKind.valueOf(rs.getString(2)), rs.getInt(3));
                });
        return counts;
    }

    /**
     * Per area: the sum of the figures within the period and within the period
     * a year earlier, each null when there is none. A figure counts for its own
     * area and those containing it, never for an area within it.
     */
    private Map<String, Integer[]> complaints(String districtCode, ReportingPeriod period, ReadScope scope) {
        ReportingPeriod earlier = period.yearEarlier();
        Map<String, Integer[]> sums = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT a.code,
                               sum(f.complaints) FILTER (WHERE f.first_day >= :from AND f.last_day <= :to),
                               sum(f.complaints) FILTER (WHERE f.first_day >= :earlierFrom AND f.last_day <= :earlierTo)
                        FROM readmodel.complaint_figure f
                        CROSS JOIN LATERAL (VALUES (f.district_code), (f.sub_district_code), (f.community_code)) a(code)
                        WHERE f.district_code = :district AND a.code IS NOT NULL
                          AND f.first_day >= :earlierFrom AND f.last_day <= :to"""
                        + scope.sqlFilter("a.code") + " GROUP BY 1")
                .param("district", districtCode)
                .param("from", period.firstDay()).param("to", period.lastDay())
                .param("earlierFrom", earlier.firstDay()).param("earlierTo", earlier.lastDay())
                .param(ReadScope.SQL_PARAMETER, scope.sqlPatterns())
                .query(rs -> {
                    sums.put(rs.getString(1), new Integer[] {wholeOrNull(rs.getObject(2, Long.class)),
                            wholeOrNull(rs.getObject(3, Long.class))});
                });
        return sums;
    }

    /** A sum of figures, or null when the area had none in the period. */
    private static Integer wholeOrNull(Long sum) {
        return sum == null ? null : Math.toIntExact(sum);
    }

    private static Problems problemFigures(Map<ProblemCategory, Map<FoundThrough, Counts>> counts, int settled) {
        Map<ProblemCategory, Counts> byCategory = totals(ProblemCategory.values(), c -> counts.getOrDefault(c, Map.of())
                .values().stream().reduce(Counts.NONE, Counts::plus));
        Map<FoundThrough, Counts> byFoundThrough = totals(FoundThrough.values(), how -> counts.values().stream()
                .map(byHow -> byHow.getOrDefault(how, Counts.NONE)).reduce(Counts.NONE, Counts::plus));
        Counts all = byCategory.values().stream().reduce(Counts.NONE, Counts::plus);
        return new Problems(all.found(), all.resolved(), settled, all.openAtEnd(), byCategory, byFoundThrough);
    }

    private static Meetings meetingFigures(Map<MeetingKind, Integer> counts) {
        Map<MeetingKind, Integer> byKind = totals(MeetingKind.values(), kind -> counts.getOrDefault(kind, 0));
        return new Meetings(byKind.values().stream().mapToInt(Integer::intValue).sum(), byKind);
    }

    private static Complaints complaintFigures(Integer[] sums) {
        Integer now = sums == null ? null : sums[0];
        Integer before = sums == null ? null : sums[1];
        BigDecimal change = now == null || before == null || before == 0 ? null
                : BigDecimal.valueOf(now - before).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(before), 1, RoundingMode.HALF_UP);
        return new Complaints(now, before, change);
    }

    /** Every key of the enum in order, zeros included, so every area answers with the same keys. */
    private static <K extends Enum<K>, V> Map<K, V> totals(K[] keys, Function<K, V> value) {
        Map<K, V> totals = new LinkedHashMap<>();
        for (K key : keys) {
            totals.put(key, value.apply(key));
        }
        return totals;
    }
}
