package org.gridatlas.command.campaign;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.instanceOf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.gridatlas.command.directory.InMemoryDirectory;
import org.gridatlas.command.system.Rule;
import org.gridatlas.command.system.RuleViolation;
import org.gridatlas.messages.campaign.CampaignClosedEvent;
import org.gridatlas.messages.campaign.CampaignLaunchedEvent;
import org.gridatlas.messages.campaign.CloseCampaignCommand;
import org.gridatlas.messages.campaign.LaunchCampaignCommand;
import org.gridatlas.messages.campaign.Milestone;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CampaignTest {

    private static final String ID = "campaign-2026";
    private static final String DISTRICT = "140105";
    private static final String NAME = "小店区无物业小区清零行动";
    /** Tuesday 10 March 2026, 10:00 in Taiyuan. */
    private static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final LocalDate TARGET = LocalDate.of(2026, 12, 31);
    private static final Milestone MID_YEAR = new Milestone(LocalDate.of(2026, 6, 30), 1, "过半");
    private static final Milestone YEAR_END = new Milestone(TARGET, 0, "清零");

    private InMemoryDirectory directory;
    private FixtureConfiguration<Campaign> fixture;

    @BeforeEach
    void setUp() {
        // 小店区: two unmanaged compounds of three, entered out of order; 晋源区: all managed
        directory = new InMemoryDirectory()
                .withArea(DISTRICT).withArea("140105001").withArea("140110")
                .withCompound("c-3", DISTRICT, true).withCompound("c-1", DISTRICT, true)
                .withCompound("c-2", DISTRICT, false)
                .withCompound("c-9", "140106", true)
                .withCompound("c-10", "140110", false);
        fixture = new AggregateTestFixture<>(Campaign.class);
        fixture.registerInjectableResource(directory);
    }

    private static LaunchCampaignCommand launch(LocalDate target, List<Milestone> milestones) {
        return new LaunchCampaignCommand(ID, DISTRICT, NAME, target, milestones);
    }

    private static CampaignLaunchedEvent launched() {
        return new CampaignLaunchedEvent(ID, DISTRICT, NAME, TODAY, TARGET, List.of(MID_YEAR, YEAR_END), 3,
                List.of("c-1", "c-3"));
    }

    private TestExecutor<Campaign> openCampaign() {
        return fixture.givenCurrentTime(NOW).andGiven(launched());
    }

    private static void rejected(org.axonframework.test.aggregate.ResultValidator<Campaign> result, Rule rule) {
        result.expectException(RuleViolation.class)
                .expectExceptionMessage(rule.description())
                .expectNoEvents();
    }

    private static Matcher<RuleViolation> violating(String ruleId) {
        return new FeatureMatcher<>(equalTo(ruleId), "a rule violation of", "rule id") {
            @Override
            protected String featureValueOf(RuleViolation violation) {
                return violation.rule().id();
            }
        };
    }

    @Nested
    class Launch {

        @Test
        void launchesWithTheBaselineOfTheRegister() {
            fixture.givenCurrentTime(NOW)
                    .when(new LaunchCampaignCommand(ID, DISTRICT, " " + NAME + " ", TARGET, List.of(MID_YEAR, YEAR_END)))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(launched());
        }

        @Test
        void launchesWithoutMilestones() {
            fixture.givenCurrentTime(NOW)
                    .when(launch(TARGET, null))
                    .expectEvents(new CampaignLaunchedEvent(ID, DISTRICT, NAME, TODAY, TARGET, List.of(), 3,
                            List.of("c-1", "c-3")));
        }

        @Test
        void theLaunchDayIsTheDayInTaiyuan() {
            // 01:00 on 10 March in Taiyuan is still 9 March in UTC
            fixture.givenCurrentTime(Instant.parse("2026-03-09T17:00:00Z"))
                    .when(launch(TARGET, List.of(MID_YEAR, YEAR_END)))
                    .expectEvents(launched());
        }

        @Test
        void aCampaignNeedsAnIdentifier() {
            rejected(fixture.givenCurrentTime(NOW).when(new LaunchCampaignCommand(" ", DISTRICT, NAME, TARGET, null)),
                    Campaign.ID_REQUIRED);
        }

        @Test
        void cannotLaunchInAnUnknownDistrict() {
            rejected(fixture.givenCurrentTime(NOW).when(new LaunchCampaignCommand(ID, "140106", NAME, TARGET, null)),
                    Campaign.DISTRICT_UNKNOWN);
        }

        @Test
        void aSubDistrictIsNoDistrict() {
            rejected(fixture.givenCurrentTime(NOW).when(new LaunchCampaignCommand(ID, "140105001", NAME, TARGET, null)),
                    Campaign.DISTRICT_UNKNOWN);
        }

        @Test
        void aCampaignNeedsAName() {
            rejected(fixture.givenCurrentTime(NOW).when(new LaunchCampaignCommand(ID, DISTRICT, "", TARGET, null)),
                    Campaign.NAME_REQUIRED);
        }

        @Test
        void aCampaignNameFitsInAHundredCharacters() {
            rejected(fixture.givenCurrentTime(NOW).when(new LaunchCampaignCommand(ID, DISTRICT, "清".repeat(101), TARGET,
                    null)), Campaign.NAME_REQUIRED);
        }

        @Test
        void aDistrictHasOneOpenCampaign() {
            directory.withOpenCampaign(DISTRICT);
            rejected(fixture.givenCurrentTime(NOW).when(launch(TARGET, null)), Campaign.ONE_OPEN_CAMPAIGN);
        }

        @Test
        void theTargetDateLiesAfterToday() {
            rejected(fixture.givenCurrentTime(NOW).when(launch(TODAY, null)), Campaign.TARGET_AFTER_LAUNCH);
        }

        @Test
        void theTargetDateIsNotInThePast() {
            rejected(fixture.givenCurrentTime(NOW).when(launch(TODAY.minusDays(1), null)), Campaign.TARGET_AFTER_LAUNCH);
        }

        @Test
        void theTargetDateIsRequired() {
            rejected(fixture.givenCurrentTime(NOW).when(launch(null, null)), Campaign.TARGET_AFTER_LAUNCH);
        }

        @Test
        void aMilestoneFallsAfterTheLaunch() {
            rejected(fixture.givenCurrentTime(NOW).when(launch(TARGET, List.of(new Milestone(TODAY, 2, "启动")))),
                    Campaign.MILESTONES_IN_ORDER);
        }

        @Test
        void milestonesComeInOrder() {
            rejected(fixture.givenCurrentTime(NOW).when(launch(TARGET, List.of(YEAR_END, MID_YEAR))),
                    Campaign.MILESTONES_IN_ORDER);
        }

        @Test
        void twoMilestonesDoNotShareADay() {
            rejected(fixture.givenCurrentTime(NOW).when(launch(TARGET, List.of(MID_YEAR,
                    new Milestone(MID_YEAR.due(), 0, "同日")))), Campaign.MILESTONES_IN_ORDER);
        }

        @Test
        void noMilestoneLiesBeyondTheTarget() {
            rejected(fixture.givenCurrentTime(NOW).when(launch(TARGET, List.of(MID_YEAR,
                    new Milestone(TARGET.plusDays(1), 0, "清零")))), Campaign.MILESTONES_IN_ORDER);
        }

        @Test
        void aLaterMilestoneAllowsNoMoreUnmanagedCompounds() {
            rejected(fixture.givenCurrentTime(NOW).when(launch(TARGET, List.of(MID_YEAR,
                    new Milestone(LocalDate.of(2026, 9, 30), 2, "三季度")))), Campaign.MILESTONES_IN_ORDER);
        }

        @Test
        void aMilestoneAllowsNoNegativeCount() {
            rejected(fixture.givenCurrentTime(NOW).when(launch(TARGET, List.of(new Milestone(TARGET, -1, "清零")))),
                    Campaign.MILESTONES_IN_ORDER);
        }

        @Test
        void aMilestoneHasADueDate() {
            rejected(fixture.givenCurrentTime(NOW).when(launch(TARGET, List.of(new Milestone(null, 0, "清零")))),
                    Campaign.MILESTONES_IN_ORDER);
        }

        @Test
        void aMilestoneIsNotEmpty() {
            rejected(fixture.givenCurrentTime(NOW).when(launch(TARGET, Arrays.asList(MID_YEAR, null))),
                    Campaign.MILESTONES_IN_ORDER);
        }

        @Test
        void aMilestoneLabelFitsInAHundredCharacters() {
            rejected(fixture.givenCurrentTime(NOW).when(launch(TARGET, List.of(new Milestone(TARGET, 0, "清".repeat(101))))),
                    Campaign.MILESTONES_IN_ORDER);
        }

        @Test
        void aDistrictWithoutUnmanagedCompoundsHasNothingToClear() {
            rejected(fixture.givenCurrentTime(NOW).when(new LaunchCampaignCommand(ID, "140110", NAME, TARGET, null)),
                    Campaign.NOTHING_TO_CLEAR);
        }
    }

    @Nested
    class Close {

        @Test
        void closesOnceNoCompoundIsUnmanaged() {
            directory.withCompound("c-1", DISTRICT, false).withCompound("c-3", DISTRICT, false);
            openCampaign()
                    .when(new CloseCampaignCommand(ID, null))
                    .expectEvents(new CampaignClosedEvent(ID, DISTRICT, TODAY))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void staysOpenWhileCompoundsAreUnmanagedAndSaysHowMany() {
            directory.withCompound("c-1", DISTRICT, false);
            openCampaign()
                    .when(new CloseCampaignCommand(ID, null))
                    .expectException(allOf(instanceOf(RuleViolation.class), violating(Campaign.NOT_DONE_ID)))
                    .expectExceptionMessage(containsString("1 still are"))
                    .expectNoEvents();
        }

        @Test
        void compoundsRegisteredAfterTheLaunchCountToo() {
            directory.withCompound("c-1", DISTRICT, false).withCompound("c-3", DISTRICT, false)
                    .withCompound("c-4", DISTRICT, true).withCompound("c-5", DISTRICT, true);
            openCampaign()
                    .when(new CloseCampaignCommand(ID, null))
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage(containsString("2 still are"))
                    .expectNoEvents();
        }

        @Test
        void cannotCloseTwice() {
            directory.withCompound("c-1", DISTRICT, false).withCompound("c-3", DISTRICT, false);
            rejected(openCampaign().andGiven(new CampaignClosedEvent(ID, DISTRICT, TODAY))
                    .when(new CloseCampaignCommand(ID, null)), Campaign.CLOSED);
        }
    }
}
