package org.gridatlas.geodata.geojson;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/** Writes JTS geometries as GeoJSON geometry objects, 7 decimals, no {@code crs} member (RFC 7946). */
public final class GeoJsonGeometryWriter {

    private GeoJsonGeometryWriter() {
    }

    public static String write(Geometry geometry) {
        GeoJsonWriter writer = new GeoJsonWriter(7);
        writer.setEncodeCRS(false);
        return writer.write(geometry);
    }
}
