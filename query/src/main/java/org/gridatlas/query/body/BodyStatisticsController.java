package org.gridatlas.query.body;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gridatlas.query.system.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Bodies counted: how many of each kind stand, how many members and party
 * members sit on them, how many compounds they serve, for a district and each
 * of its sub-districts and communities; and the cross appointments.
 */
@RestController
@RequestMapping("/api/statistics")
@Tag(name = "Statistics (统计)")
class BodyStatisticsController {

    record KindFigures(String kind, int bodies, int members, int partyMembers, int compoundsServed) {
    }

    record AreaFigures(String code, String name, List<KindFigures> byKind) {
    }

    record CrossAppointmentFigures(int current, Map<String, Integer> byBodyKind, Map<String, Integer> byPartyPost) {
    }

    record BodyFigures(String districtCode, List<KindFigures> byKind, List<AreaFigures> bySubDistrict,
                       List<AreaFigures> byCommunity, CrossAppointmentFigures crossAppointments) {
    }

    /**
     * Where a body is counted, as SQL over {@code s.area_code}: a body belongs to
     * its community or sub-district (a society, a committee, a state-owned
     * company) or to the whole district only (a market company).
     */
    private enum Level {
        DISTRICT("s.district_code", "TRUE"),
        SUB_DISTRICT("left(s.area_code, 9)", "length(s.area_code) >= 9"),
        COMMUNITY("s.area_code", "length(s.area_code) = 12");

        final String area;
        final String condition;

        Level(String area, String condition) {
            this.area = area;
            this.condition = condition;
        }
    }

    private static final String STANDING = """
            WITH standing AS (SELECT * FROM readmodel.any_body WHERE district_code = :district AND dissolved_on IS NULL)
            """;

    private final JdbcClient jdbc;

    BodyStatisticsController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Operation(summary = "Bodies by kind with their members, party members and compounds served, per district, "
            + "sub-district and community; and the current cross appointments")
    @GetMapping("/bodies")
    BodyFigures bodies(@RequestParam String districtCode) {
        if (!jdbc.sql("SELECT EXISTS (SELECT 1 FROM readmodel.area WHERE code = :code AND level = 'DISTRICT')")
                .param("code", districtCode).query(Boolean.class).single()) {
            throw NotFound.of("district", districtCode);
        }
        Map<String, List<KindFigures>> district = figures(districtCode, Level.DISTRICT);
        return new BodyFigures(districtCode, district.getOrDefault(districtCode, List.of()),
                areas(figures(districtCode, Level.SUB_DISTRICT)), areas(figures(districtCode, Level.COMMUNITY)),
                crossAppointments(districtCode));
    }

    /** Per area of the level, the figures of each kind of body. */
    private Map<String, List<KindFigures>> figures(String districtCode, Level level) {
        record Key(String area, String kind) {
        }
        Map<Key, Integer> served = new LinkedHashMap<>();
        jdbc.sql(STANDING + """
                        SELECT area, kind, count(DISTINCT compound_id) FROM (
                            SELECT %s AS area, s.kind, unnest(s.compound_ids) AS compound_id FROM standing s WHERE %s) c
                        GROUP BY area, kind""".formatted(level.area, level.condition))
                .param("district", districtCode)
                .query(rs -> {
                    served.put(new Key(rs.getString(1), rs.getString(2)), rs.getInt(3));
                });
        Map<String, List<KindFigures>> byArea = new LinkedHashMap<>();
        jdbc.sql(STANDING + """
                        SELECT %s AS area, s.kind, count(*), coalesce(sum(m.members), 0), coalesce(sum(m.party_members), 0)
                        FROM standing s
                        LEFT JOIN (SELECT body_id, count(*) AS members, count(*) FILTER (WHERE party_member) AS party_members
                                   FROM readmodel.any_body_member WHERE left_on IS NULL GROUP BY body_id) m USING (body_id)
                        WHERE %s
                        GROUP BY 1, 2 ORDER BY 1, 2""".formatted(level.area, level.condition))
                .param("district", districtCode)
                .query(rs -> {
                    String area = rs.getString(1);
                    String kind = rs.getString(2);
                    byArea.computeIfAbsent(area, a -> new ArrayList<>()).add(new KindFigures(kind, rs.getInt(3),
                            rs.getInt(4), rs.getInt(5), served.getOrDefault(new Key(area, kind), 0)));
                });
        return byArea;
    }

    private List<AreaFigures> areas(Map<String, List<KindFigures>> byArea) {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("SELECT code, name FROM readmodel.area WHERE code = ANY(:codes)")
                .param("codes", byArea.keySet().toArray(String[]::new))
                .query(rs -> {
                    names.put(rs.getString(1), rs.getString(2));
                });
        return byArea.entrySet().stream()
                .map(e -> new AreaFigures(e.getKey(), names.get(e.getKey()), e.getValue())).toList();
    }

    private CrossAppointmentFigures crossAppointments(String districtCode) {
        Map<String, Integer> byBodyKind = new LinkedHashMap<>();
        Map<String, Integer> byPost = new LinkedHashMap<>();
        int[] total = {0};
        jdbc.sql("SELECT b.kind, x.party_post, count(*) " + BodyQueries.CROSS_APPOINTMENTS
                        + "WHERE x.district_code = :district AND " + BodyQueries.CURRENT + " GROUP BY 1, 2 ORDER BY 1, 2")
                .param("district", districtCode)
                .query(rs -> {
                    int n = rs.getInt(3);
                    byBodyKind.merge(rs.getString(1), n, Integer::sum);
                    byPost.merge(rs.getString(2), n, Integer::sum);
                    total[0] += n;
                });
        return new CrossAppointmentFigures(total[0], byBodyKind, byPost);
    }
}
