package org.gridatlas.command.complaint;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.aggregate.TestExecutor;
import org.gridatlas.command.directory.InMemoryDirectory;
import org.gridatlas.command.system.CommonRules;
import org.gridatlas.command.system.Rule;
import org.gridatlas.command.system.RuleViolation;
import org.gridatlas.messages.AuditMetadata;
import org.gridatlas.messages.complaint.ComplaintsCorrectedEvent;
import org.gridatlas.messages.complaint.ComplaintsRecordedEvent;
import org.gridatlas.messages.complaint.CorrectComplaintsCommand;
import org.gridatlas.messages.complaint.RecordComplaintsCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ComplaintFigureTest {

    private static final String DISTRICT = "140231";
    private static final String SUB_DISTRICT = "140231001";
    private static final String COMMUNITY = "140231001001";
    private static final String NEXT_COMMUNITY = "140231001002";
    /** 10 March 2024 in Beijing. */
    private static final Instant NOW = Instant.parse("2024-03-10T02:00:00Z");
    private static final Map<String, ?> BECAUSE = Map.of(AuditMetadata.REASON, "12345热线月度核对后更正");

    private FixtureConfiguration<ComplaintFigure> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ComplaintFigure.class);
        fixture.registerInjectableResource(new InMemoryDirectory()
                .withArea(DISTRICT).withArea(SUB_DISTRICT).withArea(COMMUNITY).withArea(NEXT_COMMUNITY)
                .withComplaintFigure(RecordComplaintsCommand.figureIdOf(NEXT_COMMUNITY, "2023-Q2"), NEXT_COMMUNITY,
                        LocalDate.of(2023, 4, 1), LocalDate.of(2023, 6, 30)));
    }

    private static RecordComplaintsCommand record(String area, String period, int complaints) {
        return new RecordComplaintsCommand(RecordComplaintsCommand.figureIdOf(area, period), area, period, complaints);
    }

    private static void rejected(ResultValidator<ComplaintFigure> result, Rule rule) {
        result.expectException(RuleViolation.class)
                .expectExceptionMessage(startsWith(rule.description()))
                .expectNoEvents();
    }

    @Nested
    class Recording {

        @Test
        void recordsAMonthWithItsFirstAndLastDay() {
            fixture.givenCurrentTime(NOW)
                    .when(record(COMMUNITY, "2024-02", 37))
                    .expectEvents(new ComplaintsRecordedEvent("complaints-140231001001-2024-02", DISTRICT, COMMUNITY,
                            "2024-02", LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29), 37));
        }

        @Test
        void recordsAQuarterAndAYearForASubDistrictOrDistrict() {
            fixture.givenCurrentTime(NOW)
                    .when(record(SUB_DISTRICT, "2023-Q4", 120))
                    .expectEvents(new ComplaintsRecordedEvent("complaints-140231001-2023-Q4", DISTRICT, SUB_DISTRICT,
                            "2023-Q4", LocalDate.of(2023, 10, 1), LocalDate.of(2023, 12, 31), 120));
            fixture.givenCurrentTime(NOW)
                    .when(record(DISTRICT, "2022", 1100))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void aPeriodThatHasBegunMayBeRecordedButNotNextMonth() {
            fixture.givenCurrentTime(NOW).when(record(COMMUNITY, "2024-03", 4)).expectSuccessfulHandlerExecution();
            rejected(fixture.givenCurrentTime(NOW).when(record(COMMUNITY, "2024-04", 0)), ComplaintFigure.PERIOD_NOT_BEGUN);
        }

        @Test
        void theAreaMustExist() {
            rejected(fixture.givenCurrentTime(NOW).when(record("140231001009", "2024-01", 3)), ComplaintFigure.AREA_UNKNOWN);
        }

        @Test
        void thePeriodIsAMonthQuarterOrYear() {
            for (String period : new String[] {"2024-13", "2024-Q5", "24-01", "2024-1", "1899", "2024-W02"}) {
                rejected(fixture.givenCurrentTime(NOW).when(record(COMMUNITY, period, 3)), ComplaintFigure.PERIOD_INVALID);
            }
        }

        @Test
        void theIdentifierFollowsFromAreaAndPeriod() {
            rejected(fixture.givenCurrentTime(NOW).when(new RecordComplaintsCommand("my-figure", COMMUNITY, "2024-01", 3)),
                    ComplaintFigure.ID_FOLLOWS_AREA_AND_PERIOD);
        }

        @Test
        void countsAreZeroToAMillion() {
            fixture.givenCurrentTime(NOW).when(record(COMMUNITY, "2024-01", 0)).expectSuccessfulHandlerExecution();
            rejected(fixture.givenCurrentTime(NOW).when(record(COMMUNITY, "2024-01", -1)), ComplaintFigure.COMPLAINTS_IN_RANGE);
            rejected(fixture.givenCurrentTime(NOW).when(record(COMMUNITY, "2024-01", 1_000_001)),
                    ComplaintFigure.COMPLAINTS_IN_RANGE);
        }

        @Test
        void aMonthInsideARecordedQuarterOfTheSameAreaWouldCountTwice() {
            ResultValidator<ComplaintFigure> result = fixture.givenCurrentTime(NOW).when(record(NEXT_COMMUNITY, "2023-05", 9));
            rejected(result, ComplaintFigure.OVERLAPS);
            result.expectExceptionMessage(containsString("recorded already: complaints-140231001002-2023-Q2"));
        }

        @Test
        void aSubDistrictsFigureOverlapsItsCommunitiesFigures() {
            rejected(fixture.givenCurrentTime(NOW).when(record(SUB_DISTRICT, "2023", 400)), ComplaintFigure.OVERLAPS);
        }

        @Test
        void aNeighbourOrAnotherPeriodDoesNotOverlap() {
            fixture.givenCurrentTime(NOW).when(record(COMMUNITY, "2023-05", 9)).expectSuccessfulHandlerExecution();
            fixture.givenCurrentTime(NOW).when(record(NEXT_COMMUNITY, "2023-07", 9)).expectSuccessfulHandlerExecution();
        }
    }

    @Nested
    class Correcting {

        private static final String FIGURE = "complaints-140231001001-2024-01";

        private TestExecutor<ComplaintFigure> recorded() {
            return fixture.givenCurrentTime(NOW).andGiven(new ComplaintsRecordedEvent(FIGURE, DISTRICT, COMMUNITY, "2024-01",
                    LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31), 37));
        }

        @Test
        void aFigureIsCorrectedWithAReason() {
            recorded().when(new CorrectComplaintsCommand(FIGURE, 41, null), BECAUSE)
                    .expectEvents(new ComplaintsCorrectedEvent(FIGURE, 41))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void aCorrectionNeedsAReason() {
            rejected(recorded().when(new CorrectComplaintsCommand(FIGURE, 41, null)), CommonRules.REASON_REQUIRED);
        }

        @Test
        void theSameCountIsNoCorrection() {
            rejected(recorded().when(new CorrectComplaintsCommand(FIGURE, 37, null), BECAUSE), ComplaintFigure.UNCHANGED);
        }

        @Test
        void aCorrectedCountStaysInRange() {
            rejected(recorded().when(new CorrectComplaintsCommand(FIGURE, -3, null), BECAUSE),
                    ComplaintFigure.COMPLAINTS_IN_RANGE);
        }

        @Test
        void theCountFollowsEarlierCorrections() {
            recorded().andGiven(new ComplaintsCorrectedEvent(FIGURE, 41))
                    .when(new CorrectComplaintsCommand(FIGURE, 37, null), BECAUSE)
                    .expectEvents(new ComplaintsCorrectedEvent(FIGURE, 37))
                    .expectResultMessagePayload(2L);
        }
    }
}
