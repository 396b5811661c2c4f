package org.gridatlas.geodata.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.gridatlas.geodata.geometry.GeometryProblem;
import org.gridatlas.geodata.geometry.InvalidGeometryException;
import org.gridatlas.geodata.geometry.PartitionValidator;
import org.gridatlas.geodata.geometry.Wgs84;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

class DivisionTest {

    /** About 530 m × 440 m around 112.5E 37.7N. */
    private static final Polygon GRID = polygon("POLYGON ((112.5 37.7, 112.506 37.7, 112.506 37.704, 112.5 37.704, 112.5 37.7))");
    private static final Polygon WEST = polygon("POLYGON ((112.5 37.7, 112.503 37.7, 112.503 37.704, 112.5 37.704, 112.5 37.7))");
    private static final Polygon EAST = polygon("POLYGON ((112.503 37.7, 112.506 37.7, 112.506 37.704, 112.503 37.704, 112.503 37.7))");
    /** North of WEST and EAST together, sharing their northern edges vertex for vertex. */
    private static final Polygon NORTH = polygon("POLYGON ((112.5 37.704, 112.503 37.704, 112.506 37.704, "
            + "112.506 37.708, 112.5 37.708, 112.5 37.704))");
    /** North-east of WEST: touches it only at (112.503 37.704). */
    private static final Polygon DIAGONAL = polygon("POLYGON ((112.503 37.704, 112.506 37.704, 112.506 37.708, "
            + "112.503 37.708, 112.503 37.704))");
    private static final Polygon FAR = polygon("POLYGON ((112.6 37.7, 112.603 37.7, 112.603 37.704, 112.6 37.704, 112.6 37.7))");

    private static Polygon polygon(String wkt) {
        return Wgs84.polygonFromWkt(wkt, "wkt");
    }

    private static LineString line(String wkt) {
        return Wgs84.lineStringFromWkt(wkt, "line");
    }

    private static GeometryProblem problem(ThrowingCallable call) {
        InvalidGeometryException e = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidGeometryException.class, call);
        assertThat(e).as("rejected").isNotNull();
        return e.problems().get(0);
    }

    private static double area(Geometry g) {
        return Wgs84.approximateSquareMetres(g);
    }

    @Nested
    class Split {

        @Test
        void aLineAcrossCutsTwoPartsWestToEast() {
            List<Polygon> parts = Division.split(GRID, line("LINESTRING (112.503 37.699, 112.503 37.705)"), "line");

            assertThat(parts).hasSize(2);
            assertThat(parts.get(0).equalsTopo(WEST)).isTrue();
            assertThat(parts.get(1).equalsTopo(EAST)).isTrue();
        }

        @Test
        void anEastWestLineCutsPartsSouthToNorth() {
            List<Polygon> parts = Division.split(GRID, line("LINESTRING (112.499 37.702, 112.507 37.702)"), "line");

            assertThat(parts).extracting(p -> p.getCentroid().getY())
                    .containsExactly(37.701, 37.703);
        }

        @Test
        void aLineCrossingTwiceCutsThreeParts() {
            List<Polygon> parts = Division.split(GRID,
                    line("LINESTRING (112.502 37.699, 112.502 37.705, 112.504 37.705, 112.504 37.699)"), "line");

            assertThat(parts).hasSize(3);
            assertThat(parts).extracting(p -> p.getCentroid().getX())
                    .containsExactly(112.501, 112.503, 112.505);
            assertThat(parts.stream().mapToDouble(Polygon::getArea).sum()).isCloseTo(GRID.getArea(), within(1e-12));
        }

        @Test
        void aLineThatMissesIsRefused() {
            GeometryProblem p = problem(() -> Division.split(GRID, line("LINESTRING (112.51 37.699, 112.51 37.705)"), "line"));

            assertThat(p.rule()).isEqualTo(Division.SPLIT_LINE_MUST_CROSS);
            assertThat(p.field()).isEqualTo("line");
        }

        @Test
        void aLineThatOnlyTouchesOneEdgeIsRefused() {
            GeometryProblem p = problem(() -> Division.split(GRID, line("LINESTRING (112.503 37.699, 112.503 37.7)"), "line"));

            assertThat(p.rule()).isEqualTo(Division.SPLIT_LINE_MUST_CROSS);
        }

        @Test
        void aLineRunningAlongAnEdgeCutsNothing() {
            GeometryProblem p = problem(() -> Division.split(GRID, line("LINESTRING (112.499 37.7, 112.507 37.7)"), "line"));

            assertThat(p.rule()).isEqualTo(Division.SPLIT_LINE_MUST_CROSS);
        }

        @Test
        void aLineEndingInsideIsRefusedAtItsDanglingEnd() {
            GeometryProblem p = problem(() -> Division.split(GRID, line("LINESTRING (112.503 37.699, 112.503 37.702)"), "line"));

            assertThat(p.rule()).isEqualTo(Division.SPLIT_LINE_MUST_END_OUTSIDE);
            assertThat(p.where()).isInstanceOf(Point.class);
            assertThat(p.where().getCoordinate()).isEqualTo(new Coordinate(112.503, 37.702));
        }

        @Test
        void aDrawnVertexNearAnExistingVertexSnapsToIt() {
            Polygon withJoint = polygon("POLYGON ((112.5 37.7, 112.503 37.7, 112.506 37.7, 112.506 37.704, "
                    + "112.503 37.704, 112.5 37.704, 112.5 37.7))");

            // 0.2 m off the joints at both ends: without snapping a third vertex would sit beside each joint
            List<Polygon> parts = Division.split(withJoint,
                    line("LINESTRING (112.503002 37.699998, 112.502998 37.704002)"), "line");

            assertThat(parts).hasSize(2);
            assertThat(parts.get(0).getExteriorRing().getNumPoints()).isEqualTo(5);
            assertThat(parts.get(0).equalsTopo(WEST)).isTrue();
        }

        @Test
        void aPolygonWithAHoleIsCutThroughTheHole() {
            Polygon courtyard = polygon("POLYGON ((112.5 37.7, 112.506 37.7, 112.506 37.704, 112.5 37.704, 112.5 37.7), "
                    + "(112.502 37.701, 112.504 37.701, 112.504 37.703, 112.502 37.703, 112.502 37.701))");

            List<Polygon> parts = Division.split(courtyard, line("LINESTRING (112.503 37.699, 112.503 37.705)"), "line");

            assertThat(parts).hasSize(2).allMatch(Polygon::isValid);
            assertThat(parts.get(0).getArea() + parts.get(1).getArea()).isCloseTo(courtyard.getArea(), within(1e-12));
            assertThat(parts.get(0).intersection(courtyard.getInteriorRingN(0)).getDimension()).isLessThan(2);
        }

        @Test
        void aLineAroundAHoleLeavesTheHoleInThePartItCuts() {
            Polygon courtyard = polygon("POLYGON ((112.5 37.7, 112.506 37.7, 112.506 37.704, 112.5 37.704, 112.5 37.7), "
                    + "(112.5045 37.701, 112.5055 37.701, 112.5055 37.703, 112.5045 37.703, 112.5045 37.701))");

            List<Polygon> parts = Division.split(courtyard, line("LINESTRING (112.503 37.699, 112.503 37.705)"), "line");

            assertThat(parts.get(1).getNumInteriorRing()).isEqualTo(1);
            assertThat(parts.get(0).getNumInteriorRing()).isZero();
        }

        @Test
        void aSliverUnderTheToleranceIsRefused() {
            // cuts a triangle of about 2 m² off the south-west corner
            GeometryProblem p = problem(() -> Division.split(GRID,
                    line("LINESTRING (112.49999 37.70003, 112.50003 37.69999)"), "line"));

            assertThat(p.rule()).isEqualTo(Division.SPLIT_PART_TOO_SMALL);
            assertThat(p.squareMetres()).isLessThan(PartitionValidator.TOLERANCE_SQUARE_METRES);
        }

        @Test
        void aSmallCornerOverTheToleranceIsAPart() {
            List<Polygon> parts = Division.split(GRID, line("LINESTRING (112.49999 37.70011, 112.50011 37.69999)"), "line");

            assertThat(parts).hasSize(2);
            assertThat(parts.stream().mapToDouble(DivisionTest::area).min().orElseThrow())
                    .isGreaterThan(PartitionValidator.TOLERANCE_SQUARE_METRES).isLessThan(100);
        }
    }

    @Nested
    class Merge {

        @Test
        void neighboursMergeIntoOnePolygon() {
            Polygon merged = Division.merge(List.of(WEST, EAST), "microGridCodes");

            assertThat(merged.equalsTopo(GRID)).isTrue();
        }

        @Test
        void threeNeighboursChainedByEdgesMerge() {
            Polygon merged = Division.merge(List.of(WEST, NORTH, EAST), "microGridCodes");

            assertThat(merged.getArea()).isCloseTo(GRID.getArea() + NORTH.getArea(), within(1e-12));
        }

        @Test
        void partsThatShareNoEdgeAreRefused() {
            GeometryProblem p = problem(() -> Division.merge(List.of(WEST, FAR), "microGridCodes"));

            assertThat(p.rule()).isEqualTo(Division.MERGE_NEEDS_SHARED_EDGES);
            assertThat(p.where().equalsTopo(FAR)).isTrue();
        }

        @Test
        void partsThatTouchAtAPointAreRefused() {
            GeometryProblem p = problem(() -> Division.merge(List.of(WEST, DIAGONAL), "microGridCodes"));

            assertThat(p.rule()).isEqualTo(Division.MERGE_NEEDS_SHARED_EDGES);
        }
    }

    @Nested
    class MoveSharedEdge {

        @Test
        void aBentEdgeMovesAreaFromOneToTheOther() {
            Division.EdgeMove move = Division.moveSharedEdge(WEST, EAST,
                    line("LINESTRING (112.503 37.7, 112.504 37.702, 112.503 37.704)"), "edge");

            assertThat(move.first().isValid()).isTrue();
            assertThat(move.second().isValid()).isTrue();
            assertThat(move.first().getArea()).isGreaterThan(WEST.getArea());
            assertThat(move.first().union(move.second()).equalsTopo(GRID)).isTrue();
            assertThat(move.first().intersection(move.second()).getDimension()).isLessThan(2);
            assertThat(move.first().getCoordinates()).contains(new Coordinate(112.504, 37.702));
        }

        @Test
        void theEdgeMayBeDrawnInEitherDirection() {
            Division.EdgeMove move = Division.moveSharedEdge(WEST, EAST,
                    line("LINESTRING (112.503 37.704, 112.502 37.702, 112.503 37.7)"), "edge");

            assertThat(move.first().getArea()).isLessThan(WEST.getArea());
        }

        @Test
        void anEdgeIntoAThirdMicroGridWouldOverlapItAndIsRefused() {
            // NORTH lies beyond 37.704: an edge that bulges there would take NORTH's area
            GeometryProblem p = problem(() -> Division.moveSharedEdge(WEST, EAST,
                    line("LINESTRING (112.503 37.7, 112.503 37.706, 112.504 37.706, 112.503 37.704)"), "edge"));

            assertThat(p.rule()).isEqualTo(Division.SHARED_EDGE_OUTSIDE_PAIR);
            assertThat(p.where().intersects(NORTH)).isTrue();
            assertThat(p.where().getEnvelopeInternal().getMinY()).isGreaterThanOrEqualTo(37.704);
        }

        @Test
        void movedEndsAreRefused() {
            GeometryProblem p = problem(() -> Division.moveSharedEdge(WEST, EAST,
                    line("LINESTRING (112.503 37.7, 112.503 37.703)"), "edge"));

            assertThat(p.rule()).isEqualTo(Division.SHARED_EDGE_ENDS_FIXED);
        }

        @Test
        void endsWithinHalfAMetreSnapToTheSharedEnds() {
            Division.EdgeMove move = Division.moveSharedEdge(WEST, EAST,
                    line("LINESTRING (112.503002 37.700002, 112.504 37.702, 112.502998 37.703998)"), "edge");

            assertThat(move.first().getCoordinates()).contains(new Coordinate(112.503, 37.7), new Coordinate(112.503, 37.704));
        }

        @Test
        void microGridsThatAreNotNeighboursAreRefused() {
            GeometryProblem p = problem(() -> Division.moveSharedEdge(WEST, DIAGONAL,
                    line("LINESTRING (112.503 37.704, 112.504 37.705)"), "edge"));

            assertThat(p.rule()).isEqualTo(Division.NOT_NEIGHBOURS);
        }

        @Test
        void anEdgeTouchingTheOuterBoundaryInTheMiddleIsRefused() {
            GeometryProblem p = problem(() -> Division.moveSharedEdge(WEST, EAST,
                    line("LINESTRING (112.503 37.7, 112.504 37.702, 112.506 37.702, 112.504 37.7025, 112.503 37.704)"), "edge"));

            assertThat(p.rule()).isEqualTo(Division.SHARED_EDGE_MUST_DIVIDE);
        }
    }

    @Nested
    class Absorb {

        @Test
        void theReceiverTakesTheRetiredArea() {
            assertThat(Division.absorb(EAST, WEST, "neighbourCode").equalsTopo(GRID)).isTrue();
        }

        @Test
        void aReceiverTouchingAtAPointIsRefused() {
            assertThat(problem(() -> Division.absorb(DIAGONAL, WEST, "neighbourCode")).rule())
                    .isEqualTo(Division.NOT_NEIGHBOURS);
        }
    }

    @Nested
    class SharedVertices {

        @Test
        void aCutAcrossOneMicroGridPutsItsNewCornerIntoTheUntouchedNeighbour() {
            List<Polygon> parts = Division.split(WEST, line("LINESTRING (112.499 37.702, 112.5035 37.702)"), "line");
            assertThat(PartitionValidator.problems(GRID, List.of(parts.get(0), parts.get(1), EAST), i -> "p" + i, "parts"))
                    .extracting(GeometryProblem::rule).contains(PartitionValidator.EDGE_MISMATCH);

            Map<Integer, Polygon> grown = Division.insertSharedVertices(parts, List.of(EAST, FAR));

            assertThat(grown).containsOnlyKeys(0);
            assertThat(grown.get(0).getCoordinates()).contains(new Coordinate(112.503, 37.702));
            assertThat(grown.get(0).equalsTopo(EAST)).isTrue();
            assertThat(PartitionValidator.problems(GRID, List.of(parts.get(0), parts.get(1), grown.get(0)), i -> "p" + i, "parts"))
                    .isEmpty();
        }

        @Test
        void aNeighbourThatAlreadyHasTheVertexIsLeftAlone() {
            assertThat(Division.insertSharedVertices(List.of(WEST), List.of(EAST))).isEmpty();
        }
    }
}
