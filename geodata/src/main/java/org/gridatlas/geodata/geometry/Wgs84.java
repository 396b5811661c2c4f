package org.gridatlas.geodata.geometry;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;

/**
 * Geometries in EPSG:4326, longitude first. Coordinates are kept to 7 decimals
 * (about 1 cm): finer digits are survey noise and would only bloat events.
 */
public final class Wgs84 {

    public static final int SRID = 4326;
    public static final PrecisionModel PRECISION = new PrecisionModel(1e7);
    public static final GeometryFactory FACTORY = new GeometryFactory(PRECISION, SRID);

    private Wgs84() {
    }

    /** Reads a WKT polygon written by {@link #toWkt}; the result is not yet validated. */
    public static Polygon polygonFromWkt(String wkt, String field) {
        return fromWkt(wkt, field, Polygon.class);
    }

    /** Reads a WKT polygon or multipolygon written by {@link #toWkt}; the result is not yet validated. */
    public static Geometry polygonalFromWkt(String wkt, String field) {
        Geometry geometry = fromWkt(wkt, field, Geometry.class);
        if (geometry instanceof Polygon || geometry instanceof org.locationtech.jts.geom.MultiPolygon) {
            return geometry;
        }
        throw new InvalidGeometryException(field, "must be a Polygon or a MultiPolygon, was " + geometry.getGeometryType());
    }

    /** Reads a WKT point written by {@link #toWkt}; the result is not yet validated. */
    public static Point pointFromWkt(String wkt, String field) {
        return fromWkt(wkt, field, Point.class);
    }

    /** Reads a WKT line string written by {@link #toWkt}; the result is not yet validated. */
    public static LineString lineStringFromWkt(String wkt, String field) {
        return fromWkt(wkt, field, LineString.class);
    }

    private static <G extends Geometry> G fromWkt(String wkt, String field, Class<G> type) {
        if (wkt == null || wkt.isBlank()) {
            throw new InvalidGeometryException(field, "is required");
        }
        try {
            Geometry geometry = new WKTReader(FACTORY).read(wkt);
            if (type.isInstance(geometry)) {
                return type.cast(geometry);
            }
            throw new InvalidGeometryException(field, "must be a " + type.getSimpleName() + ", was " + geometry.getGeometryType());
        } catch (ParseException e) {
            throw new InvalidGeometryException(field, "is not valid WKT: " + e.getMessage());
        }
    }

    public static String toWkt(Geometry geometry) {
        return new WKTWriter(2).write(geometry);
    }

    /**
     * Area in square metres, close enough to report a gap or an overlap to a
     * person (within a few per cent at the latitudes of China); not for surveying.
     */
    public static double approximateSquareMetres(Geometry geometry) {
        if (geometry.isEmpty()) {
            return 0;
        }
        double latitude = geometry.getCentroid().getY();
        return geometry.getArea() * METRES_PER_DEGREE * METRES_PER_DEGREE * Math.cos(Math.toRadians(latitude));
    }

    private static final double METRES_PER_DEGREE = 111_320;
}
