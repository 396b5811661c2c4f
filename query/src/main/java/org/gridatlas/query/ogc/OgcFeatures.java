package org.gridatlas.query.ogc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gridatlas.query.system.AsOf;
import org.gridatlas.query.system.ReadScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads a page of a collection in one statement: the page's ids with the
 * number matched ({@code count(*) OVER ()}) first, then the features of only
 * those rows, written by PostGIS in the asked CRS.
 */
@Repository
class OgcFeatures {

    record Page(long matched, List<String> features) {
    }

    private final JdbcClient jdbc;

    OgcFeatures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page page(OgcItemsQuery query, ReadScope scope) {
        OgcCollection c = query.collection();
        List<String> conditions = new ArrayList<>(List.of(c.condition()));
        if (query.bbox() != null) {
            conditions.add(c.geometry() + " && " + query.bboxCrs().envelopeToStorage());
        }
        query.filters().forEach((name, value) -> {
            OgcCollection.Queryable q = c.queryables().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
            conditions.add(q.type().equals("boolean")
                    ? (value.equals("true") ? "" : "NOT ") + "(" + q.column() + ")"
                    : q.column() + " = :q_" + name);
        });
        String sql = "WITH page AS (SELECT " + c.idColumn() + " AS id, count(*) OVER () AS matched FROM " + c.from()
                + " WHERE " + String.join(" AND ", conditions) + scope.sqlFilter(c.scopeColumn())
                + " ORDER BY 1 LIMIT :limit OFFSET :offset)" + c.stats()
                + " SELECT page.matched, " + feature(c, query.crs()) + " FROM page JOIN " + c.from()
                + " ON " + c.idColumn() + " = page.id" + c.statsJoins() + " ORDER BY page.id";
        JdbcClient.StatementSpec statement = bind(jdbc.sql(query.asOf().sql(sql)), query.asOf(), scope)
                .param("limit", query.limit()).param("offset", query.offset());
        if (query.bbox() != null) {
            double[] b = query.bbox();
            statement = statement.param("bboxMinX", b[0]).param("bboxMinY", b[1]).param("bboxMaxX", b[2])
                    .param("bboxMaxY", b[3]);
        }
        for (var filter : query.filters().entrySet()) {
            statement = statement.param("q_" + filter.getKey(), filter.getValue());
        }
        long[] matched = {-1};
        List<String> features = statement.query((rs, n) -> {
            matched[0] = rs.getLong(1);
            return rs.getString(2);
        }).list();
        if (features.isEmpty()) {
            matched[0] = query.offset() == 0 ? 0 : -1; // beyond the last page: unknown without another count
        }
        return new Page(matched[0], features);
    }

    Optional<String> feature(OgcCollection c, String id, OgcCrs crs, AsOf asOf, ReadScope scope) {
        // the same shape as a page of one, so the collection's figures join the same way
        String sql = "WITH page AS (SELECT CAST(:id AS text) AS id)" + c.stats()
                + " SELECT " + feature(c, crs) + " FROM page JOIN " + c.from()
                + " ON " + c.idColumn() + " = page.id" + c.statsJoins()
                + " WHERE " + c.condition() + scope.sqlFilter(c.scopeColumn());
        return bind(jdbc.sql(asOf.sql(sql)), asOf, scope).param("id", id).query(String.class).optional();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, AsOf asOf, ReadScope scope) {
        return asOf.bind(statement).param(ReadScope.SQL_PARAMETER, scope.sqlPatterns());
    }

    private static String feature(OgcCollection c, OgcCrs crs) {
        // options 0: no "crs" member, the CRS is in Content-Crs as Part 2 says
        return "json_build_object('type', 'Feature', 'id', page.id, 'geometry', ST_AsGeoJSON("
                + crs.fromStorage(c.geometry()) + ", " + crs.digits + ", 0)::json, 'properties', json_build_object("
                + c.properties() + "))::text";
    }
}
