package org.gridatlas.command.problem;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.aggregate.TestExecutor;
import org.gridatlas.command.directory.InMemoryDirectory;
import org.gridatlas.command.system.CommonRules;
import org.gridatlas.command.system.Rule;
import org.gridatlas.command.system.RuleViolation;
import org.gridatlas.geodata.geometry.InvalidGeometryException;
import org.gridatlas.messages.AuditMetadata;
import org.gridatlas.messages.problem.FoundThrough;
import org.gridatlas.messages.problem.ProblemCategory;
import org.gridatlas.messages.problem.ProblemReopenedEvent;
import org.gridatlas.messages.problem.ProblemReportedEvent;
import org.gridatlas.messages.problem.ProblemResolvedEvent;
import org.gridatlas.messages.problem.ReopenProblemCommand;
import org.gridatlas.messages.problem.ReportProblemCommand;
import org.gridatlas.messages.problem.ResolveProblemCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ProblemTest {

    private static final String ID = "problem-1";
    private static final String DISTRICT = "140231";
    private static final String OTHER_DISTRICT = "140232";
    private static final String COMMUNITY = "140231001001";
    private static final String NEXT_COMMUNITY = "140231001002";
    private static final String COMPOUND = "c-1";
    private static final String FOREIGN_COMPOUND = "c-9";
    private static final String GRID = COMMUNITY + "001";
    private static final String NEXT_GRID = NEXT_COMMUNITY + "001";
    /** In the compound, which lies in the first grid. */
    private static final String IN_COMPOUND = "POINT (98.501 39.741)";
    /** In the first grid, outside every compound. */
    private static final String IN_GRID_ONLY = "POINT (98.504 39.744)";
    /** In the neighbouring community's grid. */
    private static final String NEXT_DOOR = "POINT (98.509 39.742)";
    private static final String NOWHERE = "POINT (98.6 39.8)";
    /** Sunday 10 March 2024, 10:00 in Jiuquan (Beijing time). */
    private static final Instant NOW = Instant.parse("2024-03-10T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2024, 3, 10);
    private static final LocalDate FOUND = LocalDate.of(2024, 2, 20);
    private static final String DESCRIPTION = "楼顶平台堆放杂物无人清理";
    private static final Map<String, ?> BECAUSE = Map.of(AuditMetadata.REASON, "居民反映杂物又堆回来了");

    private FixtureConfiguration<Problem> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Problem.class);
        fixture.registerInjectableResource(new InMemoryDirectory()
                .withArea(DISTRICT).withArea("140231001").withArea(COMMUNITY).withArea(NEXT_COMMUNITY).withArea(OTHER_DISTRICT)
                .withCompoundBoundary(COMPOUND, COMMUNITY, rectangle(98.500, 39.740, 98.502, 39.742))
                .withCompoundBoundary(FOREIGN_COMPOUND, "140232001001", rectangle(98.500, 39.740, 98.502, 39.742))
                .withGridBoundary(GRID, rectangle(98.500, 39.740, 98.506, 39.745))
                .withGridBoundary(NEXT_GRID, rectangle(98.506, 39.740, 98.512, 39.745))
                .withMeeting("meeting-1", COMMUNITY, LocalDate.of(2024, 3, 1), List.of(ID))
                .withMeeting("meeting-other", NEXT_COMMUNITY, LocalDate.of(2024, 3, 1), List.of("problem-2"))
                .withMeeting("meeting-foreign", "140232001001", LocalDate.of(2024, 3, 1), List.of(ID)));
    }

    private static String rectangle(double west, double south, double east, double north) {
        return String.format(java.util.Locale.ROOT, "POLYGON ((%s %s, %s %s, %s %s, %s %s, %s %s))",
                west, south, east, south, east, north, west, north, west, south);
    }

    private static ReportProblemCommand report(String wkt, String compoundId, String gridCode) {
        return new ReportProblemCommand(ID, DISTRICT, wkt, compoundId, gridCode, ProblemCategory.SANITATION,
                FoundThrough.GRID_PATROL, DESCRIPTION, FOUND);
    }

    private static ProblemReportedEvent reported() {
        return new ProblemReportedEvent(ID, DISTRICT, "140231001", COMMUNITY, COMPOUND, GRID, IN_COMPOUND,
                ProblemCategory.SANITATION, FoundThrough.GRID_PATROL, DESCRIPTION, FOUND);
    }

    private TestExecutor<Problem> open() {
        return fixture.givenCurrentTime(NOW).andGiven(reported());
    }

    private TestExecutor<Problem> resolved(LocalDate on) {
        return open().andGiven(new ProblemResolvedEvent(ID, on, null));
    }

    /** Refused with the rule's words (and, for some rules, what is wrong in this case after them); nothing stored. */
    private static void rejected(ResultValidator<Problem> result, Rule rule) {
        result.expectException(RuleViolation.class)
                .expectExceptionMessage(startsWith(rule.description()))
                .expectNoEvents();
    }

    @Nested
    class Reporting {

        @Test
        void theCompoundGridAndCommunityAreTakenFromThePoint() {
            fixture.givenCurrentTime(NOW)
                    .when(report(IN_COMPOUND, null, null))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(reported());
        }

        @Test
        void aNamedCompoundAndGridThatHoldThePointAreKept() {
            fixture.givenCurrentTime(NOW)
                    .when(report(IN_COMPOUND, COMPOUND, GRID))
                    .expectEvents(reported());
        }

        @Test
        void aProblemOutsideEveryCompoundLiesInItsGridsCommunity() {
            fixture.givenCurrentTime(NOW)
                    .when(report(IN_GRID_ONLY, null, null))
                    .expectEvents(new ProblemReportedEvent(ID, DISTRICT, "140231001", COMMUNITY, null, GRID, IN_GRID_ONLY,
                            ProblemCategory.SANITATION, FoundThrough.GRID_PATROL, DESCRIPTION, FOUND));
        }

        @Test
        void theLocationIsKeptToSevenDecimals() {
            fixture.givenCurrentTime(NOW)
                    .when(report("POINT (98.50100004 39.74099996)", null, null))
                    .expectEvents(reported());
        }

        @Test
        void aPointOutsideTheNamedCompoundIsRefusedSayingWhereItLies() {
            ResultValidator<Problem> result = fixture.givenCurrentTime(NOW).when(report(NEXT_DOOR, COMPOUND, null));
            rejected(result, Problem.OUTSIDE_COMPOUND);
            result.expectExceptionMessage(containsString(
                    "POINT (98.509 39.742) lies in no compound and grid " + NEXT_GRID + " of the district"));
        }

        @Test
        void aPointOutsideTheNamedGridIsRefusedSayingWhereItLies() {
            ResultValidator<Problem> result = fixture.givenCurrentTime(NOW).when(report(IN_COMPOUND, null, NEXT_GRID));
            rejected(result, Problem.OUTSIDE_GRID);
            result.expectExceptionMessage(containsString("lies in compound " + COMPOUND + " and grid " + GRID));
        }

        @Test
        void aCompoundOfAnotherDistrictHoldsNoPointOfThisOne() {
            rejected(fixture.givenCurrentTime(NOW).when(report(IN_COMPOUND, FOREIGN_COMPOUND, null)),
                    Problem.OUTSIDE_COMPOUND);
        }

        @Test
        void aProblemLiesInACompoundOrAGridOfTheDistrict() {
            rejected(fixture.givenCurrentTime(NOW).when(report(NOWHERE, null, null)), Problem.LIES_NOWHERE);
        }

        @Test
        void aPointOutsideChinaIsInvalidInput() {
            fixture.givenCurrentTime(NOW)
                    .when(report("POINT (-74.01 40.7)", null, null))
                    .expectException(InvalidGeometryException.class)
                    .expectExceptionMessage(containsString("lies outside China"))
                    .expectNoEvents();
        }

        @Test
        void aProblemNeedsAnIdentifier() {
            rejected(fixture.givenCurrentTime(NOW).when(new ReportProblemCommand(" ", DISTRICT, IN_COMPOUND, null, null,
                    ProblemCategory.SANITATION, FoundThrough.GRID_PATROL, DESCRIPTION, FOUND)), Problem.ID_REQUIRED);
        }

        @Test
        void aProblemLiesInAKnownDistrict() {
            rejected(fixture.givenCurrentTime(NOW).when(new ReportProblemCommand(ID, "140299", IN_COMPOUND, null, null,
                    ProblemCategory.SANITATION, FoundThrough.GRID_PATROL, DESCRIPTION, FOUND)), Problem.DISTRICT_UNKNOWN);
            rejected(fixture.givenCurrentTime(NOW).when(new ReportProblemCommand(ID, "140231001", IN_COMPOUND, null, null,
                    ProblemCategory.SANITATION, FoundThrough.GRID_PATROL, DESCRIPTION, FOUND)), Problem.DISTRICT_UNKNOWN);
        }

        @Test
        void theCategoryIsRequired() {
            rejected(fixture.givenCurrentTime(NOW).when(new ReportProblemCommand(ID, DISTRICT, IN_COMPOUND, null, null,
                    null, FoundThrough.GRID_PATROL, DESCRIPTION, FOUND)), Problem.CATEGORY_REQUIRED);
        }

        @Test
        void howItWasFoundIsRequired() {
            rejected(fixture.givenCurrentTime(NOW).when(new ReportProblemCommand(ID, DISTRICT, IN_COMPOUND, null, null,
                    ProblemCategory.PARKING, null, DESCRIPTION, FOUND)), Problem.FOUND_THROUGH_REQUIRED);
        }

        @Test
        void aProblemIsDescribedInAThousandCharactersAtMost() {
            rejected(fixture.givenCurrentTime(NOW).when(new ReportProblemCommand(ID, DISTRICT, IN_COMPOUND, null, null,
                    ProblemCategory.REPAIRS, FoundThrough.HOTLINE, "  ", FOUND)), Problem.DESCRIPTION_REQUIRED);
            rejected(fixture.givenCurrentTime(NOW).when(new ReportProblemCommand(ID, DISTRICT, IN_COMPOUND, null, null,
                    ProblemCategory.REPAIRS, FoundThrough.HOTLINE, "漏".repeat(1001), FOUND)), Problem.DESCRIPTION_REQUIRED);
        }

        @Test
        void theDescriptionIsTrimmed() {
            fixture.givenCurrentTime(NOW)
                    .when(new ReportProblemCommand(ID, DISTRICT, IN_COMPOUND, null, null, ProblemCategory.SANITATION,
                            FoundThrough.GRID_PATROL, "  " + DESCRIPTION + "\n", FOUND))
                    .expectEvents(reported());
        }

        @Test
        void aProblemFoundTodayMayBeRecordedButNotOneFoundTomorrow() {
            fixture.givenCurrentTime(NOW)
                    .when(new ReportProblemCommand(ID, DISTRICT, IN_COMPOUND, null, null, ProblemCategory.SANITATION,
                            FoundThrough.GRID_PATROL, DESCRIPTION, TODAY))
                    .expectSuccessfulHandlerExecution();
            rejected(fixture.givenCurrentTime(NOW).when(new ReportProblemCommand(ID, DISTRICT, IN_COMPOUND, null, null,
                    ProblemCategory.SANITATION, FoundThrough.GRID_PATROL, DESCRIPTION, TODAY.plusDays(1))),
                    Problem.FOUND_ON_REQUIRED);
        }

        @Test
        void theDayFoundIsRequired() {
            rejected(fixture.givenCurrentTime(NOW).when(new ReportProblemCommand(ID, DISTRICT, IN_COMPOUND, null, null,
                    ProblemCategory.SANITATION, FoundThrough.GRID_PATROL, DESCRIPTION, null)), Problem.FOUND_ON_REQUIRED);
        }
    }

    @Nested
    class Resolving {

        private ResolveProblemCommand resolve(LocalDate on, String meetingId) {
            return new ResolveProblemCommand(ID, on, meetingId, null);
        }

        @Test
        void aProblemMayBeResolvedTheDayItWasFound() {
            open().when(resolve(FOUND, null))
                    .expectEvents(new ProblemResolvedEvent(ID, FOUND, null))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void aProblemIsNotResolvedBeforeItWasFound() {
            rejected(open().when(resolve(FOUND.minusDays(1), null)), Problem.RESOLVED_ON_IN_ORDER);
        }

        @Test
        void aResolutionIsNotRecordedInAdvance() {
            rejected(open().when(resolve(TODAY.plusDays(1), null)), Problem.RESOLVED_ON_IN_ORDER);
        }

        @Test
        void theDayResolvedIsRequired() {
            rejected(open().when(resolve(null, null)), Problem.RESOLVED_ON_IN_ORDER);
        }

        @Test
        void aProblemIsResolvedOnce() {
            rejected(resolved(TODAY).when(resolve(TODAY, null)), Problem.ALREADY_RESOLVED);
        }

        @Test
        void theMeetingThatDiscussedItMaySettleIt() {
            open().when(resolve(LocalDate.of(2024, 3, 5), "meeting-1"))
                    .expectEvents(new ProblemResolvedEvent(ID, LocalDate.of(2024, 3, 5), "meeting-1"));
        }

        @Test
        void theMeetingMustBeRecorded() {
            rejected(open().when(resolve(TODAY, "meeting-404")), Problem.MEETING_UNKNOWN);
        }

        @Test
        void theMeetingMustBeOfTheProblemsDistrict() {
            rejected(open().when(resolve(TODAY, "meeting-foreign")), Problem.MEETING_UNKNOWN);
        }

        @Test
        void aMeetingSettlesOnlyProblemsItDiscussed() {
            rejected(open().when(resolve(TODAY, "meeting-other")), Problem.MEETING_DID_NOT_DISCUSS);
        }

        @Test
        void aProblemSettledByAMeetingIsResolvedOnOrAfterTheMeeting() {
            ResultValidator<Problem> result = open().when(resolve(LocalDate.of(2024, 2, 29), "meeting-1"));
            rejected(result, Problem.RESOLVED_BEFORE_MEETING);
            result.expectExceptionMessage(containsString("the meeting was held on 2024-03-01"));
        }
    }

    @Nested
    class Reopening {

        private static final LocalDate RESOLVED = LocalDate.of(2024, 3, 1);

        private ReopenProblemCommand reopen(LocalDate on) {
            return new ReopenProblemCommand(ID, on, null);
        }

        @Test
        void aResolvedProblemThatCameBackIsReopenedWithAReason() {
            resolved(RESOLVED).when(reopen(TODAY), BECAUSE)
                    .expectEvents(new ProblemReopenedEvent(ID, TODAY))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void reopeningNeedsAReason() {
            rejected(resolved(RESOLVED).when(reopen(TODAY)), CommonRules.REASON_REQUIRED);
        }

        @Test
        void onlyAResolvedProblemIsReopened() {
            rejected(open().when(reopen(TODAY), BECAUSE), Problem.NOT_RESOLVED);
        }

        @Test
        void aProblemIsReopenedOnOrAfterItWasResolvedAndNotInAdvance() {
            rejected(resolved(RESOLVED).when(reopen(RESOLVED.minusDays(1)), BECAUSE), Problem.REOPENED_ON_IN_ORDER);
            rejected(resolved(RESOLVED).when(reopen(TODAY.plusDays(1)), BECAUSE), Problem.REOPENED_ON_IN_ORDER);
        }

        @Test
        void aReopenedProblemIsResolvedAgainButNotBeforeItWasReopened() {
            TestExecutor<Problem> reopened = resolved(RESOLVED).andGiven(new ProblemReopenedEvent(ID, LocalDate.of(2024, 3, 5)));
            rejected(reopened.when(new ResolveProblemCommand(ID, LocalDate.of(2024, 3, 4), null, null)),
                    Problem.RESOLVED_ON_IN_ORDER);
            resolved(RESOLVED).andGiven(new ProblemReopenedEvent(ID, LocalDate.of(2024, 3, 5)))
                    .when(new ResolveProblemCommand(ID, TODAY, null, null))
                    .expectEvents(new ProblemResolvedEvent(ID, TODAY, null))
                    .expectResultMessagePayload(3L);
        }
    }
}
