package org.gridatlas.query.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.gridatlas.query.system.ReadScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds compounds, grids, micro-grids, sub-districts and communities whose
 * name or code (a compound's address too) holds the text, in one statement:
 * each kind's best few through its trigram indexes (readmodel V14), then the
 * best of them all, and only for those the names around them and the box to
 * zoom to.
 */
@Repository
class SearchRepository {

    /** What was found: its kind, code and name, the areas it lies in, and the box to show it in. */
    record Hit(String kind, String code, String name, String context, double[] bbox) {
    }

    /** How well a row's code and name match: 0 the code itself, 1 a code or name that begins with the text, 2 any other. */
    private static final String RANK = """
            CASE WHEN %1$s = :exact THEN 0
                 WHEN %1$s ILIKE :prefix OR %2$s ILIKE :prefix THEN 1 ELSE 2 END""";

    /**
     * Each kind's candidates, at most {@code :limit} of each, best first. The
     * columns: kind, its order among equal ranks (the wider areas first), code,
     * name, rank, and what the context line is made of.
     */
    private static final String CANDIDATES = """
            (SELECT a.level AS kind, 0 AS kind_order, a.code, a.name, %1$s AS rank,
                    a.district_code AS district_code, NULL::text AS sub_district_code, NULL::text AS community_code,
                    NULL::text AS grid_code, NULL::text AS address, NULL::geometry AS boundary
             FROM readmodel.area a
             WHERE a.level IN ('SUB_DISTRICT', 'COMMUNITY') AND %9$s%5$s
             ORDER BY rank, length(a.name), a.code LIMIT :limit)
            UNION ALL
            (SELECT 'GRID', 1, g.grid_code, g.name, %2$s, g.district_code, g.sub_district_code, g.community_code,
                    NULL, NULL, g.boundary
             FROM readmodel.grid g
             WHERE %10$s%6$s
             ORDER BY 5, length(g.name), g.grid_code LIMIT :limit)
            UNION ALL
            (SELECT 'MICRO_GRID', 2, m.micro_grid_code, m.name, %3$s, m.district_code, NULL, NULL, m.grid_code, NULL,
                    m.boundary
             FROM readmodel.micro_grid m
             WHERE %11$s%7$s
             ORDER BY 5, length(m.name), m.micro_grid_code LIMIT :limit)
            UNION ALL
            (SELECT 'COMPOUND', 3, c.compound_id, c.name, %4$s, c.district_code, c.sub_district_code, c.community_code,
                    NULL, c.address, c.boundary
             FROM readmodel.compound c
             WHERE %12$s%8$s
             ORDER BY 5, length(c.name), c.compound_id LIMIT :limit)""";

    /**
     * The best hits of all kinds, with the names of the areas they lie in. An
     * area's kind is its level; its box is that of its grids, as areas are
     * drawn by their grids.
     */
    private static final String SEARCH = """
            WITH candidates AS (%s),
            best AS (SELECT * FROM candidates ORDER BY rank, kind_order, length(name), code LIMIT :limit)
            SELECT h.kind, h.code, h.name, h.address, grid.name AS grid_name, community.name AS community_name,
                   CASE WHEN h.kind = 'COMMUNITY' THEN parent.name ELSE sub_district.name END AS sub_district_name,
                   CASE WHEN h.kind = 'SUB_DISTRICT' THEN parent.name END AS district_name,
                   ST_XMin(e.box), ST_YMin(e.box), ST_XMax(e.box), ST_YMax(e.box)
            FROM best h
            LEFT JOIN readmodel.area area ON h.kind_order = 0 AND area.code = h.code
            LEFT JOIN readmodel.area parent ON parent.code = area.parent_code
            LEFT JOIN readmodel.grid grid ON grid.grid_code = h.grid_code
            LEFT JOIN readmodel.area community ON community.code = coalesce(h.community_code, grid.community_code)
            LEFT JOIN readmodel.area sub_district ON sub_district.code = coalesce(h.sub_district_code, grid.sub_district_code)
            CROSS JOIN LATERAL (SELECT coalesce(Box2D(h.boundary),
                    (SELECT ST_Extent(ag.boundary) FROM readmodel.grid ag
                     WHERE h.kind_order = 0 AND ag.district_code = h.district_code
                       AND starts_with(ag.grid_code, h.code))) AS box) e
            ORDER BY h.rank, h.kind_order, length(h.name), h.code""";

    /** pg_trgm's trigrams: a shorter text has none to look up. */
    private static final int SHORTEST_ANYWHERE = 3;

    private final JdbcClient jdbc;

    SearchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** At most {@code limit} hits for the text, best first, within the district when one is given and the reader's scope. */
    List<Hit> search(String text, String districtCode, int limit, ReadScope scope) {
        String like = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        String sql = SEARCH.formatted(CANDIDATES.formatted(
                RANK.formatted("a.code", "a.name"), RANK.formatted("g.grid_code", "g.name"),
                RANK.formatted("m.micro_grid_code", "m.name"), RANK.formatted("c.compound_id", "c.name"),
                within(districtCode, "a") + areaScope(scope),
                within(districtCode, "g") + scope.sqlFilter("g.community_code"),
                within(districtCode, "m") + scope.sqlFilter("m.micro_grid_code"),
                within(districtCode, "c") + scope.sqlFilter("c.community_code"),
                matches(text, districtCode, "a.name", "a.code"), matches(text, districtCode, "g.name", "g.grid_code"),
                matches(text, districtCode, "m.name", "m.micro_grid_code"),
                matches(text, districtCode, "c.name", "c.compound_id", "c.address")));
        return jdbc.sql(sql)
                .param("exact", text)
                .param("prefix", like + "%")
                .param("infix", "%" + like + "%")
                .param("district", districtCode)
                .param("limit", limit)
                .param(ReadScope.SQL_PARAMETER, scope.sqlPatterns())
                .param("scopePrefixes", scope.areaPrefixes().toArray(String[]::new))
                .query(SearchRepository::hit)
                .list();
    }

    /**
     * The condition that a row's name, code or address holds the text. Three
     * characters or more are looked up in the trigram indexes anywhere in the
     * text; fewer have no trigram, so they are sought anywhere only within a
     * district (its index bounds the rows read, about 10 ms for 10,000
     * compounds), and elsewhere only at the beginning of a name or code,
     * which the btree indexes answer (readmodel V14).
     */
    private static String matches(String text, String districtCode, String name, String code, String... more) {
        if (text.codePointCount(0, text.length()) >= SHORTEST_ANYWHERE || districtCode != null) {
            StringBuilder any = new StringBuilder("(" + name + " ILIKE :infix OR " + code + " ILIKE :infix");
            for (String column : more) {
                any.append(" OR ").append(column).append(" ILIKE :infix");
            }
            return any.append(")").toString();
        }
        return "(" + name + " LIKE :prefix OR " + code + " LIKE :prefix)";
    }

    private static String within(String districtCode, String alias) {
        return districtCode == null ? "" : " AND " + alias + ".district_code = :district";
    }

    /** An area is found when it shares ground with the scope: a community's coordinator finds the community and its sub-district. */
    private static String areaScope(ReadScope scope) {
        return scope.equals(ReadScope.EVERYTHING) ? "" : " AND EXISTS (SELECT 1 FROM unnest(CAST(:scopePrefixes AS text[])) p"
                + " WHERE starts_with(a.code, p) OR starts_with(p, a.code))";
    }

    private static Hit hit(ResultSet rs, int row) throws SQLException {
        String kind = rs.getString("kind");
        String context = Stream.of(rs.getString("district_name"), rs.getString("sub_district_name"),
                        rs.getString("community_name"), rs.getString("grid_name"), rs.getString("address"))
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" · "));
        double[] bbox = rs.getObject(9) == null ? null
                : new double[] {rs.getDouble(9), rs.getDouble(10), rs.getDouble(11), rs.getDouble(12)};
        return new Hit(kind, rs.getString("code"), rs.getString("name"), context, bbox);
    }
}
