package org.gridatlas.command.grid;

import static org.hamcrest.Matchers.containsString;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.gridatlas.command.directory.InMemoryDirectory;
import org.gridatlas.command.system.CommonRules;
import org.gridatlas.command.system.Rule;
import org.gridatlas.command.system.RuleViolation;
import org.gridatlas.geodata.geometry.InvalidGeometryException;
import org.gridatlas.messages.AuditMetadata;
import org.gridatlas.messages.grid.AssignGridWorkersCommand;
import org.gridatlas.messages.grid.DrawGridCommand;
import org.gridatlas.messages.grid.GridBoundaryRedrawnEvent;
import org.gridatlas.messages.grid.GridDrawnEvent;
import org.gridatlas.messages.grid.GridWorkersAssignedEvent;
import org.gridatlas.messages.grid.MicroGrid;
import org.gridatlas.messages.grid.MicroGridsRedrawnEvent;
import org.gridatlas.messages.grid.RedrawGridBoundaryCommand;
import org.gridatlas.messages.grid.RedrawMicroGridsCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GridTest {

    private static final String DISTRICT = "140105";
    private static final String SUB_DISTRICT = "140105001";
    private static final String COMMUNITY = "140105001001";
    private static final String GRID = "140105001001001";
    private static final String WEST_CODE = GRID + "01";
    private static final String EAST_CODE = GRID + "02";
    /** About 530 m by 440 m around 112.5E 37.7N. */
    private static final String BOUNDARY = "POLYGON ((112.5 37.7, 112.506 37.7, 112.506 37.704, 112.5 37.704, 112.5 37.7))";
    /** The same area, with vertices where the micro-grids meet the edge. */
    private static final String BOUNDARY_WITH_JOINTS = "POLYGON ((112.5 37.7, 112.503 37.7, 112.506 37.7, 112.506 37.704, "
            + "112.503 37.704, 112.5 37.704, 112.5 37.7))";
    /** Extended eastwards to 112.508. */
    private static final String WIDER = "POLYGON ((112.5 37.7, 112.508 37.7, 112.508 37.704, 112.5 37.704, 112.5 37.7))";
    private static final String WEST = "POLYGON ((112.5 37.7, 112.503 37.7, 112.503 37.704, 112.5 37.704, 112.5 37.7))";
    private static final String EAST = "POLYGON ((112.503 37.7, 112.506 37.7, 112.506 37.704, 112.503 37.704, 112.503 37.7))";
    private static final String WIDER_EAST = "POLYGON ((112.503 37.7, 112.508 37.7, 112.508 37.704, 112.503 37.704, 112.503 37.7))";
    /** Instant 10 March 2026, 10:00 in Taiyuan. */
    private static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");
    private static final Map<String, ?> BECAUSE = Map.of(AuditMetadata.REASON, "按楼栋重新划分微网格");
    private static final List<MicroGrid> HALVES = List.of(
            new MicroGrid(WEST_CODE, "西片", WEST, List.of("张三")),
            new MicroGrid(EAST_CODE, "东片", EAST, List.of()));

    private FixtureConfiguration<Grid> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Grid.class);
        fixture.registerInjectableResource(new InMemoryDirectory()
                .withArea(DISTRICT).withArea(SUB_DISTRICT).withArea(COMMUNITY));
    }

    private static GridDrawnEvent drawn() {
        return new GridDrawnEvent(GRID, DISTRICT, SUB_DISTRICT, COMMUNITY, "第一网格", BOUNDARY);
    }

    private TestExecutor<Grid> undividedGrid() {
        return fixture.givenCurrentTime(NOW).andGiven(drawn());
    }

    private TestExecutor<Grid> dividedGrid() {
        return undividedGrid().andGiven(new MicroGridsRedrawnEvent(GRID, HALVES, List.of()));
    }

    private static MicroGrid micro(String code, String name, String wkt) {
        return new MicroGrid(code, name, wkt, List.of());
    }

    private static void rejected(org.axonframework.test.aggregate.ResultValidator<Grid> result, Rule rule) {
        result.expectException(RuleViolation.class)
                .expectExceptionMessage(rule.description())
                .expectNoEvents();
    }

    private static void badGeometry(org.axonframework.test.aggregate.ResultValidator<Grid> result, String problem) {
        result.expectException(InvalidGeometryException.class)
                .expectExceptionMessage(containsString(problem))
                .expectNoEvents();
    }

    @Nested
    class Drawing {

        private DrawGridCommand draw(String gridCode, String communityCode, String name, String wkt) {
            return new DrawGridCommand(gridCode, communityCode, name, wkt);
        }

        @Test
        void drawsAGridInItsCommunityWithATrimmedName() {
            fixture.givenCurrentTime(NOW)
                    .when(draw(GRID, COMMUNITY, " 第一网格 ", BOUNDARY))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(drawn());
        }

        @Test
        void roundsTheBoundaryToSevenDecimals() {
            fixture.givenCurrentTime(NOW)
                    .when(draw(GRID, COMMUNITY, "第一网格",
                            "POLYGON ((112.500000004 37.7, 112.506 37.7, 112.506 37.704, 112.5 37.704, 112.500000004 37.7))"))
                    .expectEvents(drawn());
        }

        @Test
        void aGridCodeIsItsCommunityCodeAndThreeDigits() {
            rejected(fixture.givenCurrentTime(NOW).when(draw("14010500100101", COMMUNITY, "第一网格", BOUNDARY)),
                    Grid.CODE_FORMAT);
        }

        @Test
        void aGridCodeDoesNotEndIn000() {
            rejected(fixture.givenCurrentTime(NOW).when(draw("140105001001000", COMMUNITY, "第一网格", BOUNDARY)),
                    Grid.CODE_FORMAT);
        }

        @Test
        void aGridCodeStartsWithItsOwnCommunity() {
            rejected(fixture.givenCurrentTime(NOW).when(draw("140105001002001", COMMUNITY, "第一网格", BOUNDARY)),
                    Grid.CODE_FORMAT);
        }

        @Test
        void aGridIsDrawnInACommunityNotASubDistrict() {
            rejected(fixture.givenCurrentTime(NOW).when(draw(GRID, SUB_DISTRICT, "第一网格", BOUNDARY)),
                    Grid.CODE_FORMAT);
        }

        @Test
        void aGridIsDrawnInACommunityNotADistrict() {
            rejected(fixture.givenCurrentTime(NOW).when(draw(GRID, DISTRICT, "第一网格", BOUNDARY)),
                    Grid.CODE_FORMAT);
        }

        @Test
        void cannotDrawAGridInAnUnknownCommunity() {
            rejected(fixture.givenCurrentTime(NOW).when(draw("140105001002001", "140105001002", "第一网格", BOUNDARY)),
                    Grid.COMMUNITY_UNKNOWN);
        }

        @Test
        void aGridNeedsAName() {
            rejected(fixture.givenCurrentTime(NOW).when(draw(GRID, COMMUNITY, " ", BOUNDARY)), Grid.NAME_REQUIRED);
        }

        @Test
        void aGridNameFitsInAHundredCharacters() {
            rejected(fixture.givenCurrentTime(NOW).when(draw(GRID, COMMUNITY, "格".repeat(101), BOUNDARY)),
                    Grid.NAME_REQUIRED);
        }

        @Test
        void aGridNeedsABoundary() {
            badGeometry(fixture.givenCurrentTime(NOW).when(draw(GRID, COMMUNITY, "第一网格", null)),
                    "boundary: is required");
        }

        @Test
        void cannotDrawASelfIntersectingBoundary() {
            badGeometry(fixture.givenCurrentTime(NOW).when(draw(GRID, COMMUNITY, "第一网格",
                    "POLYGON ((112.5 37.7, 112.506 37.704, 112.506 37.7, 112.5 37.704, 112.5 37.7))")),
                    "is self-intersecting");
        }
    }

    @Nested
    class BoundaryRedrawing {

        @Test
        void redrawsTheBoundaryOfAnUndividedGrid() {
            undividedGrid()
                    .when(new RedrawGridBoundaryCommand(GRID, WIDER, null, null), BECAUSE)
                    .expectEvents(new GridBoundaryRedrawnEvent(GRID, WIDER))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void keepsTheDivisionWhenItStillFitsTheNewBoundary() {
            dividedGrid()
                    .when(new RedrawGridBoundaryCommand(GRID, BOUNDARY_WITH_JOINTS, null, null), BECAUSE)
                    .expectEvents(new GridBoundaryRedrawnEvent(GRID, BOUNDARY_WITH_JOINTS))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void redrawsTheBoundaryTogetherWithANewDivision() {
            dividedGrid()
                    .when(new RedrawGridBoundaryCommand(GRID, WIDER, List.of(
                            new MicroGrid(WEST_CODE, "西片", WEST, List.of("张三")),
                            new MicroGrid(EAST_CODE, " 东片 ", WIDER_EAST, List.of(" 李四 "))), null), BECAUSE)
                    .expectEvents(new GridBoundaryRedrawnEvent(GRID, WIDER),
                            new MicroGridsRedrawnEvent(GRID, List.of(
                                    new MicroGrid(WEST_CODE, "西片", WEST, List.of("张三")),
                                    new MicroGrid(EAST_CODE, "东片", WIDER_EAST, List.of("李四"))), List.of()))
                    .expectResultMessagePayload(3L);
        }

        @Test
        void anUndividedGridMayBeDividedWithItsNewBoundary() {
            undividedGrid()
                    .when(new RedrawGridBoundaryCommand(GRID, WIDER, List.of(micro(WEST_CODE, "西片", WEST),
                            micro(EAST_CODE, "东片", WIDER_EAST)), null), BECAUSE)
                    .expectEvents(new GridBoundaryRedrawnEvent(GRID, WIDER), new MicroGridsRedrawnEvent(GRID, List.of(
                            micro(WEST_CODE, "西片", WEST), micro(EAST_CODE, "东片", WIDER_EAST)), List.of()));
        }

        @Test
        void theOldDivisionMustFitUnlessANewOneIsSent() {
            rejected(dividedGrid().when(new RedrawGridBoundaryCommand(GRID, WIDER, null, null), BECAUSE),
                    Grid.DIVISION_MUST_FOLLOW);
        }

        @Test
        void theNewDivisionMustDivideTheNewBoundary() {
            badGeometry(dividedGrid().when(new RedrawGridBoundaryCommand(GRID, WIDER, HALVES, null), BECAUSE),
                    "leave a gap");
        }

        @Test
        void aNewDivisionIsNotEmpty() {
            badGeometry(dividedGrid().when(new RedrawGridBoundaryCommand(GRID, WIDER, List.of(), null), BECAUSE),
                    "microGrids: must hold at least one micro-grid");
        }

        @Test
        void aBoundaryRedrawNeedsAReason() {
            rejected(undividedGrid().when(new RedrawGridBoundaryCommand(GRID, WIDER, null, null)),
                    CommonRules.REASON_REQUIRED);
        }

        @Test
        void theNewBoundaryMustBeValid() {
            badGeometry(undividedGrid().when(new RedrawGridBoundaryCommand(GRID,
                    "POLYGON ((112.5 37.7, 112.506 37.704, 112.506 37.7, 112.5 37.704, 112.5 37.7))", null, null), BECAUSE),
                    "boundary: is self-intersecting");
        }
    }

    @Nested
    class Workers {

        private AssignGridWorkersCommand assign(List<String> workers) {
            return new AssignGridWorkersCommand(GRID, workers, null);
        }

        @Test
        void assignsTrimmedWorkers() {
            undividedGrid()
                    .when(assign(List.of(" 李网格员", "王网格员 ")))
                    .expectEvents(new GridWorkersAssignedEvent(GRID, List.of("李网格员", "王网格员")))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void replacesThePreviousWorkers() {
            undividedGrid().andGiven(new GridWorkersAssignedEvent(GRID, List.of("李网格员")))
                    .when(assign(List.of("王网格员")))
                    .expectEvents(new GridWorkersAssignedEvent(GRID, List.of("王网格员")))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void aGridNeedsAtLeastOneWorker() {
            rejected(undividedGrid().when(assign(List.of())), Grid.WORKERS_NAMED);
        }

        @Test
        void theWorkersAreRequired() {
            rejected(undividedGrid().when(assign(null)), Grid.WORKERS_NAMED);
        }

        @Test
        void eachWorkerIsNamed() {
            rejected(undividedGrid().when(assign(List.of("李网格员", " "))), Grid.WORKERS_NAMED);
        }

        @Test
        void aWorkerIsNamedOnce() {
            rejected(undividedGrid().when(assign(List.of("李网格员", " 李网格员"))), Grid.WORKERS_NAMED);
        }

        @Test
        void aGridHasAtMostTwentyWorkers() {
            rejected(undividedGrid().when(assign(IntStream.rangeClosed(1, 21).mapToObj(i -> "网格员" + i).toList())),
                    Grid.WORKERS_NAMED);
        }

        @Test
        void theSameWorkersAreNoChange() {
            rejected(undividedGrid().andGiven(new GridWorkersAssignedEvent(GRID, List.of("李网格员", "王网格员")))
                    .when(assign(List.of("李网格员 ", "王网格员"))), Grid.WORKERS_UNCHANGED);
        }

        @Test
        void theSameWorkersInAnotherOrderAreNoChange() {
            rejected(undividedGrid().andGiven(new GridWorkersAssignedEvent(GRID, List.of("李网格员", "王网格员")))
                    .when(assign(List.of("王网格员", "李网格员"))), Grid.WORKERS_UNCHANGED);
        }
    }

    @Nested
    class MicroGrids {

        private RedrawMicroGridsCommand redraw(MicroGrid... microGrids) {
            return new RedrawMicroGridsCommand(GRID, List.of(microGrids), null);
        }

        @Test
        void dividesAGridForTheFirstTimeWithoutAReason() {
            undividedGrid()
                    .when(redraw(new MicroGrid(WEST_CODE, " 西片 ", WEST, List.of(" 张三", "李四 ")),
                            new MicroGrid(EAST_CODE, "东片", EAST, null)))
                    .expectEvents(new MicroGridsRedrawnEvent(GRID, List.of(
                            new MicroGrid(WEST_CODE, "西片", WEST, List.of("张三", "李四")),
                            new MicroGrid(EAST_CODE, "东片", EAST, List.of())), List.of()))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void redividesWithAReason() {
            dividedGrid()
                    .when(redraw(micro(WEST_CODE, "全网格", BOUNDARY)), BECAUSE)
                    .expectEvents(new MicroGridsRedrawnEvent(GRID, List.of(micro(WEST_CODE, "全网格", BOUNDARY)),
                            List.of(new MicroGridsRedrawnEvent.Succession(EAST_CODE, WEST_CODE))))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void aRedivisionNeedsAReason() {
            rejected(dividedGrid().when(redraw(micro(WEST_CODE, "全网格", BOUNDARY))), CommonRules.REASON_REQUIRED);
        }

        @Test
        void microGridsLeaveNoGap() {
            badGeometry(undividedGrid().when(redraw(micro(WEST_CODE, "西片", WEST))), "leave a gap");
        }

        @Test
        void microGridsDoNotOverlap() {
            badGeometry(undividedGrid().when(redraw(
                    micro(WEST_CODE, "西片", "POLYGON ((112.5 37.7, 112.504 37.7, 112.504 37.704, 112.5 37.704, 112.5 37.7))"),
                    micro(EAST_CODE, "东片", EAST))), "overlaps a neighbour");
        }

        @Test
        void neighboursShareTheirEdgeVertexForVertex() {
            badGeometry(undividedGrid().when(redraw(micro(WEST_CODE, "西片", WEST), micro(EAST_CODE, "东片",
                    "POLYGON ((112.503 37.7, 112.506 37.7, 112.506 37.704, 112.503 37.704, 112.503 37.702, 112.503 37.7))"))),
                    "does not share its edge vertex for vertex");
        }

        @Test
        void microGridsStayInsideTheGrid() {
            badGeometry(undividedGrid().when(redraw(micro(WEST_CODE, "西片", WEST), micro(EAST_CODE, "东片", WIDER_EAST))),
                    "beyond the area it divides");
        }

        @Test
        void aDivisionHoldsAtLeastOneMicroGrid() {
            badGeometry(undividedGrid().when(redraw()), "microGrids: must hold at least one micro-grid");
        }

        @Test
        void eachMicroGridHasAValidBoundary() {
            badGeometry(undividedGrid().when(redraw(micro(WEST_CODE, "西片", WEST), micro(EAST_CODE, "东片", "POINT (112.504 37.702)"))),
                    "microGrids[1].boundary: must be a Polygon");
        }

        @Test
        void aMicroGridCodeIsTheGridCodeAndTwoDigits() {
            rejected(undividedGrid().when(redraw(micro(GRID + "1", "西片", WEST), micro(EAST_CODE, "东片", EAST))),
                    Grid.MICRO_GRID_CODES);
        }

        @Test
        void aMicroGridCodeDoesNotEndIn00() {
            rejected(undividedGrid().when(redraw(micro(GRID + "00", "西片", WEST), micro(EAST_CODE, "东片", EAST))),
                    Grid.MICRO_GRID_CODES);
        }

        @Test
        void aMicroGridCodeStartsWithItsOwnGrid() {
            rejected(undividedGrid().when(redraw(micro("14010500100100201", "西片", WEST), micro(EAST_CODE, "东片", EAST))),
                    Grid.MICRO_GRID_CODES);
        }

        @Test
        void aMicroGridCodeIsRequired() {
            rejected(undividedGrid().when(redraw(micro(null, "西片", WEST), micro(EAST_CODE, "东片", EAST))),
                    Grid.MICRO_GRID_CODES);
        }

        @Test
        void aMicroGridCodeIsUsedOnce() {
            rejected(undividedGrid().when(redraw(micro(WEST_CODE, "西片", WEST), micro(WEST_CODE, "东片", EAST))),
                    Grid.MICRO_GRID_CODES);
        }

        @Test
        void aMicroGridNeedsAName() {
            rejected(undividedGrid().when(redraw(micro(WEST_CODE, "西片", WEST), micro(EAST_CODE, " ", EAST))),
                    Grid.MICRO_GRID_NAMES);
        }

        @Test
        void aMicroGridNameFitsInAHundredCharacters() {
            rejected(undividedGrid().when(redraw(micro(WEST_CODE, "片".repeat(101), WEST), micro(EAST_CODE, "东片", EAST))),
                    Grid.MICRO_GRID_NAMES);
        }

        @Test
        void aHelperIsNamedOnce() {
            rejected(undividedGrid().when(redraw(new MicroGrid(WEST_CODE, "西片", WEST, List.of("张三", "张三 ")),
                    micro(EAST_CODE, "东片", EAST))), Grid.HELPERS_NAMED);
        }

        @Test
        void eachHelperIsNamed() {
            rejected(undividedGrid().when(redraw(new MicroGrid(WEST_CODE, "西片", WEST, List.of("")),
                    micro(EAST_CODE, "东片", EAST))), Grid.HELPERS_NAMED);
        }

        @Test
        void aMicroGridHasAtMostTwentyHelpers() {
            rejected(undividedGrid().when(redraw(new MicroGrid(WEST_CODE, "西片", WEST,
                    IntStream.rangeClosed(1, 21).mapToObj(i -> "网格助理员" + i).toList()),
                    micro(EAST_CODE, "东片", EAST))), Grid.HELPERS_NAMED);
        }

        @Test
        void aDivisionFollowsARedrawnBoundary() {
            undividedGrid()
                    .andGiven(new GridBoundaryRedrawnEvent(GRID, WIDER))
                    .when(redraw(micro(WEST_CODE, "西片", WEST), micro(EAST_CODE, "东片", WIDER_EAST)))
                    .expectEvents(new MicroGridsRedrawnEvent(GRID, List.of(micro(WEST_CODE, "西片", WEST),
                            micro(EAST_CODE, "东片", WIDER_EAST)), List.of()));
        }
    }
}
