package org.gridatlas.query.system;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import org.gridatlas.geodata.geometry.BoundingBox;

import io.swagger.v3.oas.annotations.media.Schema;

/** The box around a layer's features, for a map's first view. */
public record Extent(@Schema(description = "minLon,minLat,maxLon,maxLat, or null without features") double[] bbox) {

    public static Extent of(Optional<BoundingBox> box) {
        return new Extent(box.map(b -> new double[] {b.minLon(), b.minLat(), b.maxLon(), b.maxLat()}).orElse(null));
    }

    /**
     * The query for the box around the boundaries of {@code table}'s rows that
     * match {@code condition}, read with {@link #box}; no row when none match.
     * Both are constants of the caller, never input.
     */
    public static String sql(String table, String condition) {
        return """
                SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e)
                FROM (SELECT ST_Extent(boundary) AS e FROM %s WHERE %s) extent
                WHERE e IS NOT NULL""".formatted(table, condition);
    }

    public static BoundingBox box(ResultSet rs, int row) throws SQLException {
        return new BoundingBox(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4));
    }
}
