package org.gridatlas.geodata.division;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gridatlas.geodata.geometry.BoundaryValidator;
import org.gridatlas.geodata.geometry.GeometryProblem;
import org.gridatlas.geodata.geometry.InvalidGeometryException;
import org.gridatlas.geodata.geometry.PartitionValidator;
import org.gridatlas.geodata.geometry.Wgs84;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineSegment;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.locationtech.jts.operation.linemerge.LineMerger;
import org.locationtech.jts.operation.polygonize.Polygonizer;

/**
 * Split, merge, move a shared edge, absorb: each takes polygons of a clean
 * division (neighbours share their edges vertex for vertex) and returns the
 * new polygons, or throws {@link InvalidGeometryException} with the rule broken.
 * The caller re-validates the whole division afterwards; these functions only
 * see the polygons they are given.
 */
public final class Division {

    /** A drawn vertex this close (degrees, about 0.5 m) to an existing vertex or edge is meant to lie on it. */
    public static final double SNAP = 5e-6;
    /** A common boundary shorter than this is a touch at a point, not a shared edge. */
    public static final double MIN_SHARED_EDGE_METRES = 1.0;

    public static final String SPLIT_LINE_MUST_CROSS = "split-line-must-cross";
    public static final String SPLIT_LINE_MUST_END_OUTSIDE = "split-line-must-end-outside";
    public static final String SPLIT_PART_TOO_SMALL = "split-part-too-small";
    public static final String MERGE_NEEDS_SHARED_EDGES = "merge-needs-shared-edges";
    public static final String NOT_NEIGHBOURS = "micro-grids-not-neighbours";
    public static final String SHARED_EDGE_ENDS_FIXED = "shared-edge-ends-fixed";
    public static final String SHARED_EDGE_OUTSIDE_PAIR = "shared-edge-outside-pair";
    public static final String SHARED_EDGE_MUST_DIVIDE = "shared-edge-must-divide-pair";

    private static final double METRES_PER_DEGREE = 111_320;
    /** Closer than this (degrees) counts as the same place: two units of the seventh decimal. */
    private static final double SAME_PLACE = 2e-7;

    private Division() {
    }

    /** What moving a shared edge leaves: the two neighbours' new boundaries. */
    public record EdgeMove(Polygon first, Polygon second) {
    }

    /**
     * Cuts {@code polygon} along {@code line}, which must cross it from edge to
     * edge (crossing it more than once cuts more parts).
     *
     * @return the parts west to east, or south to north when they lie along a north–south line
     */
    public static List<Polygon> split(Polygon polygon, LineString line, String field) {
        LineString cut = snapped(line, polygon);
        Geometry inside = cut.intersection(polygon);
        if (inside.getDimension() < 1 || inside.getLength() == 0) {
            throw problem(field, "does not cross the micro-grid: draw it from outside, across, to outside",
                    SPLIT_LINE_MUST_CROSS, null);
        }
        Geometry boundary = polygon.getBoundary();
        for (Point end : List.of(cut.getStartPoint(), cut.getEndPoint())) {
            if (polygon.contains(end) && boundary.distance(end) > SAME_PLACE) {
                throw problem(field, "ends inside the micro-grid at " + format(end.getCoordinate())
                        + ": it must run on to the boundary or beyond", SPLIT_LINE_MUST_END_OUTSIDE, end);
            }
        }
        Polygonizer polygonizer = new Polygonizer();
        polygonizer.add(boundary.union(cut)); // nodes the boundary with the line at the grid's precision
        List<Polygon> parts = new ArrayList<>();
        for (Object face : polygonizer.getPolygons()) {
            Polygon piece = (Polygon) face;
            if (polygon.contains(piece.getInteriorPoint())) {
                parts.add((Polygon) Wgs84.FACTORY.createGeometry(piece));
            }
        }
        if (parts.size() < 2) {
            throw problem(field, "cuts nothing off: it must cross the micro-grid from one edge to another",
                    SPLIT_LINE_MUST_CROSS, null);
        }
        for (Polygon part : parts) {
            if (Wgs84.approximateSquareMetres(part) <= PartitionValidator.TOLERANCE_SQUARE_METRES) {
                throw problem(field, String.format(Locale.ROOT, "cuts off a sliver of %.1f m²: move the line",
                        Wgs84.approximateSquareMetres(part)), SPLIT_PART_TOO_SMALL, part);
            }
        }
        return ordered(parts);
    }

    /** Joins parts that are connected through shared edges into one polygon. */
    public static Polygon merge(List<Polygon> parts, String field) {
        int[] group = new int[parts.size()];
        for (int i = 0; i < group.length; i++) {
            group[i] = i;
        }
        for (int i = 0; i < parts.size(); i++) {
            for (int j = i + 1; j < parts.size(); j++) {
                if (sharesEdge(parts.get(i), parts.get(j))) {
                    join(group, i, j);
                }
            }
        }
        for (int i = 1; i < parts.size(); i++) {
            if (root(group, i) != root(group, 0)) {
                throw problem(field, "do not all share edges: part " + i + " is not joined to part 0 by an edge "
                        + "(touching at a point is not enough)", MERGE_NEEDS_SHARED_EDGES, parts.get(i));
            }
        }
        Geometry union = union(parts);
        if (!(union instanceof Polygon merged)) {
            throw problem(field, "do not make one area: they would be " + union.getNumGeometries() + " pieces",
                    MERGE_NEEDS_SHARED_EDGES, union);
        }
        return BoundaryValidator.requireValid(merged, field);
    }

    /**
     * Replaces the boundary {@code a} and {@code b} share by {@code newEdge},
     * which runs from one end of it to the other and stays within the two.
     */
    public static EdgeMove moveSharedEdge(Polygon a, Polygon b, LineString newEdge, String field) {
        List<LineString> shared = sharedBoundary(a, b);
        if (lengthMetres(shared) <= MIN_SHARED_EDGE_METRES) {
            throw problem(field, "cannot be moved: the two micro-grids share no edge", NOT_NEIGHBOURS, null);
        }
        LineString edge = null;
        for (LineString stretch : shared) {
            edge = withEnds(newEdge, stretch);
            if (edge != null) {
                break;
            }
        }
        if (edge == null) {
            LineString first = shared.get(0);
            throw problem(field, "must start and end where the shared boundary does, at "
                    + format(first.getCoordinateN(0)) + " and " + format(first.getCoordinateN(first.getNumPoints() - 1)),
                    SHARED_EDGE_ENDS_FIXED, newEdge);
        }
        Geometry pair = union(List.of(a, b));
        if (!(pair instanceof Polygon whole)) {
            throw problem(field, "cannot be moved: the two micro-grids share no edge", NOT_NEIGHBOURS, null);
        }
        edge = snapped(edge, whole);
        Geometry outside = edge.difference(whole);
        if (lengthMetres(lines(outside)) > 0.01) {
            throw problem(field, String.format(Locale.ROOT, "leaves the two micro-grids for %.0f m: "
                    + "it may only run through them", lengthMetres(lines(outside))), SHARED_EDGE_OUTSIDE_PAIR, outside);
        }
        if (!edge.isSimple()) {
            throw problem(field, "crosses itself", SHARED_EDGE_MUST_DIVIDE, edge);
        }
        List<Polygon> pieces = split(whole, edge, field);
        if (pieces.size() != 2) {
            throw problem(field, "would cut the two micro-grids into " + pieces.size()
                    + " pieces: it may touch their outer boundary only at its ends", SHARED_EDGE_MUST_DIVIDE, edge);
        }
        Polygon first = pieces.get(0);
        Polygon second = pieces.get(1);
        if (first.intersection(a).getArea() < second.intersection(a).getArea()) {
            first = pieces.get(1);
            second = pieces.get(0);
        }
        return new EdgeMove(BoundaryValidator.requireValid(first, field), BoundaryValidator.requireValid(second, field));
    }

    /** {@code receiver} with the area of {@code retired}, its neighbour along an edge. */
    public static Polygon absorb(Polygon receiver, Polygon retired, String field) {
        if (!sharesEdge(receiver, retired)) {
            throw problem(field, "shares no edge with the micro-grid to retire (touching at a point is not enough)",
                    NOT_NEIGHBOURS, null);
        }
        Geometry union = union(List.of(receiver, retired));
        if (!(union instanceof Polygon grown)) {
            throw problem(field, "shares no edge with the micro-grid to retire", NOT_NEIGHBOURS, null);
        }
        return BoundaryValidator.requireValid(grown, field);
    }

    /**
     * Puts every vertex of the {@code changed} polygons that lies on an
     * untouched neighbour's edge (within {@link #SNAP}) but is not yet one of
     * its vertices into that neighbour, so that the division stays clean
     * without the client editing the neighbour.
     *
     * @return the neighbours that gained vertices, by their index in {@code untouched}
     */
    public static Map<Integer, Polygon> insertSharedVertices(List<Polygon> changed, List<Polygon> untouched) {
        Map<Integer, Polygon> grown = new LinkedHashMap<>();
        for (int k = 0; k < untouched.size(); k++) {
            Polygon neighbour = untouched.get(k);
            List<Coordinate> candidates = new ArrayList<>();
            for (Polygon c : changed) {
                if (c.getEnvelopeInternal().distance(neighbour.getEnvelopeInternal()) <= SNAP) {
                    candidates.addAll(List.of(c.getCoordinates()));
                }
            }
            Polygon result = withVertices(neighbour, candidates);
            if (result != null) {
                grown.put(k, result);
            }
        }
        return grown;
    }

    /** Whether the two share a boundary longer than {@link #MIN_SHARED_EDGE_METRES}. */
    public static boolean sharesEdge(Polygon a, Polygon b) {
        return a.getEnvelopeInternal().distance(b.getEnvelopeInternal()) <= SNAP
                && lengthMetres(sharedBoundary(a, b)) > MIN_SHARED_EDGE_METRES;
    }

    /** The boundary two polygons have in common, merged into as few lines as possible. */
    public static List<LineString> sharedBoundary(Polygon a, Polygon b) {
        LineMerger merger = new LineMerger();
        for (LineString line : lines(a.intersection(b))) {
            merger.add(line);
        }
        @SuppressWarnings("unchecked")
        Collection<LineString> merged = merger.getMergedLineStrings();
        return merged.stream().filter(l -> l.getLength() > 0).map(l -> (LineString) Wgs84.FACTORY.createGeometry(l)).toList();
    }

    /** Approximate length in metres, good enough to tell an edge from a touch. */
    public static double lengthMetres(List<LineString> lines) {
        double metres = 0;
        for (LineString line : lines) {
            Coordinate[] c = line.getCoordinates();
            for (int i = 1; i < c.length; i++) {
                double dx = (c[i].x - c[i - 1].x) * Math.cos(Math.toRadians((c[i].y + c[i - 1].y) / 2));
                double dy = c[i].y - c[i - 1].y;
                metres += Math.hypot(dx, dy) * METRES_PER_DEGREE;
            }
        }
        return metres;
    }

    private static List<LineString> lines(Geometry geometry) {
        List<LineString> lines = new ArrayList<>();
        collectLines(geometry, lines);
        return lines;
    }

    private static void collectLines(Geometry geometry, List<LineString> lines) {
        if (geometry instanceof LineString line) {
            lines.add(line);
        } else if (geometry instanceof GeometryCollection collection) {
            for (int i = 0; i < collection.getNumGeometries(); i++) {
                collectLines(collection.getGeometryN(i), lines);
            }
        }
    }

    private static Geometry union(List<Polygon> parts) {
        Geometry union;
        try {
            union = CoverageUnion.union(parts.toArray(Geometry[]::new));
        } catch (RuntimeException notClean) {
            union = null;
        }
        if (union == null || !union.isValid()) {
            union = Wgs84.FACTORY.createGeometryCollection(parts.toArray(Geometry[]::new)).union();
        }
        if (union.getNumGeometries() == 1 && union.getGeometryN(0) instanceof Polygon single) {
            return single;
        }
        return union;
    }

    /** {@code line} with its ends put on {@code stretch}'s ends, or {@code null} when they are not near them. */
    private static LineString withEnds(LineString line, LineString stretch) {
        Coordinate[] c = line.getCoordinates().clone();
        Coordinate start = stretch.getCoordinateN(0);
        Coordinate end = stretch.getCoordinateN(stretch.getNumPoints() - 1);
        Coordinate first = c[0];
        Coordinate last = c[c.length - 1];
        if (first.distance(start) <= SNAP && last.distance(end) <= SNAP) {
            c[0] = start.copy();
            c[c.length - 1] = end.copy();
        } else if (first.distance(end) <= SNAP && last.distance(start) <= SNAP) {
            c[0] = end.copy();
            c[c.length - 1] = start.copy();
        } else {
            return null;
        }
        return Wgs84.FACTORY.createLineString(c);
    }

    /**
     * The drawn line with vertices near a vertex of the polygon moved onto it,
     * and ends just inside the polygon moved onto its boundary.
     */
    private static LineString snapped(LineString line, Polygon polygon) {
        Coordinate[] vertices = polygon.getCoordinates();
        Coordinate[] c = line.getCoordinates().clone();
        for (int i = 0; i < c.length; i++) {
            Coordinate nearest = null;
            for (Coordinate v : vertices) {
                if (c[i].distance(v) <= SNAP && (nearest == null || c[i].distance(v) < c[i].distance(nearest))) {
                    nearest = v;
                }
            }
            if (nearest != null) {
                c[i] = nearest.copy();
            } else if (i == 0 || i == c.length - 1) {
                Point end = Wgs84.FACTORY.createPoint(c[i]);
                Geometry boundary = polygon.getBoundary();
                if (polygon.contains(end) && boundary.distance(end) <= SNAP) {
                    Coordinate onBoundary = DistanceOp.nearestPoints(boundary, end)[0];
                    Wgs84.PRECISION.makePrecise(onBoundary);
                    c[i] = onBoundary;
                }
            }
        }
        List<Coordinate> distinct = new ArrayList<>();
        for (Coordinate coordinate : c) {
            if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).equals2D(coordinate)) {
                distinct.add(coordinate);
            }
        }
        if (distinct.size() < 2) {
            return line;
        }
        return Wgs84.FACTORY.createLineString(distinct.toArray(Coordinate[]::new));
    }

    /** West to east when the parts spread wider east–west than north–south, else south to north. */
    private static List<Polygon> ordered(List<Polygon> parts) {
        Map<Polygon, Coordinate> centroids = new HashMap<>();
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Polygon part : parts) {
            Coordinate c = part.getCentroid().getCoordinate();
            centroids.put(part, c);
            minX = Math.min(minX, c.x);
            maxX = Math.max(maxX, c.x);
            minY = Math.min(minY, c.y);
            maxY = Math.max(maxY, c.y);
        }
        double eastWest = (maxX - minX) * Math.cos(Math.toRadians((minY + maxY) / 2));
        Comparator<Polygon> order = eastWest > maxY - minY
                ? Comparator.comparingDouble(p -> centroids.get(p).x)
                : Comparator.comparingDouble(p -> centroids.get(p).y);
        return parts.stream().sorted(order).toList();
    }

    /** The polygon with the candidates that lie on its edges inserted, or {@code null} when none does. */
    private static Polygon withVertices(Polygon polygon, List<Coordinate> candidates) {
        Coordinate[] own = polygon.getCoordinates();
        List<Coordinate> onEdge = new ArrayList<>();
        for (Coordinate candidate : candidates) {
            boolean isVertex = false;
            for (Coordinate v : own) {
                if (v.distance(candidate) <= SNAP) {
                    isVertex = true;
                    break;
                }
            }
            if (!isVertex && onEdge.stream().noneMatch(candidate::equals2D)) {
                onEdge.add(candidate);
            }
        }
        if (onEdge.isEmpty()) {
            return null;
        }
        boolean changed = false;
        LinearRing shell = withVertices(polygon.getExteriorRing(), onEdge);
        changed |= shell != polygon.getExteriorRing();
        LinearRing[] holes = new LinearRing[polygon.getNumInteriorRing()];
        for (int i = 0; i < holes.length; i++) {
            holes[i] = withVertices(polygon.getInteriorRingN(i), onEdge);
            changed |= holes[i] != polygon.getInteriorRingN(i);
        }
        return changed ? Wgs84.FACTORY.createPolygon(shell, holes) : null;
    }

    private static LinearRing withVertices(LinearRing ring, List<Coordinate> onEdge) {
        Coordinate[] c = ring.getCoordinates();
        List<Coordinate> out = new ArrayList<>();
        boolean changed = false;
        for (int i = 0; i < c.length - 1; i++) {
            out.add(c[i]);
            LineSegment segment = new LineSegment(c[i], c[i + 1]);
            List<Coordinate> here = onEdge.stream()
                    .filter(p -> segment.distance(p) <= SNAP && segment.projectionFactor(p) > 0 && segment.projectionFactor(p) < 1)
                    .sorted(Comparator.comparingDouble(segment::projectionFactor))
                    .toList();
            for (Coordinate p : here) {
                out.add(p.copy());
                changed = true;
            }
        }
        out.add(c[c.length - 1]);
        return changed ? Wgs84.FACTORY.createLinearRing(out.toArray(Coordinate[]::new)) : ring;
    }

    private static int root(int[] group, int i) {
        while (group[i] != i) {
            i = group[i];
        }
        return i;
    }

    private static void join(int[] group, int i, int j) {
        group[root(group, i)] = root(group, j);
    }

    private static InvalidGeometryException problem(String field, String reason, String rule, Geometry where) {
        return new InvalidGeometryException(List.of(new GeometryProblem(field, reason, rule, where)));
    }

    private static String format(Coordinate c) {
        return String.format(Locale.ROOT, "(%.7f %.7f)", c.x, c.y);
    }
}
