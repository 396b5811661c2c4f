package org.gridatlas.geodata.geometry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Checks that parts divide a whole without gaps or overlaps, as micro-grids
 * must divide their grid. Neighbouring parts must share their common edge
 * vertex for vertex (a clean coverage, which JTS's {@link CoverageValidator}
 * checks); the parts together must then cover the whole and nothing outside it.
 */
public final class PartitionValidator {

    /** Slivers between neighbours narrower than this (degrees, about 1 m) count as gaps. */
    public static final double SLIVER_WIDTH = 1e-5;
    /**
     * Differences smaller than this are digitising noise, not gaps: one unit of
     * the seventh decimal along a 300 m edge is already about 1.5 m².
     */
    public static final double TOLERANCE_SQUARE_METRES = 5.0;

    private PartitionValidator() {
    }

    /**
     * @param whole      the area to divide, already valid
     * @param parts      the division, in request order
     * @param partField  the request path of part {@code i}, for problems about one part
     * @param partsField the request path of the whole list, for problems about all of them
     */
    public static List<GeometryProblem> problems(Polygon whole, List<Polygon> parts,
                                                 IntFunction<String> partField, String partsField) {
        List<GeometryProblem> problems = new ArrayList<>();
        if (parts.isEmpty()) {
            problems.add(new GeometryProblem(partsField, "must hold at least one part"));
            return problems;
        }
        for (int i = 0; i < parts.size(); i++) {
            problems.addAll(BoundaryValidator.problems(parts.get(i), partField.apply(i)));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        Geometry[] coverage = parts.toArray(Geometry[]::new);
        Geometry[] invalidEdges = CoverageValidator.validate(coverage, SLIVER_WIDTH);
        for (int i = 0; i < invalidEdges.length; i++) {
            if (invalidEdges[i] != null) {
                problems.add(new GeometryProblem(partField.apply(i), "overlaps a neighbour or does not share "
                        + "its edge vertex for vertex, near " + format(invalidEdges[i].getCoordinate())));
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        for (int i = 0; i < parts.size(); i++) {
            Geometry outside = parts.get(i).difference(whole);
            if (Wgs84.approximateSquareMetres(outside) > TOLERANCE_SQUARE_METRES) {
                problems.add(new GeometryProblem(partField.apply(i), String.format(Locale.ROOT,
                        "extends %.0f m² beyond the area it divides, near %s",
                        Wgs84.approximateSquareMetres(outside), format(outside.getInteriorPoint().getCoordinate()))));
            }
        }
        Geometry gap = whole.difference(CoverageUnion.union(coverage));
        if (Wgs84.approximateSquareMetres(gap) > TOLERANCE_SQUARE_METRES) {
            problems.add(new GeometryProblem(partsField, String.format(Locale.ROOT,
                    "leave a gap of %.0f m² uncovered, near %s",
                    Wgs84.approximateSquareMetres(gap), format(gap.getInteriorPoint().getCoordinate()))));
        }
        return problems;
    }

    public static void requireValid(Polygon whole, List<Polygon> parts, IntFunction<String> partField, String partsField) {
        List<GeometryProblem> problems = problems(whole, parts, partField, partsField);
        if (!problems.isEmpty()) {
            throw new InvalidGeometryException(problems);
        }
    }

    private static String format(Coordinate c) {
        return String.format(Locale.ROOT, "(%.7f %.7f)", c.x, c.y);
    }
}
