package org.gridatlas.command.campaign;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.gridatlas.messages.area.AreaLevel;
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
    /** 小店区's 坞城街道, and its 东社区. */
    private static final String SUB_DISTRICT = "140105001";
    private static final String COMMUNITY = "140105001001";
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
        // 小店区: two unmanaged compounds of three, entered out of order, c-1 and c-2 in the first
        // sub-district's community, c-3 in the second's; a third sub-district has none; 晋源区: all managed
        directory = new InMemoryDirectory()
                .withArea(DISTRICT).withArea(SUB_DISTRICT).withArea(COMMUNITY)
                .withArea("140105002").withArea("140105002001").withArea("140105003")
                .withArea("140110").withArea("140110001")
                .withCompoundIn("c-3", "140105002001", true).withCompoundIn("c-1", COMMUNITY, true)
                .withCompoundIn("c-2", COMMUNITY, false)
                .withCompound("c-9", "140106", true)
                .withCompoundIn("c-10", "140110001001", false);
        fixture = new AggregateTestFixture<>(Campaign.class);
        fixture.registerInjectableResource(directory);
    }

    private static LaunchCampaignCommand launch(LocalDate target, List<Milestone> milestones) {
        return new LaunchCampaignCommand(ID, DISTRICT, NAME, target, milestones);
    }

    private static CampaignLaunchedEvent launched() {
        return new CampaignLaunchedEvent(ID, DISTRICT, DISTRICT, AreaLevel.DISTRICT, NAME, TODAY, TARGET,
                List.of(MID_YEAR, YEAR_END), 3, List.of("c-1", "c-3"));
    }

    private static LaunchCampaignCommand launchFor(String areaCode) {
        return new LaunchCampaignCommand(ID, DISTRICT, areaCode, NAME, TARGET, List.of(YEAR_END));
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
                    .expectEvents(new CampaignLaunchedEvent(ID, DISTRICT, DISTRICT, AreaLevel.DISTRICT, NAME, TODAY,
                            TARGET, List.of(), 3, List.of("c-1", "c-3")));
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
        void aSubDistrictMayRunItsOwnCampaignInsideTheDistricts() {
            directory.withOpenCampaign(DISTRICT);
            fixture.givenCurrentTime(NOW)
                    .when(launchFor(SUB_DISTRICT))
                    .expectEvents(new CampaignLaunchedEvent(ID, DISTRICT, SUB_DISTRICT, AreaLevel.SUB_DISTRICT, NAME,
                            TODAY, TARGET, List.of(YEAR_END), 2, List.of("c-1")));
        }

        @Test
        void aCommunityMayRunOneTooWithTheBaselineOfItsOwnCompounds() {
            directory.withOpenCampaign(DISTRICT).withOpenCampaign(SUB_DISTRICT);
            fixture.givenCurrentTime(NOW)
                    .when(launchFor(COMMUNITY))
                    .expectEvents(new CampaignLaunchedEvent(ID, DISTRICT, COMMUNITY, AreaLevel.COMMUNITY, NAME,
                            TODAY, TARGET, List.of(YEAR_END), 2, List.of("c-1")));
        }

        @Test
        void theDistrictMayLaunchWhileASubDistrictRunsOne() {
            directory.withOpenCampaign(SUB_DISTRICT);
            fixture.givenCurrentTime(NOW)
                    .when(launch(TARGET, List.of(MID_YEAR, YEAR_END)))
                    .expectEvents(launched());
        }

        @Test
        void secondOpenCampaignForTheSameAreaIsRefused() {
            directory.withOpenCampaign(SUB_DISTRICT);
            rejected(fixture.givenCurrentTime(NOW).when(launchFor(SUB_DISTRICT)), Campaign.ONE_OPEN_CAMPAIGN);
        }

        @Test
        void theAreaIsOneOfTheDistricts() {
            rejected(fixture.givenCurrentTime(NOW).when(launchFor("140110001")), Campaign.AREA_UNKNOWN);
        }

        @Test
        void anUnknownSubDistrictHasNoCampaign() {
            rejected(fixture.givenCurrentTime(NOW).when(launchFor("140105009")), Campaign.AREA_UNKNOWN);
        }

        @Test
        void aSubDistrictWithoutUnmanagedCompoundsHasNothingToClear() {
            rejected(fixture.givenCurrentTime(NOW).when(launchFor("140105003")), Campaign.NOTHING_TO_CLEAR);
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
            directory.withCompoundIn("c-1", COMMUNITY, false).withCompoundIn("c-3", "140105002001", false);
            openCampaign()
                    .when(new CloseCampaignCommand(ID, null))
                    .expectEvents(new CampaignClosedEvent(ID, DISTRICT, DISTRICT, TODAY))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void aSubDistrictsCampaignClosesWhenItsAreaIsDoneThoughTheDistrictIsNot() {
            directory.withCompoundIn("c-1", COMMUNITY, false);
            fixture.givenCurrentTime(NOW)
                    .andGiven(new CampaignLaunchedEvent(ID, DISTRICT, SUB_DISTRICT, AreaLevel.SUB_DISTRICT, NAME, TODAY,
                            TARGET, List.of(), 2, List.of("c-1")))
                    .when(new CloseCampaignCommand(ID, null))
                    .expectEvents(new CampaignClosedEvent(ID, DISTRICT, SUB_DISTRICT, TODAY));
        }

        @Test
        void theDistrictsCampaignStaysOpenWhileASubDistrictIsNotDone() {
            directory.withCompoundIn("c-1", COMMUNITY, false);
            openCampaign()
                    .when(new CloseCampaignCommand(ID, null))
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage(containsString("1 still are"))
                    .expectNoEvents();
        }

        /** As Jackson reads an event stored before campaigns had areas: the members it lacks are null. */
        @Test
        void oldLaunchEventsWithoutAreaReadAsDistrictCampaigns() {
            CampaignLaunchedEvent old = new CampaignLaunchedEvent(ID, DISTRICT, null, null, NAME, TODAY, TARGET,
                    List.of(MID_YEAR, YEAR_END), 3, List.of("c-1", "c-3"));
            assertThat(old).isEqualTo(launched());

            directory.withCompoundIn("c-1", COMMUNITY, false);
            fixture.givenCurrentTime(NOW).andGiven(old)
                    .when(new CloseCampaignCommand(ID, null))
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage(containsString("1 still are"))
                    .expectNoEvents();
        }

        @Test
        void oldCloseEventsWithoutAreaClosedTheDistrictsCampaign() {
            assertThat(new CampaignClosedEvent(ID, DISTRICT, null, TODAY))
                    .isEqualTo(new CampaignClosedEvent(ID, DISTRICT, DISTRICT, TODAY));
        }

        @Test
        void staysOpenWhileCompoundsAreUnmanagedAndSaysHowMany() {
            directory.withCompoundIn("c-1", COMMUNITY, false);
            openCampaign()
                    .when(new CloseCampaignCommand(ID, null))
                    .expectException(allOf(instanceOf(RuleViolation.class), violating(Campaign.NOT_DONE_ID)))
                    .expectExceptionMessage(containsString("1 still are"))
                    .expectNoEvents();
        }

        @Test
        void compoundsRegisteredAfterTheLaunchCountToo() {
            directory.withCompoundIn("c-1", COMMUNITY, false).withCompoundIn("c-3", "140105002001", false)
                    .withCompoundIn("c-4", COMMUNITY, true).withCompoundIn("c-5", "140105002001", true);
            openCampaign()
                    .when(new CloseCampaignCommand(ID, null))
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage(containsString("2 still are"))
                    .expectNoEvents();
        }

        @Test
        void cannotCloseTwice() {
            directory.withCompoundIn("c-1", COMMUNITY, false).withCompoundIn("c-3", "140105002001", false);
            rejected(openCampaign().andGiven(new CampaignClosedEvent(ID, DISTRICT, DISTRICT, TODAY))
                    .when(new CloseCampaignCommand(ID, null)), Campaign.CLOSED);
        }
    }
}
