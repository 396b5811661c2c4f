package org.gridatlas.geodata.geometry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * The rules every stored boundary obeys: coordinates are longitudes and
 * latitudes within China, the polygon is valid in the OGC sense (no
 * self-intersection, holes inside the shell) and it encloses an area. Structural rules (closed
 * rings, enough positions) are the readers' business, because only they see
 * the input before JTS would refuse to build it.
 */
public final class BoundaryValidator {

    /** More positions than this is a traced scan, not a compound or grid boundary. */
    public static final int MAX_POSITIONS = 10_000;
    /**
     * China's extent: the mainland, Hainan and the South China Sea islands. A
     * boundary outside it is a typing error (swapped axes, a dropped digit) or
     * a test file. It is the coarsest check there is: once districts, streets
     * and communities get boundaries of their own, each area checks that what
     * it holds lies within its own outline.
     */
    public static final Envelope CHINA = new Envelope(73.4, 135.1, 3.8, 53.6);

    private BoundaryValidator() {
    }

    /** Throws {@link InvalidGeometryException} naming {@code field} when a rule is broken. */
    public static Polygon requireValid(Polygon polygon, String field) {
        List<GeometryProblem> problems = problems(polygon, field);
        if (!problems.isEmpty()) {
            throw new InvalidGeometryException(problems);
        }
        return polygon;
    }

    /**
     * The same rules for the boundary of an area in several pieces: each piece
     * as a polygon (named {@code field[i]}), and the pieces may not overlap.
     */
    public static MultiPolygon requireValid(MultiPolygon pieces, String field) {
        List<GeometryProblem> problems = new ArrayList<>();
        for (int i = 0; i < pieces.getNumGeometries() && problems.isEmpty(); i++) {
            problems.addAll(problems((Polygon) pieces.getGeometryN(i), field + "[" + i + "]"));
        }
        if (problems.isEmpty()) {
            TopologyValidationError error = new IsValidOp(pieces).getValidationError();
            if (error != null) {
                problems.add(new GeometryProblem(field, "has pieces that overlap or touch along a line: "
                        + describe(error)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidGeometryException(problems);
        }
        return pieces;
    }

    /** A boundary read from WKT: a polygon, or a multipolygon for an area in several pieces. */
    public static Geometry requireValidPolygonal(Geometry boundary, String field) {
        if (boundary instanceof Polygon polygon) {
            return requireValid(polygon, field);
        }
        if (boundary instanceof MultiPolygon pieces) {
            return requireValid(pieces, field);
        }
        throw new InvalidGeometryException(field, "must be a Polygon or a MultiPolygon, was " + boundary.getGeometryType());
    }

    public static List<GeometryProblem> problems(Polygon polygon, String field) {
        List<GeometryProblem> problems = new ArrayList<>();
        if (polygon.isEmpty()) {
            problems.add(new GeometryProblem(field, "must not be empty"));
            return problems;
        }
        if (polygon.getNumPoints() > MAX_POSITIONS) {
            problems.add(new GeometryProblem(field, "has " + polygon.getNumPoints()
                    + " positions, more than the " + MAX_POSITIONS + " a polygon may have"));
            return problems;
        }
        for (Coordinate c : polygon.getCoordinates()) {
            if (!isLongitudeAndLatitude(c)) {
                problems.add(notLongitudeAndLatitude(c, field));
                return problems;
            }
        }
        for (Coordinate c : polygon.getCoordinates()) {
            if (!CHINA.contains(c)) {
                problems.add(outsideChina(c, field));
                return problems;
            }
        }
        TopologyValidationError error = new IsValidOp(polygon).getValidationError();
        if (error != null) {
            problems.add(new GeometryProblem(field, describe(error)));
            return problems;
        }
        if (polygon.getArea() == 0) {
            problems.add(new GeometryProblem(field, "encloses no area"));
        }
        return problems;
    }

    static boolean isLongitudeAndLatitude(Coordinate c) {
        return Double.isFinite(c.x) && c.x >= -180 && c.x <= 180 && Double.isFinite(c.y) && c.y >= -90 && c.y <= 90;
    }

    static GeometryProblem notLongitudeAndLatitude(Coordinate c, String field) {
        return new GeometryProblem(field, "position " + format(c) + " is not a longitude in [-180, 180] and a latitude in [-90, 90]");
    }

    static GeometryProblem outsideChina(Coordinate c, String field) {
        return new GeometryProblem(field, "position " + format(c) + " lies outside China (longitude "
                + CHINA.getMinX() + " to " + CHINA.getMaxX() + ", latitude " + CHINA.getMinY() + " to " + CHINA.getMaxY() + ")");
    }

    private static String describe(TopologyValidationError error) {
        String what = switch (error.getErrorType()) {
            case TopologyValidationError.SELF_INTERSECTION, TopologyValidationError.RING_SELF_INTERSECTION ->
                    "is self-intersecting";
            case TopologyValidationError.HOLE_OUTSIDE_SHELL -> "has a hole outside its outer ring";
            case TopologyValidationError.NESTED_HOLES -> "has a hole inside another hole";
            case TopologyValidationError.DISCONNECTED_INTERIOR -> "has holes that cut its interior apart";
            case TopologyValidationError.TOO_FEW_POINTS -> "has a ring with fewer than four distinct positions";
            case TopologyValidationError.RING_NOT_CLOSED -> "has a ring that is not closed";
            case TopologyValidationError.INVALID_COORDINATE -> "has an invalid coordinate";
            default -> "is not a valid polygon (" + error.getMessage() + ")";
        };
        Coordinate at = error.getCoordinate();
        return at == null ? what : what + " at " + format(at);
    }

    private static String format(Coordinate c) {
        return String.format(Locale.ROOT, "(%s %s)", c.x, c.y);
    }
}
