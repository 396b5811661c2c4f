package org.gridatlas.query.body;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gridatlas.query.system.AsOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Bodies counted as SQL: per level (district, sub-district, community) one
 * pass over the standing bodies, with their members, the compounds they serve
 * and the area's name; and one pass over the cross appointments.
 */
@Repository
class BodyStatisticsRepository {

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

    /**
     * Per area and kind: the bodies with their current members and party
     * members, and the distinct compounds they serve (counted apart, as a
     * compound served by two bodies of a kind counts once). Members are
     * counted for the district's standing bodies only: counting every body's
     * in every district took 130 ms per level at 100,000 compounds.
     */
    private static final String FIGURES = """
            WITH standing AS (SELECT * FROM readmodel.any_body WHERE district_code = :district AND dissolved_on IS NULL),
            members AS (
                SELECT m.body_id, count(*) AS members, count(*) FILTER (WHERE m.party_member) AS party_members
                FROM readmodel.any_body_member m WHERE m.left_on IS NULL AND m.body_id IN (SELECT body_id FROM standing)
                GROUP BY m.body_id),
            bodies AS (
                SELECT %1$s AS area, s.kind, count(*) AS bodies, coalesce(sum(m.members), 0) AS members,
                       coalesce(sum(m.party_members), 0) AS party_members
                FROM standing s
                LEFT JOIN members m USING (body_id)
                WHERE %2$s
                GROUP BY 1, 2),
            served AS (
                SELECT area, kind, count(DISTINCT compound_id) AS compounds FROM (
                    SELECT %1$s AS area, s.kind, unnest(s.compound_ids) AS compound_id FROM standing s WHERE %2$s) c
                GROUP BY area, kind)
            SELECT b.area, a.name, b.kind, b.bodies, b.members, b.party_members, coalesce(v.compounds, 0)
            FROM bodies b
            LEFT JOIN served v USING (area, kind)
            LEFT JOIN readmodel.area a ON a.code = b.area
            ORDER BY b.area, b.kind""";

    private final JdbcClient jdbc;

    BodyStatisticsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean hasDistrict(String districtCode) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM readmodel.area WHERE code = :code AND level = 'DISTRICT')")
                .param("code", districtCode).query(Boolean.class).single();
    }

    /** The figures of a district that exists ({@link #hasDistrict}). */
    BodyFigures bodyFigures(String districtCode, AsOf asOf) {
        List<AreaFigures> district = figures(districtCode, Level.DISTRICT, asOf);
        return new BodyFigures(districtCode, district.isEmpty() ? List.of() : district.get(0).byKind(),
                figures(districtCode, Level.SUB_DISTRICT, asOf), figures(districtCode, Level.COMMUNITY, asOf),
                crossAppointments(districtCode, asOf));
    }

    /** Per area of the level that has standing bodies, the figures of each kind of body. */
    private List<AreaFigures> figures(String districtCode, Level level, AsOf asOf) {
        Map<String, AreaFigures> byArea = new LinkedHashMap<>();
        asOf.bind(jdbc.sql(asOf.sql(FIGURES.formatted(level.area, level.condition))))
                .param("district", districtCode)
                .query(rs -> {
                    String code = rs.getString(1);
                    AreaFigures area = byArea.get(code);
                    if (area == null) {
                        area = new AreaFigures(code, rs.getString(2), new ArrayList<>());
                        byArea.put(code, area);
                    }
                    area.byKind().add(new KindFigures(rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
                            rs.getInt(7)));
                });
        return List.copyOf(byArea.values());
    }

    private CrossAppointmentFigures crossAppointments(String districtCode, AsOf asOf) {
        Map<String, Integer> byBodyKind = new LinkedHashMap<>();
        Map<String, Integer> byPost = new LinkedHashMap<>();
        int[] total = {0};
        asOf.bind(jdbc.sql(asOf.sql("SELECT b.kind, x.party_post, count(*) " + BodyQueries.CROSS_APPOINTMENTS
                        + "WHERE x.district_code = :district AND " + BodyQueries.CURRENT + " GROUP BY 1, 2 ORDER BY 1, 2")))
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
