package org.gridatlas.command.grid;

import static org.hamcrest.Matchers.containsString;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.gridatlas.command.directory.GridLayer;
import org.gridatlas.command.directory.InMemoryDirectory;
import org.gridatlas.geodata.geometry.GeometryProblem;
import org.gridatlas.geodata.geometry.InvalidGeometryException;
import org.gridatlas.geodata.geometry.PartitionValidator;
import org.gridatlas.geodata.geometry.Wgs84;
import org.gridatlas.messages.AuditMetadata;
import org.gridatlas.messages.grid.DrawGridCommand;
import org.gridatlas.messages.grid.GridBoundaryRedrawnEvent;
import org.gridatlas.messages.grid.GridDrawnEvent;
import org.gridatlas.messages.grid.RedrawGridBoundaryCommand;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The grids of one community may not overlap each other beyond a sliver, when drawn or redrawn. */
class GridOverlapTest {

    private static final String DISTRICT = "140105";
    private static final String SUB_DISTRICT = "140105001";
    private static final String COMMUNITY = "140105001001";
    private static final String GRID = "140105001001001";
    private static final String EAST_GRID = "140105001001002";
    private static final String OTHER_COMMUNITYS_GRID = "140105001002001";
    /** About 530 m by 440 m around 112.5E 37.7N. */
    private static final String BOUNDARY = "POLYGON ((112.5 37.7, 112.506 37.7, 112.506 37.704, 112.5 37.704, 112.5 37.7))";
    /** The neighbour east of it, sharing the edge at 112.506. */
    private static final String EAST = "POLYGON ((112.506 37.7, 112.512 37.7, 112.512 37.704, 112.506 37.704, 112.506 37.7))";
    /** Grid 1 reaching 0.003° (about 260 m) into its eastern neighbour: an overlap of about 115,000 m². */
    private static final String INTO_EAST = "POLYGON ((112.5 37.7, 112.509 37.7, 112.509 37.704, 112.5 37.704, 112.5 37.7))";
    /** Grid 1 reaching one unit of the seventh decimal past the shared edge: about 3.9 m², digitising noise. */
    private static final String SLIVER_INTO_EAST = "POLYGON ((112.5 37.7, 112.5060001 37.7, 112.5060001 37.704, "
            + "112.5 37.704, 112.5 37.7))";
    private static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");
    private static final Map<String, ?> BECAUSE = Map.of(AuditMetadata.REASON, "网格边界调整");

    private FixtureConfiguration<Grid> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Grid.class);
        fixture.registerInjectableResource(new InMemoryDirectory()
                .withArea(DISTRICT).withArea(SUB_DISTRICT).withArea(COMMUNITY).withArea("140105001002")
                .withGridBoundary(EAST_GRID, EAST)
                // a grid of another community may overlap: the rule is about one community's grids
                .withGridBoundary(OTHER_COMMUNITYS_GRID, INTO_EAST)
                .withGridBoundary(GRID, BOUNDARY));
    }

    private static GridDrawnEvent drawn(String wkt) {
        return new GridDrawnEvent(GRID, DISTRICT, SUB_DISTRICT, COMMUNITY, "第一网格", wkt);
    }

    /** The one problem is the overlap rule on the boundary, naming the neighbour, with the overlap as its piece. */
    private static Matcher<InvalidGeometryException> overlapWithEastOf(double minSquareMetres, double maxSquareMetres) {
        Predicate<GeometryProblem> expected = p -> p.field().equals("boundary")
                && GridLayer.GRID_OVERLAPS_NEIGHBOUR.equals(p.rule())
                && p.reason().contains(EAST_GRID)
                && p.where() != null && p.squareMetres() >= minSquareMetres && p.squareMetres() <= maxSquareMetres
                && p.where().getEnvelopeInternal().getMinX() >= 112.506 - 1e-9;
        return new CustomTypeSafeMatcher<>("one grid-overlaps-neighbour problem naming " + EAST_GRID) {
            @Override
            protected boolean matchesSafely(InvalidGeometryException e) {
                return e.problems().size() == 1 && expected.test(e.problems().get(0));
            }
        };
    }

    @Test
    void aGridDrawnHalfwayOverItsNeighbourIsRefusedWithTheOverlap() {
        fixture.givenCurrentTime(NOW)
                .when(new DrawGridCommand(GRID, COMMUNITY, "第一网格", INTO_EAST))
                .expectException(overlapWithEastOf(100_000, 130_000))
                .expectExceptionMessage(containsString("overlaps grid " + EAST_GRID + " of the same community by"))
                .expectNoEvents();
    }

    @Test
    void aGridSharingItsNeighboursEdgeIsDrawn() {
        fixture.givenCurrentTime(NOW)
                .when(new DrawGridCommand(GRID, COMMUNITY, "第一网格", BOUNDARY))
                .expectEvents(drawn(BOUNDARY));
    }

    @Test
    void anOverlapOfASliverIsDigitisingNoiseAndAccepted() {
        double sliver = Wgs84.approximateSquareMetres(Wgs84.polygonFromWkt(SLIVER_INTO_EAST, "b")
                .intersection(Wgs84.polygonFromWkt(EAST, "b")));
        org.junit.jupiter.api.Assertions.assertTrue(sliver > 0 && sliver < PartitionValidator.TOLERANCE_SQUARE_METRES,
                "the sliver is " + sliver + " m²");
        fixture.givenCurrentTime(NOW)
                .when(new DrawGridCommand(GRID, COMMUNITY, "第一网格", SLIVER_INTO_EAST))
                .expectEvents(drawn(SLIVER_INTO_EAST));
    }

    @Test
    void aRedrawnBoundaryThatReachesIntoTheNeighbourIsRefused() {
        fixture.givenCurrentTime(NOW).andGiven(drawn(BOUNDARY))
                .when(new RedrawGridBoundaryCommand(GRID, INTO_EAST, null, null), BECAUSE)
                .expectException(overlapWithEastOf(100_000, 130_000))
                .expectNoEvents();
    }

    @Test
    void aGridsOwnFormerBoundaryDoesNotCountAsANeighbour() {
        String shifted = "POLYGON ((112.4995 37.7, 112.506 37.7, 112.506 37.704, 112.4995 37.704, 112.4995 37.7))";
        fixture.givenCurrentTime(NOW).andGiven(drawn(BOUNDARY))
                .when(new RedrawGridBoundaryCommand(GRID, shifted, null, null), BECAUSE)
                .expectEvents(new GridBoundaryRedrawnEvent(GRID, shifted));
    }

    @Test
    void everyOverlappedNeighbourIsNamed() {
        String west = "POLYGON ((112.494 37.7, 112.5 37.7, 112.5 37.704, 112.494 37.704, 112.494 37.7))";
        InMemoryDirectory directory = new InMemoryDirectory().withArea(COMMUNITY)
                .withGridBoundary(EAST_GRID, EAST).withGridBoundary("140105001001003", west);
        fixture = new AggregateTestFixture<>(Grid.class);
        fixture.registerInjectableResource(directory);
        String acrossBoth = "POLYGON ((112.497 37.7, 112.509 37.7, 112.509 37.704, 112.497 37.704, 112.497 37.7))";
        fixture.givenCurrentTime(NOW)
                .when(new DrawGridCommand(GRID, COMMUNITY, "第一网格", acrossBoth))
                .expectException(new CustomTypeSafeMatcher<InvalidGeometryException>("two overlap problems") {
                    @Override
                    protected boolean matchesSafely(InvalidGeometryException e) {
                        return e.problems().stream().map(GeometryProblem::rule).toList()
                                .equals(List.of(GridLayer.GRID_OVERLAPS_NEIGHBOUR, GridLayer.GRID_OVERLAPS_NEIGHBOUR))
                                && e.getMessage().contains(EAST_GRID) && e.getMessage().contains("140105001001003");
                    }
                })
                .expectNoEvents();
    }
}
