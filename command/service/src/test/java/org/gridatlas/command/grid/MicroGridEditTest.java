package org.gridatlas.command.grid;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.aggregate.TestExecutor;
import org.gridatlas.command.directory.InMemoryDirectory;
import org.gridatlas.command.system.CommonRules;
import org.gridatlas.command.system.Rule;
import org.gridatlas.command.system.RuleViolation;
import org.gridatlas.geodata.division.Division;
import org.gridatlas.geodata.geometry.InvalidGeometryException;
import org.gridatlas.geodata.geometry.Wgs84;
import org.gridatlas.messages.AuditMetadata;
import org.gridatlas.messages.grid.AssignMicroGridPeopleCommand;
import org.gridatlas.messages.grid.GridDrawnEvent;
import org.gridatlas.messages.grid.Leader;
import org.gridatlas.messages.grid.MergeMicroGridsCommand;
import org.gridatlas.messages.grid.MicroGrid;
import org.gridatlas.messages.grid.MicroGridPeopleAssignedEvent;
import org.gridatlas.messages.grid.MicroGridRetiredEvent;
import org.gridatlas.messages.grid.MicroGridSplitEvent;
import org.gridatlas.messages.grid.MicroGridsMergedEvent;
import org.gridatlas.messages.grid.MicroGridsRedrawnEvent;
import org.gridatlas.messages.grid.MoveSharedEdgeCommand;
import org.gridatlas.messages.grid.NewMicroGrid;
import org.gridatlas.messages.grid.RedrawMicroGridsCommand;
import org.gridatlas.messages.grid.RetireMicroGridCommand;
import org.gridatlas.messages.grid.SharedEdgeMovedEvent;
import org.gridatlas.messages.grid.SplitMicroGridCommand;
import org.hamcrest.CustomMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The edit operations on a grid's division: each stores one event saying
 * what it did, with every micro-grid whose boundary changed, and each is
 * refused, storing nothing, when it would break a rule. A dry run answers
 * with the event and stores nothing.
 */
class MicroGridEditTest {

    private static final String GRID = "140105001001001";
    private static final String WEST_CODE = GRID + "01";
    private static final String EAST_CODE = GRID + "02";
    private static final String BOUNDARY = "POLYGON ((112.5 37.7, 112.506 37.7, 112.506 37.704, 112.5 37.704, 112.5 37.7))";
    private static final String WEST = "POLYGON ((112.5 37.7, 112.503 37.7, 112.503 37.704, 112.5 37.704, 112.5 37.7))";
    private static final String EAST = "POLYGON ((112.503 37.7, 112.506 37.7, 112.506 37.704, 112.503 37.704, 112.503 37.7))";
    /** A cut across the west half at mid-height, ending on its edge with the east half. */
    private static final String CUT = "LINESTRING (112.499 37.702, 112.503 37.702)";
    private static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");
    private static final Map<String, ?> BECAUSE = Map.of(AuditMetadata.REASON, "按楼栋重新划分微网格");

    private FixtureConfiguration<Grid> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Grid.class);
        fixture.registerInjectableResource(new InMemoryDirectory());
    }

    /** Drawn (version 0) and halved (version 1). */
    private TestExecutor<Grid> halved() {
        return fixture.givenCurrentTime(NOW)
                .andGiven(new GridDrawnEvent(GRID, "140105", "140105001", "140105001001", "第一网格", BOUNDARY))
                .andGiven(new MicroGridsRedrawnEvent(GRID, List.of(
                        new MicroGrid(WEST_CODE, "西片", WEST, List.of("张三")),
                        new MicroGrid(EAST_CODE, "东片", EAST, List.of())), List.of()));
    }

    /** Three strips west to east: the outer two are no neighbours. */
    private TestExecutor<Grid> inThreeStrips() {
        return fixture.givenCurrentTime(NOW)
                .andGiven(new GridDrawnEvent(GRID, "140105", "140105001", "140105001001", "第一网格", BOUNDARY))
                .andGiven(new MicroGridsRedrawnEvent(GRID, List.of(
                        micro(GRID + "01", "西", "POLYGON ((112.5 37.7, 112.502 37.7, 112.502 37.704, 112.5 37.704, 112.5 37.7))"),
                        micro(GRID + "02", "中", "POLYGON ((112.502 37.7, 112.504 37.7, 112.504 37.704, 112.502 37.704, 112.502 37.7))"),
                        micro(GRID + "03", "东", "POLYGON ((112.504 37.7, 112.506 37.7, 112.506 37.704, 112.504 37.704, 112.504 37.7))")),
                        List.of()));
    }

    private static MicroGrid micro(String code, String name, String wkt) {
        return new MicroGrid(code, name, wkt, List.of());
    }

    /** The boundary as the aggregate writes it, whatever the ring's start and direction here. */
    private static String norm(String wkt) {
        return Wgs84.toWkt(Wgs84.polygonFromWkt(wkt, "wkt").norm());
    }

    private static Matcher<Object> violating(Rule rule) {
        return new CustomMatcher<>("a violation of " + rule) {
            @Override
            public boolean matches(Object actual) {
                return actual instanceof RuleViolation v && v.rule().equals(rule);
            }
        };
    }

    private static Matcher<Object> breakingGeometryRule(String rule) {
        return new CustomMatcher<>("an invalid geometry breaking " + rule) {
            @Override
            public boolean matches(Object actual) {
                return actual instanceof InvalidGeometryException e && e.problems().stream().anyMatch(p -> rule.equals(p.rule()));
            }
        };
    }

    private static void refused(ResultValidator<Grid> result, Rule rule) {
        result.expectException(violating(rule)).expectNoEvents();
    }

    private static void refused(ResultValidator<Grid> result, String geometryRule) {
        result.expectException(breakingGeometryRule(geometryRule)).expectNoEvents();
    }

    private static SplitMicroGridCommand split(String code, String line, boolean dryRun, NewMicroGrid... parts) {
        return new SplitMicroGridCommand(GRID, code, line, List.of(parts), null, dryRun);
    }

    private static NewMicroGrid part(String suffix, String name, String... helpers) {
        return new NewMicroGrid(GRID + suffix, name, List.of(helpers));
    }

    // the outcome of cutting the west half along CUT
    private static final String SOUTH_WEST = "POLYGON ((112.5 37.7, 112.503 37.7, 112.503 37.702, 112.5 37.702, 112.5 37.7))";
    private static final String NORTH_WEST = "POLYGON ((112.5 37.702, 112.503 37.702, 112.503 37.704, 112.5 37.704, 112.5 37.702))";
    private static final String EAST_WITH_JOINT = "POLYGON ((112.503 37.7, 112.506 37.7, 112.506 37.704, 112.503 37.704, "
            + "112.503 37.702, 112.503 37.7))";

    private static MicroGridSplitEvent westSplit() {
        return new MicroGridSplitEvent(GRID, CUT, List.of(WEST_CODE), List.of(GRID + "03", GRID + "04"), List.of(
                new MicroGrid(GRID + "03", "西南片", norm(SOUTH_WEST), List.of("李四")),
                new MicroGrid(GRID + "04", "西北片", norm(NORTH_WEST), List.of()),
                new MicroGrid(EAST_CODE, "东片", norm(EAST_WITH_JOINT), List.of())));
    }

    @Nested
    class Splitting {

        @Test
        void cutsTheMicroGridSouthToNorthAndGivesTheUntouchedNeighbourTheNewCorner() {
            halved().when(split(WEST_CODE, CUT, false, part("03", " 西南片 ", "李四 "), part("04", "西北片")), BECAUSE)
                    .expectEvents(westSplit())
                    .expectResultMessagePayload(2L);
        }

        @Test
        void aDryRunAnswersWithTheEventStoresNothingAndNeedsNoReason() {
            halved().when(split(WEST_CODE, CUT, true, part("03", "西南片", "李四"), part("04", "西北片")))
                    .expectNoEvents()
                    .expectResultMessagePayload(westSplit());
        }

        @Test
        void aDryRunBreakingARuleIsRefusedAsTheRealCallWouldBe() {
            refused(halved().when(split(WEST_CODE, CUT, true, part("03", "西南片"))), Grid.SPLIT_PARTS_NAMED);
        }

        @Test
        void needsAReason() {
            refused(halved().when(split(WEST_CODE, CUT, false, part("03", "西南片"), part("04", "西北片"))),
                    CommonRules.REASON_REQUIRED);
        }

        @Test
        void theMicroGridMustExist() {
            refused(halved().when(split(GRID + "09", CUT, false, part("03", "甲"), part("04", "乙")), BECAUSE),
                    Grid.MICRO_GRID_UNKNOWN);
        }

        @Test
        void namesOnePartForEachPieceTheLineCuts() {
            refused(halved().when(split(WEST_CODE, CUT, false, part("03", "甲"), part("04", "乙"), part("05", "丙")), BECAUSE),
                    Grid.SPLIT_PARTS_NAMED);
        }

        @Test
        void aNewCodeWasNeverUsed() {
            refused(halved().when(split(WEST_CODE, CUT, false, part("01", "甲"), part("04", "乙")), BECAUSE),
                    Grid.NEW_CODE_USED.under("parts[0]."));
            refused(halved().when(split(WEST_CODE, CUT, false, part("03", "甲"), part("02", "乙")), BECAUSE),
                    Grid.NEW_CODE_USED.under("parts[1]."));
        }

        @Test
        void eachPartHasItsOwnCode() {
            refused(halved().when(split(WEST_CODE, CUT, false, part("03", "甲"), part("03", "乙")), BECAUSE),
                    Grid.NEW_CODE_DUPLICATE);
        }

        @Test
        void aNewCodeIsTheGridCodeAndTwoDigits() {
            refused(halved().when(split(WEST_CODE, CUT, false, part("00", "甲"), part("04", "乙")), BECAUSE),
                    Grid.NEW_CODE_FORMAT.under("parts[0]."));
            refused(halved().when(split(WEST_CODE, CUT, false, part("03", "甲"),
                    new NewMicroGrid("14010500100100204", "乙", List.of())), BECAUSE), Grid.NEW_CODE_FORMAT.under("parts[1]."));
        }

        @Test
        void eachPartIsNamed() {
            refused(halved().when(split(WEST_CODE, CUT, false, part("03", " "), part("04", "乙")), BECAUSE),
                    Grid.NEW_NAME.under("parts[0]."));
        }

        @Test
        void eachHelperIsNamedOnce() {
            refused(halved().when(split(WEST_CODE, CUT, false, part("03", "甲", "李四", "李四"), part("04", "乙")), BECAUSE),
                    Grid.NEW_HELPERS.under("parts[0]."));
        }

        @Test
        void aLineThatMissesIsRefused() {
            refused(halved().when(split(WEST_CODE, "LINESTRING (112.5045 37.699, 112.5045 37.705)", false,
                    part("03", "甲"), part("04", "乙")), BECAUSE), Division.SPLIT_LINE_MUST_CROSS);
        }

        @Test
        void aLineEndingInsideIsRefused() {
            refused(halved().when(split(WEST_CODE, "LINESTRING (112.499 37.702, 112.502 37.702)", false,
                    part("03", "甲"), part("04", "乙")), BECAUSE), Division.SPLIT_LINE_MUST_END_OUTSIDE);
        }

        @Test
        void aSplitCodeIsRetiredForGood() {
            refused(halved().andGiven(westSplit()).when(new RedrawMicroGridsCommand(GRID, List.of(
                    micro(WEST_CODE, "西片", WEST), micro(EAST_CODE, "东片", EAST)), null), BECAUSE),
                    Grid.MICRO_GRID_CODE_RETIRED);
        }
    }

    @Nested
    class Merging {

        private MergeMicroGridsCommand merge(boolean dryRun, NewMicroGrid merged, String... codes) {
            return new MergeMicroGridsCommand(GRID, List.of(codes), merged, null, dryRun);
        }

        private MicroGridsMergedEvent merged() {
            // the joints where the halves met stay as vertices, so that no neighbour loses a shared vertex
            return new MicroGridsMergedEvent(GRID, List.of(WEST_CODE, EAST_CODE), List.of(GRID + "05"), List.of(
                    new MicroGrid(GRID + "05", "全网格", norm("POLYGON ((112.5 37.7, 112.503 37.7, 112.506 37.7, 112.506 37.704, "
                            + "112.503 37.704, 112.5 37.704, 112.5 37.7))"), List.of("王五"))));
        }

        @Test
        void neighboursBecomeOneNewMicroGrid() {
            halved().when(merge(false, part("05", "全网格", "王五"), WEST_CODE, EAST_CODE), BECAUSE)
                    .expectEvents(merged())
                    .expectResultMessagePayload(2L);
        }

        @Test
        void aDryRunStoresNothing() {
            halved().when(merge(true, part("05", "全网格", "王五"), WEST_CODE, EAST_CODE))
                    .expectNoEvents()
                    .expectResultMessagePayload(merged());
        }

        @Test
        void needsAReason() {
            refused(halved().when(merge(false, part("05", "全网格"), WEST_CODE, EAST_CODE)), CommonRules.REASON_REQUIRED);
        }

        @Test
        void joinsAtLeastTwoDifferentMicroGrids() {
            refused(halved().when(merge(false, part("05", "全网格"), WEST_CODE), BECAUSE), Grid.MERGE_NEEDS_TWO);
            refused(halved().when(merge(false, part("05", "全网格"), WEST_CODE, WEST_CODE), BECAUSE), Grid.MERGE_NEEDS_TWO);
        }

        @Test
        void eachMicroGridMustExist() {
            refused(halved().when(merge(false, part("05", "全网格"), WEST_CODE, GRID + "09"), BECAUSE), Grid.MERGED_UNKNOWN);
        }

        @Test
        void theMergedMicroGridGetsANewCode() {
            refused(halved().when(merge(false, part("01", "全网格"), WEST_CODE, EAST_CODE), BECAUSE),
                    Grid.NEW_CODE_USED.under("merged."));
        }

        @Test
        void microGridsThatShareNoEdgeAreRefused() {
            refused(inThreeStrips().when(merge(false, part("05", "两端"), GRID + "01", GRID + "03"), BECAUSE),
                    Division.MERGE_NEEDS_SHARED_EDGES);
        }
    }

    @Nested
    class MovingASharedEdge {

        private static final String BENT = "LINESTRING (112.503 37.7, 112.504 37.702, 112.503 37.704)";

        private MoveSharedEdgeCommand move(String a, String b, String edge, boolean dryRun) {
            return new MoveSharedEdgeCommand(GRID, a, b, edge, null, dryRun);
        }

        private SharedEdgeMovedEvent moved() {
            return new SharedEdgeMovedEvent(GRID, BENT, List.of(WEST_CODE, EAST_CODE), List.of(WEST_CODE, EAST_CODE), List.of(
                    new MicroGrid(WEST_CODE, "西片", norm("POLYGON ((112.5 37.7, 112.503 37.7, 112.504 37.702, 112.503 37.704, "
                            + "112.5 37.704, 112.5 37.7))"), List.of("张三")),
                    new MicroGrid(EAST_CODE, "东片", norm("POLYGON ((112.503 37.7, 112.506 37.7, 112.506 37.704, 112.503 37.704, "
                            + "112.504 37.702, 112.503 37.7))"), List.of())));
        }

        @Test
        void bothNeighboursChangeInOneEvent() {
            halved().when(move(WEST_CODE, EAST_CODE, BENT, false), BECAUSE)
                    .expectEvents(moved())
                    .expectResultMessagePayload(2L);
        }

        @Test
        void aDryRunStoresNothing() {
            halved().when(move(WEST_CODE, EAST_CODE, BENT, true)).expectNoEvents().expectResultMessagePayload(moved());
        }

        @Test
        void needsAReason() {
            refused(halved().when(move(WEST_CODE, EAST_CODE, BENT, false)), CommonRules.REASON_REQUIRED);
        }

        @Test
        void bothMicroGridsMustExist() {
            refused(halved().when(move(GRID + "09", EAST_CODE, BENT, false), BECAUSE), Grid.MICRO_GRID_UNKNOWN);
            refused(halved().when(move(WEST_CODE, GRID + "09", BENT, false), BECAUSE), Grid.NEIGHBOUR_UNKNOWN);
        }

        @Test
        void theNeighbourIsAnotherMicroGrid() {
            refused(halved().when(move(WEST_CODE, WEST_CODE, BENT, false), BECAUSE), Grid.NEIGHBOUR_DISTINCT);
        }

        @Test
        void theEndsStayWhereTheyAre() {
            refused(halved().when(move(WEST_CODE, EAST_CODE, "LINESTRING (112.503 37.7, 112.504 37.703)", false), BECAUSE),
                    Division.SHARED_EDGE_ENDS_FIXED);
        }

        @Test
        void theEdgeStaysWithinThePair() {
            refused(inThreeStrips().when(move(GRID + "01", GRID + "02",
                    "LINESTRING (112.502 37.7, 112.505 37.702, 112.502 37.704)", false), BECAUSE), Division.SHARED_EDGE_OUTSIDE_PAIR);
        }

        @Test
        void microGridsThatAreNoNeighboursAreRefused() {
            refused(inThreeStrips().when(move(GRID + "01", GRID + "03",
                    "LINESTRING (112.502 37.7, 112.503 37.702, 112.502 37.704)", false), BECAUSE), Division.NOT_NEIGHBOURS);
        }
    }

    @Nested
    class Retiring {

        private RetireMicroGridCommand retire(String code, String neighbour, boolean dryRun) {
            return new RetireMicroGridCommand(GRID, code, neighbour, null, dryRun);
        }

        private MicroGridRetiredEvent retired() {
            return new MicroGridRetiredEvent(GRID, WEST_CODE, EAST_CODE, List.of(WEST_CODE, EAST_CODE), List.of(EAST_CODE),
                    List.of(new MicroGrid(EAST_CODE, "东片", norm("POLYGON ((112.5 37.7, 112.503 37.7, 112.506 37.7, 112.506 37.704, "
                            + "112.503 37.704, 112.5 37.704, 112.5 37.7))"), List.of())));
        }

        @Test
        void theNeighbourTakesTheArea() {
            halved().when(retire(WEST_CODE, EAST_CODE, false), BECAUSE)
                    .expectEvents(retired())
                    .expectResultMessagePayload(2L);
        }

        @Test
        void aDryRunStoresNothing() {
            halved().when(retire(WEST_CODE, EAST_CODE, true)).expectNoEvents().expectResultMessagePayload(retired());
        }

        @Test
        void needsAReason() {
            refused(halved().when(retire(WEST_CODE, EAST_CODE, false)), CommonRules.REASON_REQUIRED);
        }

        @Test
        void bothMicroGridsMustExist() {
            refused(halved().when(retire(GRID + "09", EAST_CODE, false), BECAUSE), Grid.MICRO_GRID_UNKNOWN);
            refused(halved().when(retire(WEST_CODE, GRID + "09", false), BECAUSE), Grid.NEIGHBOUR_UNKNOWN);
        }

        @Test
        void theReceiverIsAnotherMicroGrid() {
            refused(halved().when(retire(WEST_CODE, WEST_CODE, false), BECAUSE), Grid.NEIGHBOUR_DISTINCT);
        }

        @Test
        void theReceiverSharesAnEdge() {
            refused(inThreeStrips().when(retire(GRID + "01", GRID + "03", false), BECAUSE), Division.NOT_NEIGHBOURS);
        }

        @Test
        void aRetiredCodeIsNeverUsedAgain() {
            refused(halved().andGiven(retired()).when(new RedrawMicroGridsCommand(GRID, List.of(
                    micro(WEST_CODE, "西片", WEST), micro(EAST_CODE, "东片", EAST)), null), BECAUSE),
                    Grid.MICRO_GRID_CODE_RETIRED);
            refused(halved().andGiven(retired()).when(split(EAST_CODE, "LINESTRING (112.503 37.699, 112.503 37.705)", false,
                    part("01", "西片"), part("03", "东片")), BECAUSE), Grid.NEW_CODE_USED.under("parts[0]."));
        }
    }

    @Nested
    class NamingPeople {

        private static final Leader BUILDING_LEADER = new Leader("王楼长", "138-0000-0000", "3号楼");

        private AssignMicroGridPeopleCommand people(List<String> helpers, List<Leader> building, List<Leader> unit) {
            return new AssignMicroGridPeopleCommand(GRID, WEST_CODE, helpers, building, unit, null);
        }

        @Test
        void replacesHelpersAndLeadersTrimmed() {
            halved().when(people(List.of(" 张三", "赵六"), List.of(new Leader(" 王楼长 ", " 138-0000-0000 ", " 3号楼 ")),
                            List.of(new Leader("李单元长", " ", ""))), BECAUSE)
                    .expectEvents(new MicroGridPeopleAssignedEvent(GRID, WEST_CODE, List.of("张三", "赵六"),
                            List.of(BUILDING_LEADER), List.of(new Leader("李单元长", null, null))))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void needsAReason() {
            refused(halved().when(people(List.of("赵六"), List.of(), List.of())), CommonRules.REASON_REQUIRED);
        }

        @Test
        void theMicroGridMustExist() {
            refused(halved().when(new AssignMicroGridPeopleCommand(GRID, GRID + "09", List.of(), List.of(), List.of(), null),
                    BECAUSE), Grid.MICRO_GRID_UNKNOWN);
        }

        @Test
        void theSamePeopleAgainIsNoChange() {
            refused(halved().when(people(List.of("张三"), List.of(), List.of()), BECAUSE), Grid.PEOPLE_UNCHANGED);
            refused(halved().andGiven(new MicroGridPeopleAssignedEvent(GRID, WEST_CODE, List.of("张三"), List.of(BUILDING_LEADER),
                    List.of())).when(people(List.of("张三"), List.of(BUILDING_LEADER), null), BECAUSE), Grid.PEOPLE_UNCHANGED);
        }

        @Test
        void helpersAreNamedOnceAndAtMostTwenty() {
            refused(halved().when(people(List.of("赵六", "赵六"), List.of(), List.of()), BECAUSE), Grid.NEW_HELPERS);
            refused(halved().when(people(IntStream.rangeClosed(1, 21).mapToObj(i -> "辅助员" + i).toList(), List.of(), List.of()),
                    BECAUSE), Grid.NEW_HELPERS);
        }

        @Test
        void leadersAreNamedOnceAndAtMostTwenty() {
            refused(halved().when(people(List.of(), List.of(BUILDING_LEADER, new Leader("王楼长", null, "4号楼")), List.of()), BECAUSE),
                    Grid.BUILDING_LEADERS_NAMED);
            refused(halved().when(people(List.of(), List.of(), IntStream.rangeClosed(1, 21)
                    .mapToObj(i -> new Leader("单元长" + i, null, null)).toList()), BECAUSE), Grid.UNIT_LEADERS_NAMED);
        }

        @Test
        void eachLeaderHasAName() {
            refused(halved().when(people(List.of(), List.of(BUILDING_LEADER, new Leader(" ", null, null)), List.of()), BECAUSE),
                    Grid.LEADER_NAME.under("buildingLeaders[1]."));
        }

        @Test
        void aPhoneHoldsDigitsPlusAndDashOnlyAndAtMostTwenty() {
            refused(halved().when(people(List.of(), List.of(), List.of(new Leader("李单元长", "138 0000 0000", null))), BECAUSE),
                    Grid.LEADER_PHONE.under("unitLeaders[0]."));
            refused(halved().when(people(List.of(), List.of(), List.of(new Leader("李单元长", "1".repeat(21), null))), BECAUSE),
                    Grid.LEADER_PHONE.under("unitLeaders[0]."));
        }
    }

    @Nested
    class Redrawing {

        @Test
        void recordsWhichNewMicroGridsTookARemovedOnesArea() {
            String third = "POLYGON ((112.5 37.7, 112.504 37.7, 112.504 37.704, 112.5 37.704, 112.5 37.7))";
            String rest = "POLYGON ((112.504 37.7, 112.506 37.7, 112.506 37.704, 112.504 37.704, 112.504 37.7))";
            halved().when(new RedrawMicroGridsCommand(GRID, List.of(micro(GRID + "03", "甲", third), micro(GRID + "04", "乙", rest)),
                            null), BECAUSE)
                    .expectEvents(new MicroGridsRedrawnEvent(GRID, List.of(micro(GRID + "03", "甲", third), micro(GRID + "04", "乙", rest)),
                            List.of(new MicroGridsRedrawnEvent.Succession(WEST_CODE, GRID + "03"),
                                    new MicroGridsRedrawnEvent.Succession(EAST_CODE, GRID + "03"),
                                    new MicroGridsRedrawnEvent.Succession(EAST_CODE, GRID + "04"))));
        }

        @Test
        void aMicroGridTouchingOnlyAlongAnEdgeIsNoSuccessor() {
            // 01 is kept; 02 is replaced by 03 of the same extent, which touches 01 only along the edge
            halved().when(new RedrawMicroGridsCommand(GRID, List.of(micro(WEST_CODE, "西片", WEST), micro(GRID + "03", "东", EAST)),
                            null), BECAUSE)
                    .expectEvents(new MicroGridsRedrawnEvent(GRID, List.of(new MicroGrid(WEST_CODE, "西片", WEST, List.of()),
                            micro(GRID + "03", "东", EAST)), List.of(new MicroGridsRedrawnEvent.Succession(EAST_CODE, GRID + "03"))));
        }

        @Test
        void anEditBuildsOnTheDivisionTheLastOneLeft() {
            // after the split the west half is two micro-grids whose shared edge can move on its own
            halved().andGiven(westSplit())
                    .when(new MoveSharedEdgeCommand(GRID, GRID + "03", GRID + "04",
                            "LINESTRING (112.5 37.702, 112.5015 37.7025, 112.503 37.702)", null, false), BECAUSE)
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayload(3L);
        }
    }
}
