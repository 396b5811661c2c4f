package org.gridatlas.geodata.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Polygon;

class PartitionValidatorTest {

    /** A grid of about 530 m × 440 m in Taiyuan. */
    private static final Polygon GRID = read("POLYGON ((112.5 37.7, 112.506 37.7, 112.506 37.704, 112.5 37.704, 112.5 37.7))");
    private static final Polygon WEST = read("POLYGON ((112.5 37.7, 112.503 37.7, 112.503 37.704, 112.5 37.704, 112.5 37.7))");
    private static final Polygon EAST = read("POLYGON ((112.503 37.7, 112.506 37.7, 112.506 37.704, 112.503 37.704, 112.503 37.7))");

    private static Polygon read(String wkt) {
        return Wgs84.polygonFromWkt(wkt, "wkt");
    }

    private static List<GeometryProblem> check(Polygon... parts) {
        return PartitionValidator.problems(GRID, List.of(parts), i -> "microGrids[" + i + "].boundary", "microGrids");
    }

    @Test
    void acceptsTwoStripsThatDivideTheGrid() {
        assertThat(check(WEST, EAST)).isEmpty();
    }

    @Test
    void acceptsTheWholeGridAsOnePart() {
        assertThat(check(GRID)).isEmpty();
    }

    @Test
    void rejectsAnEmptyDivision() {
        assertThat(check()).containsExactly(new GeometryProblem("microGrids", "must hold at least one part"));
    }

    @Test
    void rejectsOverlappingParts() {
        Polygon wideWest = read("POLYGON ((112.5 37.7, 112.504 37.7, 112.504 37.704, 112.5 37.704, 112.5 37.7))");

        assertThat(check(wideWest, EAST)).extracting(GeometryProblem::field)
                .containsExactly("microGrids[0].boundary", "microGrids[1].boundary");
        assertThat(check(wideWest, EAST).get(0).reason()).startsWith("overlaps a neighbour");
    }

    @Test
    void reportsAnOverlapWhereItIsWithItsAreaAndTheOtherPart() {
        // the overlap is the strip 112.503–112.5035, about 44 m × 445 m, far from any corner of the grid
        Polygon wideWest = read("POLYGON ((112.5 37.7, 112.5035 37.7, 112.5035 37.704, 112.5 37.704, 112.5 37.7))");
        Polygon strip = read("POLYGON ((112.503 37.7, 112.5035 37.7, 112.5035 37.704, 112.503 37.704, 112.503 37.7))");

        GeometryProblem first = PartitionValidator.problems(GRID, List.of(wideWest, EAST), i -> "microGrids[" + i + "].boundary",
                i -> "1401050010010010" + (i + 1), "microGrids").get(0);

        assertThat(first.rule()).isEqualTo(PartitionValidator.OVERLAP);
        assertThat(first.where().equalsTopo(strip)).isTrue();
        assertThat(first.squareMetres()).isCloseTo(Wgs84.approximateSquareMetres(strip), org.assertj.core.api.Assertions.within(1.0));
        assertThat(first.reason()).contains("14010500100100102").contains(String.format(java.util.Locale.ROOT, "%.0f m²",
                Wgs84.approximateSquareMetres(strip))).contains("near (112.503").doesNotContain("(112.5000000 37.7000000)");
    }

    @Test
    void anOverlapUnderTheToleranceIsNoOverlapButStillAnEdgeMismatch() {
        // 1e-7° × 0.004°: about 4 m², a sliver
        Polygon sliverWest = read("POLYGON ((112.5 37.7, 112.5030001 37.7, 112.5030001 37.704, 112.5 37.704, 112.5 37.7))");

        assertThat(check(sliverWest, EAST)).isNotEmpty().extracting(GeometryProblem::rule)
                .containsOnly(PartitionValidator.EDGE_MISMATCH);
    }

    @Test
    void reportsTheGapItselfAndThePartOutside() {
        Polygon narrowWest = read("POLYGON ((112.5 37.7, 112.502 37.7, 112.502 37.704, 112.5 37.704, 112.5 37.7))");
        Polygon tallEast = read("POLYGON ((112.503 37.7, 112.506 37.7, 112.506 37.705, 112.503 37.705, 112.503 37.704, 112.503 37.7))");

        List<GeometryProblem> problems = check(narrowWest, tallEast);

        assertThat(problems).extracting(GeometryProblem::rule).containsExactly(PartitionValidator.OUTSIDE, PartitionValidator.GAP);
        assertThat(problems.get(0).where().equalsTopo(read(
                "POLYGON ((112.503 37.704, 112.506 37.704, 112.506 37.705, 112.503 37.705, 112.503 37.704))"))).isTrue();
        assertThat(problems.get(1).where().equalsTopo(read(
                "POLYGON ((112.502 37.7, 112.503 37.7, 112.503 37.704, 112.502 37.704, 112.502 37.7))"))).isTrue();
    }

    @Test
    void rejectsAGapBetweenParts() {
        Polygon narrowWest = read("POLYGON ((112.5 37.7, 112.502 37.7, 112.502 37.704, 112.5 37.704, 112.5 37.7))");

        List<GeometryProblem> problems = check(narrowWest, EAST);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("microGrids");
            assertThat(p.reason()).startsWith("leave a gap of").contains("m² uncovered");
        });
    }

    @Test
    void rejectsAPartReachingOutsideTheGrid() {
        Polygon tallEast = read("POLYGON ((112.503 37.7, 112.506 37.7, 112.506 37.705, 112.503 37.705, 112.503 37.704, 112.503 37.7))");

        assertThat(check(WEST, tallEast)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("microGrids[1].boundary");
            assertThat(p.reason()).startsWith("extends").contains("beyond the area it divides");
        });
    }

    @Test
    void rejectsAnInvalidPartBeforeLookingAtTheDivision() {
        Polygon bowtie = read("POLYGON ((112.5 37.7, 112.503 37.704, 112.503 37.7, 112.5 37.704, 112.5 37.7))");

        assertThat(check(bowtie, EAST)).singleElement()
                .satisfies(p -> assertThat(p.reason()).startsWith("is self-intersecting"));
    }

    @Test
    void ignoresDigitisingNoiseOfOneUnitInTheSeventhDecimal() {
        Polygon almostEast = read("POLYGON ((112.503 37.7, 112.506 37.7, 112.506 37.7039999, 112.503 37.704, 112.503 37.7))");

        assertThat(check(WEST, almostEast)).isEmpty();
    }

    @Test
    void rejectsNeighboursWhoseSharedEdgeHasDifferentVertices() {
        Polygon eastWithExtraVertex = read("POLYGON ((112.503 37.7, 112.506 37.7, 112.506 37.704, 112.503 37.704, 112.503 37.702, 112.503 37.7))");

        assertThat(check(WEST, eastWithExtraVertex)).isNotEmpty()
                .allSatisfy(p -> assertThat(p.reason()).startsWith("overlaps a neighbour or does not share"));
    }

    @Test
    void requireValidReportsEveryProblem() {
        Polygon narrowWest = read("POLYGON ((112.5 37.7, 112.502 37.7, 112.502 37.704, 112.5 37.704, 112.5 37.7))");

        assertThatThrownBy(() -> PartitionValidator.requireValid(GRID, Stream.of(narrowWest).toList(),
                i -> "parts[" + i + "]", "parts"))
                .isInstanceOf(InvalidGeometryException.class)
                .hasMessageStartingWith("parts: leave a gap");
    }

    @Test
    void approximatesSquareMetresAtTaiyuansLatitude() {
        // 0.006° × 0.004° at 37.7° N is about 528 m × 445 m.
        assertThat(Wgs84.approximateSquareMetres(GRID)).isBetween(230_000.0, 240_000.0);
    }
}
