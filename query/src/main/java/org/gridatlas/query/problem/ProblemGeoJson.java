package org.gridatlas.query.problem;

import java.util.List;
import java.util.Optional;

import org.gridatlas.geodata.geometry.BoundingBox;
import org.gridatlas.query.system.AsOf;
import org.gridatlas.query.system.ReadScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads problems as GeoJSON points; PostGIS writes each feature. */
@Repository
class ProblemGeoJson {

    /** What the map shows per problem: its status and category colour and label it. */
    private static final String FEATURE = """
            json_build_object(
                'type', 'Feature',
                'id', p.problem_id,
                'geometry', ST_AsGeoJSON(p.location, 7)::json,
                'properties', json_build_object(
                    'status', CASE WHEN p.resolved_on IS NULL THEN 'OPEN' ELSE 'RESOLVED' END,
                    'category', p.category,
                    'foundThrough', p.found_through,
                    'description', p.description,
                    'foundOn', p.found_on,
                    'resolvedOn', p.resolved_on,
                    'meetingId', p.meeting_id,
                    'reopenings', p.reopenings,
                    'districtCode', p.district_code,
                    'subDistrictCode', p.sub_district_code,
                    'communityCode', p.community_code,
                    'compoundId', p.compound_id,
                    'compoundName', (SELECT c.name FROM readmodel.compound c WHERE c.compound_id = p.compound_id),
                    'gridCode', p.grid_code,
                    'reportedAt', to_char(p.reported_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                    'version', p.version))::text
            """;

    private final JdbcClient jdbc;

    ProblemGeoJson(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** At most {@code limit + 1} features, so the caller can tell that the box held more. */
    List<String> featuresIn(BoundingBox box, int limit, ReadScope scope, AsOf asOf) {
        return asOf.bind(jdbc.sql(asOf.sql("SELECT " + FEATURE + """
                        FROM readmodel.problem p
                        WHERE p.location && ST_MakeEnvelope(:minLon, :minLat, :maxLon, :maxLat, 4326)"""
                        + scope.sqlFilter("p.community_code") + """

                        ORDER BY p.found_on DESC, p.problem_id
                        LIMIT :limit
                        """)))
                .param(ReadScope.SQL_PARAMETER, scope.sqlPatterns())
                .param("minLon", box.minLon()).param("minLat", box.minLat())
                .param("maxLon", box.maxLon()).param("maxLat", box.maxLat())
                .param("limit", limit + 1)
                .query(String.class).list();
    }

    /** The problem, when it exists and lies in the reader's scope. */
    Optional<String> feature(String problemId, ReadScope scope) {
        return jdbc.sql("SELECT " + FEATURE + " FROM readmodel.problem p WHERE p.problem_id = :id"
                        + scope.sqlFilter("p.community_code"))
                .param("id", problemId)
                .param(ReadScope.SQL_PARAMETER, scope.sqlPatterns())
                .query(String.class).optional();
    }
}
