package org.gridatlas.geodata.geojson;

import java.util.ArrayList;
import java.util.List;

import org.gridatlas.geodata.geometry.BoundaryValidator;
import org.gridatlas.geodata.geometry.GeometryProblem;
import org.gridatlas.geodata.geometry.InvalidGeometryException;
import org.gridatlas.geodata.geometry.LocationValidator;
import org.gridatlas.geodata.geometry.Wgs84;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

import tools.jackson.databind.JsonNode;

/**
 * Reads GeoJSON Polygon, MultiPolygon, Point and LineString geometries into validated JTS geometries in EPSG:4326.
 * <p>
 * JTS's own GeoJSON reader stops at the first fault with a parser message; an
 * office correcting a boundary needs every fault with the position it sits at,
 * so the structure is walked here and the topology is left to
 * {@link BoundaryValidator}.
 */
public final class GeoJsonGeometryReader {

    /** Enough to show what is wrong without flooding a response for a broken file. */
    private static final int MAX_PROBLEMS = 20;

    private GeoJsonGeometryReader() {
    }

    /**
     * @param node  the geometry member, may be {@code null} when absent
     * @param field the member's path in the request, used in every problem
     */
    public static Polygon readPolygon(JsonNode node, String field) {
        List<GeometryProblem> problems = new ArrayList<>();
        Polygon polygon = structure(node, field, problems);
        if (!problems.isEmpty()) {
            throw new InvalidGeometryException(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
        }
        return BoundaryValidator.requireValid(polygon, field);
    }

    /**
     * Reads the boundary of an area of the hierarchy (a sub-district or a
     * community): a GeoJSON Polygon, or a MultiPolygon for an area in several
     * pieces, each piece held to the same rules as a single polygon.
     *
     * @param node  the geometry member, may be {@code null} when absent
     * @param field the member's path in the request, used in every problem
     */
    public static Geometry readPolygonal(JsonNode node, String field) {
        JsonNode type = node == null || !node.isObject() ? null : node.get("type");
        if (type != null && type.isString() && !"MultiPolygon".equals(type.stringValue())
                && !"Polygon".equals(type.stringValue())) {
            throw new InvalidGeometryException(field + ".type",
                    "must be \"Polygon\" or \"MultiPolygon\", was \"" + type.stringValue() + "\"");
        }
        if (type == null || !type.isString() || !"MultiPolygon".equals(type.stringValue())) {
            return readPolygon(node, field);
        }
        List<GeometryProblem> problems = new ArrayList<>();
        JsonNode pieces = node.get("coordinates");
        String path = field + ".coordinates";
        if (pieces == null || !pieces.isArray() || pieces.isEmpty()) {
            throw new InvalidGeometryException(path, "is required and must be a non-empty array of polygons");
        }
        int positions = 0;
        for (JsonNode piece : pieces) {
            for (JsonNode ring : piece) {
                positions += ring.isArray() ? ring.size() : 0;
            }
        }
        if (positions > BoundaryValidator.MAX_POSITIONS) {
            throw new InvalidGeometryException(path, "has " + positions + " positions, more than the "
                    + BoundaryValidator.MAX_POSITIONS + " a boundary may have");
        }
        List<Polygon> built = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            Polygon piece = rings(pieces.get(i), path + "[" + i + "]", problems);
            if (piece != null) {
                built.add(piece);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidGeometryException(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
        }
        MultiPolygon multi = Wgs84.FACTORY.createMultiPolygon(built.toArray(Polygon[]::new));
        return BoundaryValidator.requireValid(multi, field);
    }

    /**
     * Reads a GeoJSON Point, such as where a problem was found, into a point in
     * EPSG:4326 kept to seven decimals and lying within China.
     *
     * @param node  the geometry member, may be {@code null} when absent
     * @param field the member's path in the request, used in every problem
     */
    public static Point readPoint(JsonNode node, String field) {
        List<GeometryProblem> problems = new ArrayList<>();
        Coordinate position = null;
        if (isGeometry(node, field, "Point", problems)) {
            JsonNode coordinates = node.get("coordinates");
            if (coordinates == null) {
                problems.add(new GeometryProblem(field + ".coordinates", "is required and must be a position [longitude, latitude]"));
            } else {
                position = position(coordinates, field + ".coordinates", problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidGeometryException(problems);
        }
        return LocationValidator.requireValid(Wgs84.FACTORY.createPoint(position), field);
    }

    /**
     * Reads a GeoJSON LineString, such as a line to cut a micro-grid along, into
     * a line in EPSG:4326 kept to seven decimals: every position within China,
     * at least two distinct positions.
     *
     * @param node  the geometry member, may be {@code null} when absent
     * @param field the member's path in the request, used in every problem
     */
    public static LineString readLineString(JsonNode node, String field) {
        List<GeometryProblem> problems = new ArrayList<>();
        List<Coordinate> positions = new ArrayList<>();
        if (isGeometry(node, field, "LineString", problems)) {
            JsonNode coordinates = node.get("coordinates");
            String path = field + ".coordinates";
            if (coordinates == null || !coordinates.isArray()) {
                problems.add(new GeometryProblem(path, "is required and must be an array of positions"));
            } else if (coordinates.size() > BoundaryValidator.MAX_POSITIONS) {
                problems.add(new GeometryProblem(path, "has " + coordinates.size() + " positions, more than the "
                        + BoundaryValidator.MAX_POSITIONS + " a line may have"));
            } else {
                for (int i = 0; i < coordinates.size() && problems.size() < MAX_PROBLEMS; i++) {
                    String at = path + "[" + i + "]";
                    Coordinate c = position(coordinates.get(i), at, problems);
                    if (c != null) {
                        problems.addAll(LocationValidator.problems(Wgs84.FACTORY.createPoint(c), at));
                        if (positions.isEmpty() || !positions.get(positions.size() - 1).equals2D(c)) {
                            positions.add(c);
                        }
                    }
                }
                if (problems.isEmpty() && positions.size() < 2) {
                    problems.add(new GeometryProblem(path, "must hold at least two distinct positions"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidGeometryException(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
        }
        return Wgs84.FACTORY.createLineString(positions.toArray(Coordinate[]::new));
    }

    /** Whether the node is a GeoJSON geometry object of the given type; records why not. */
    private static boolean isGeometry(JsonNode node, String field, String expected, List<GeometryProblem> problems) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            problems.add(new GeometryProblem(field, "is required"));
            return false;
        }
        if (!node.isObject()) {
            problems.add(new GeometryProblem(field, "must be a GeoJSON geometry object"));
            return false;
        }
        JsonNode type = node.get("type");
        if (type == null || !type.isString()) {
            problems.add(new GeometryProblem(field + ".type", "is required and must be \"" + expected + "\""));
            return false;
        }
        if (!expected.equals(type.stringValue())) {
            problems.add(new GeometryProblem(field + ".type", "must be \"" + expected + "\", was \"" + type.stringValue() + "\""));
            return false;
        }
        return true;
    }

    private static Polygon structure(JsonNode node, String field, List<GeometryProblem> problems) {
        if (!isGeometry(node, field, "Polygon", problems)) {
            return null;
        }
        return rings(node.get("coordinates"), field + ".coordinates", problems);
    }

    /** A polygon from its array of linear rings at {@code path}, or null with the problems recorded. */
    private static Polygon rings(JsonNode rings, String path, List<GeometryProblem> problems) {
        if (rings == null || !rings.isArray()) {
            problems.add(new GeometryProblem(path, "is required and must be an array of linear rings"));
            return null;
        }
        if (rings.isEmpty()) {
            problems.add(new GeometryProblem(path, "must hold at least the outer ring"));
            return null;
        }
        int positions = 0;
        for (JsonNode ring : rings) {
            positions += ring.isArray() ? ring.size() : 0;
        }
        if (positions > BoundaryValidator.MAX_POSITIONS) {
            // counted before any ring is built: a huge upload costs no more than reading it
            problems.add(new GeometryProblem(path, "has " + positions + " positions, more than the "
                    + BoundaryValidator.MAX_POSITIONS + " a polygon may have"));
            return null;
        }
        int before = problems.size();
        List<LinearRing> built = new ArrayList<>();
        for (int r = 0; r < rings.size(); r++) {
            LinearRing ring = ring(rings.get(r), path + "[" + r + "]", problems);
            if (ring != null) {
                built.add(ring);
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return Wgs84.FACTORY.createPolygon(built.get(0), built.subList(1, built.size()).toArray(LinearRing[]::new));
    }

    private static LinearRing ring(JsonNode node, String path, List<GeometryProblem> problems) {
        if (!node.isArray()) {
            problems.add(new GeometryProblem(path, "must be an array of positions"));
            return null;
        }
        int before = problems.size();
        Coordinate[] coordinates = new Coordinate[node.size()];
        for (int i = 0; i < node.size(); i++) {
            coordinates[i] = position(node.get(i), path + "[" + i + "]", problems);
        }
        if (problems.size() > before) {
            return null;
        }
        if (coordinates.length < 4) {
            problems.add(new GeometryProblem(path, "must have at least four positions, has " + coordinates.length));
            return null;
        }
        if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
            problems.add(new GeometryProblem(path, "is not closed: the last position must equal the first"));
            return null;
        }
        return Wgs84.FACTORY.createLinearRing(coordinates);
    }

    private static Coordinate position(JsonNode node, String path, List<GeometryProblem> problems) {
        if (!node.isArray() || node.size() < 2 || node.size() > 3) {
            problems.add(new GeometryProblem(path, "must be a position [longitude, latitude]"));
            return null;
        }
        Double lon = number(node.get(0), path + "[0]", 180, "longitude", problems);
        Double lat = number(node.get(1), path + "[1]", 90, "latitude", problems);
        if (lon == null || lat == null) {
            return null;
        }
        Coordinate c = new Coordinate(lon, lat);
        Wgs84.PRECISION.makePrecise(c);
        return c;
    }

    private static Double number(JsonNode node, String path, int limit, String what, List<GeometryProblem> problems) {
        if (!node.isNumber()) {
            problems.add(new GeometryProblem(path, what + " must be a number"));
            return null;
        }
        double value = node.doubleValue();
        if (!Double.isFinite(value)) {
            problems.add(new GeometryProblem(path, what + " must be a finite number"));
            return null;
        }
        if (value < -limit || value > limit) {
            problems.add(new GeometryProblem(path, what + " must be between " + -limit + " and " + limit + ", was " + value));
            return null;
        }
        return value;
    }
}
