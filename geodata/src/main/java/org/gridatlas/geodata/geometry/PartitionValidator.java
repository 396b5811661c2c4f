package org.gridatlas.geodata.geometry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

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

    public static final String OVERLAP = "micro-grids-overlap";
    public static final String GAP = "micro-grids-gap";
    public static final String OUTSIDE = "micro-grid-outside-grid";
    public static final String EDGE_MISMATCH = "micro-grids-edge-mismatch";

    /**
     * @param whole      the area to divide, already valid
     * @param parts      the division, in request order
     * @param partField  the request path of part {@code i}, for problems about one part
     * @param partsField the request path of the whole list, for problems about all of them
     */
    public static List<GeometryProblem> problems(Polygon whole, List<Polygon> parts,
                                                 IntFunction<String> partField, String partsField) {
        return problems(whole, parts, partField, partField, partsField);
    }

    /**
     * Each problem carries the offending piece (the overlap, the gap, the part
     * outside), so that it is reported where it is rather than at some corner.
     * Overlaps, gaps and parts outside come first; only a division free of them
     * is checked for neighbours whose shared edges differ in their vertices.
     *
     * @param partName how a problem names part {@code i} to the user, e.g. by its code
     */
    public static List<GeometryProblem> problems(Polygon whole, List<Polygon> parts, IntFunction<String> partField,
                                                 IntFunction<String> partName, String partsField) {
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
        for (int i = 0; i < parts.size(); i++) {
            for (int j = i + 1; j < parts.size(); j++) {
                Polygon a = parts.get(i);
                Polygon b = parts.get(j);
                if (!a.getEnvelopeInternal().intersects(b.getEnvelopeInternal())) {
                    continue;
                }
                Geometry overlap = a.intersection(b);
                double area = Wgs84.approximateSquareMetres(overlap);
                if (area > TOLERANCE_SQUARE_METRES) {
                    Geometry piece = polygonal(overlap);
                    problems.add(new GeometryProblem(partField.apply(i), overlapReason(partName.apply(j), area, piece), OVERLAP, piece));
                    problems.add(new GeometryProblem(partField.apply(j), overlapReason(partName.apply(i), area, piece), OVERLAP, piece));
                }
            }
        }
        for (int i = 0; i < parts.size(); i++) {
            Geometry outside = parts.get(i).difference(whole);
            double area = Wgs84.approximateSquareMetres(outside);
            if (area > TOLERANCE_SQUARE_METRES) {
                Geometry piece = polygonal(outside);
                problems.add(new GeometryProblem(partField.apply(i), String.format(Locale.ROOT,
                        "extends %.0f m² beyond the area it divides, near %s", area, near(piece)), OUTSIDE, piece));
            }
        }
        Geometry covered = Wgs84.FACTORY.createGeometryCollection(parts.toArray(Geometry[]::new)).union();
        Geometry gaps = whole.difference(covered);
        for (int g = 0; g < gaps.getNumGeometries(); g++) {
            Geometry gap = gaps.getGeometryN(g);
            double area = Wgs84.approximateSquareMetres(gap);
            if (gap.getDimension() == 2 && area > TOLERANCE_SQUARE_METRES) {
                problems.add(new GeometryProblem(partsField, String.format(Locale.ROOT,
                        "leave a gap of %.0f m² uncovered, near %s", area, near(gap)), GAP, gap));
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        Geometry[] coverage = parts.toArray(Geometry[]::new);
        Geometry[] invalidEdges = CoverageValidator.validate(coverage, SLIVER_WIDTH);
        for (int i = 0; i < invalidEdges.length; i++) {
            if (invalidEdges[i] != null) {
                problems.add(new GeometryProblem(partField.apply(i), "overlaps a neighbour or does not share "
                        + "its edge vertex for vertex, near " + format(invalidEdges[i].getCoordinate()),
                        EDGE_MISMATCH, invalidEdges[i]));
            }
        }
        return problems;
    }

    /** As {@link #requireValid(Polygon, List, IntFunction, String)}, naming parts to the user by {@code partName}. */
    public static void requireValid(Polygon whole, List<Polygon> parts, IntFunction<String> partField,
                                    IntFunction<String> partName, String partsField) {
        List<GeometryProblem> problems = problems(whole, parts, partField, partName, partsField);
        if (!problems.isEmpty()) {
            throw new InvalidGeometryException(problems);
        }
    }

    private static String overlapReason(String other, double area, Geometry overlap) {
        return String.format(Locale.ROOT, "overlaps a neighbour, %s, by %.0f m², near %s", other, area, near(overlap));
    }

    /** The areal part of an overlay result, without the lines and points where the pieces merely touch. */
    private static Geometry polygonal(Geometry geometry) {
        List<Polygon> polygons = new ArrayList<>();
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Geometry part = geometry.getGeometryN(i);
            if (part instanceof Polygon p) {
                polygons.add(p);
            } else if (part instanceof org.locationtech.jts.geom.MultiPolygon m) {
                for (int k = 0; k < m.getNumGeometries(); k++) {
                    polygons.add((Polygon) m.getGeometryN(k));
                }
            }
        }
        return polygons.size() == 1 ? polygons.get(0) : Wgs84.FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
    }

    private static String near(Geometry piece) {
        return format(piece.getInteriorPoint().getCoordinate());
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
