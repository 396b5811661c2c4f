package org.gridatlas.geodata.geometry;

import java.util.ArrayList;
import java.util.List;

/**
 * A longitude/latitude rectangle in EPSG:4326, as map clients send it:
 * {@code minLon,minLat,maxLon,maxLat}.
 */
public record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {

    public BoundingBox {
        List<GeometryProblem> problems = new ArrayList<>();
        check(problems, "minLon", minLon, 180);
        check(problems, "maxLon", maxLon, 180);
        check(problems, "minLat", minLat, 90);
        check(problems, "maxLat", maxLat, 90);
        if (problems.isEmpty() && (minLon > maxLon || minLat > maxLat)) {
            problems.add(new GeometryProblem("bbox", "minimum must not exceed maximum"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidGeometryException(problems);
        }
    }

    /** Parses {@code minLon,minLat,maxLon,maxLat}; problems are reported under {@code field}. */
    public static BoundingBox parse(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidGeometryException(field, "is required, as minLon,minLat,maxLon,maxLat");
        }
        String[] parts = text.split(",", -1);
        if (parts.length != 4) {
            throw new InvalidGeometryException(field, "must have four numbers minLon,minLat,maxLon,maxLat");
        }
        double[] values = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                values[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new InvalidGeometryException(field, "'" + parts[i].trim() + "' is not a number");
            }
        }
        try {
            return new BoundingBox(values[0], values[1], values[2], values[3]);
        } catch (InvalidGeometryException e) {
            throw new InvalidGeometryException(e.problems().stream()
                    .map(p -> new GeometryProblem(field, p.field() + " " + p.reason()))
                    .toList());
        }
    }

    private static void check(List<GeometryProblem> problems, String name, double value, int limit) {
        if (!Double.isFinite(value) || value < -limit || value > limit) {
            problems.add(new GeometryProblem(name, "must be a number between " + -limit + " and " + limit));
        }
    }
}
