package org.gridatlas.geodata.geometry;

import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;

/**
 * The rules every stored location obeys: a point, not empty, whose longitude
 * and latitude lie within China's extent (see {@link BoundaryValidator#CHINA}),
 * the same coarse check boundaries get.
 */
public final class LocationValidator {

    private LocationValidator() {
    }

    public static List<GeometryProblem> problems(Point point, String field) {
        if (point == null || point.isEmpty()) {
            return List.of(new GeometryProblem(field, "is required"));
        }
        Coordinate c = point.getCoordinate();
        if (!BoundaryValidator.isLongitudeAndLatitude(c)) {
            return List.of(BoundaryValidator.notLongitudeAndLatitude(c, field));
        }
        if (!BoundaryValidator.CHINA.contains(c)) {
            return List.of(BoundaryValidator.outsideChina(c, field));
        }
        return List.of();
    }

    /** Throws {@link InvalidGeometryException} naming {@code field} when a rule is broken. */
    public static Point requireValid(Point point, String field) {
        List<GeometryProblem> problems = problems(point, field);
        if (!problems.isEmpty()) {
            throw new InvalidGeometryException(problems);
        }
        return point;
    }
}
