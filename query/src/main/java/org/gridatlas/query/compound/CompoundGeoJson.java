package org.gridatlas.query.compound;

import java.util.List;
import java.util.Optional;

import org.gridatlas.geodata.geometry.BoundingBox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads compounds as GeoJSON. PostGIS writes each feature; Java only joins
 * them, which keeps a 1,000-feature response in the low milliseconds.
 */
@Repository
class CompoundGeoJson {

    /** Timestamps leave the database in UTC; screens convert to Asia/Shanghai. */
    private static final String FEATURE = """
            json_build_object(
                'type', 'Feature',
                'id', compound_id,
                'geometry', ST_AsGeoJSON(boundary, 7)::json,
                'properties', json_build_object(
                    'name', name,
                    'households', households,
                    'managementMode', management_mode,
                    'registeredAt', to_char(registered_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                    'version', version))::text
            """;

    private final JdbcClient jdbc;

    CompoundGeoJson(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** At most {@code limit + 1} features, so the caller can tell that the box held more. */
    List<String> featuresIn(BoundingBox box, int limit) {
        return jdbc.sql("SELECT " + FEATURE + """
                        FROM readmodel.compound
                        WHERE boundary && ST_MakeEnvelope(:minLon, :minLat, :maxLon, :maxLat, 4326)
                        ORDER BY compound_id
                        LIMIT :limit
                        """)
                .param("minLon", box.minLon())
                .param("minLat", box.minLat())
                .param("maxLon", box.maxLon())
                .param("maxLat", box.maxLat())
                .param("limit", limit + 1)
                .query(String.class)
                .list();
    }

    Optional<String> feature(String compoundId) {
        return jdbc.sql("SELECT " + FEATURE + " FROM readmodel.compound WHERE compound_id = :id")
                .param("id", compoundId)
                .query(String.class)
                .optional();
    }

    /** The box around every compound, or empty when none is registered. */
    Optional<BoundingBox> extent() {
        return jdbc.sql("""
                        SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e)
                        FROM (SELECT ST_Extent(boundary) AS e FROM readmodel.compound) extent
                        WHERE e IS NOT NULL
                        """)
                .query((rs, row) -> new BoundingBox(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)))
                .optional();
    }
}
