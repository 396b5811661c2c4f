package org.gridatlas;

import java.util.ArrayList;
import java.util.List;

import org.gridatlas.geodata.geometry.Wgs84;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/** Turns the WKT polygons of commands back into the GeoJSON an API client sends. */
public final class GeoJsonPolygons {

    private GeoJsonPolygons() {
    }

    /** A GeoJSON Polygon geometry as a tree of lists, ready for a JSON mapper. */
    public static Object fromWkt(String wkt) {
        Polygon polygon = Wgs84.polygonFromWkt(wkt, "wkt");
        List<Object> rings = new ArrayList<>();
        rings.add(ring(polygon.getExteriorRing()));
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            rings.add(ring(polygon.getInteriorRingN(i)));
        }
        return java.util.Map.of("type", "Polygon", "coordinates", rings);
    }

    private static List<double[]> ring(LinearRing ring) {
        List<double[]> positions = new ArrayList<>();
        for (Coordinate c : ring.getCoordinates()) {
            positions.add(new double[] {c.x, c.y});
        }
        return positions;
    }
}
