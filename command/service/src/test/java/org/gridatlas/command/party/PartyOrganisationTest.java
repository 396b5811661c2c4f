package org.gridatlas.command.party;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.gridatlas.command.directory.InMemoryDirectory;
import org.gridatlas.command.system.CommonRules;
import org.gridatlas.command.system.Rule;
import org.gridatlas.command.system.RuleViolation;
import org.gridatlas.messages.AuditMetadata;
import org.gridatlas.messages.body.BodyKind;
import org.gridatlas.messages.party.ChangePartyCoverageCommand;
import org.gridatlas.messages.party.ChangePartyMembershipCommand;
import org.gridatlas.messages.party.DissolvePartyOrganisationCommand;
import org.gridatlas.messages.party.FoundPartyOrganisationCommand;
import org.gridatlas.messages.party.PartyCoverageChangedEvent;
import org.gridatlas.messages.party.PartyMembershipChangedEvent;
import org.gridatlas.messages.party.PartyOrganisationDissolvedEvent;
import org.gridatlas.messages.party.PartyOrganisationFoundedEvent;
import org.gridatlas.messages.party.PartyOrganisationType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PartyOrganisationTest {

    private static final String ID = "p-1";
    private static final String DISTRICT = "140105";
    private static final String OTHER_DISTRICT = "140106";
    private static final String COMPOUND_A = "c-1";
    private static final String COMPOUND_B = "c-2";
    private static final String FOREIGN_COMPOUND = "c-9";
    private static final String GRID_A = "140105001001001";
    private static final String GRID_B = "140105001001002";
    private static final String FOREIGN_GRID = "140106001001001";
    /** Tuesday 10 March 2026, 10:00 in Taiyuan. */
    private static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final LocalDate FOUNDED = LocalDate.of(2025, 7, 1);
    private static final String NAME = "锦绣苑小区党支部";
    private static final String COMPANY = "company-1";
    private static final String SOCIETY = "society-1";
    private static final String FOREIGN_COMPANY = "company-9";
    private static final String DISSOLVED_COMPANY = "company-0";
    private static final Map<String, ?> BECAUSE = Map.of(AuditMetadata.REASON, "小区合并，党员转入新支部");

    private FixtureConfiguration<PartyOrganisation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PartyOrganisation.class);
        fixture.registerInjectableResource(new InMemoryDirectory()
                .withArea(DISTRICT).withArea("140105001").withArea(OTHER_DISTRICT)
                .withCompound(COMPOUND_A, DISTRICT, true).withCompound(COMPOUND_B, DISTRICT, false)
                .withCompound(FOREIGN_COMPOUND, OTHER_DISTRICT, true)
                .withGrid(GRID_A).withGrid(GRID_B).withGrid(FOREIGN_GRID)
                .withBody(COMPANY, BodyKind.PROPERTY_SERVICE_COMPANY, DISTRICT, null, List.of(COMPOUND_A))
                .withBody(SOCIETY, BodyKind.SHARED_PROPERTY_SOCIETY, "140105001001", null, List.of())
                .withBody(FOREIGN_COMPANY, BodyKind.PROPERTY_SERVICE_COMPANY, OTHER_DISTRICT, null, List.of())
                .withDissolvedBody(DISSOLVED_COMPANY, BodyKind.PROPERTY_SERVICE_COMPANY, DISTRICT));
    }

    private static FoundPartyOrganisationCommand found(PartyOrganisationType type, int members, LocalDate foundedOn,
                                                       List<String> compounds, List<String> grids) {
        return new FoundPartyOrganisationCommand(ID, DISTRICT, type, NAME, members, foundedOn, compounds, grids);
    }

    private static FoundPartyOrganisationCommand found(PartyOrganisationType type, int members) {
        return found(type, members, FOUNDED, List.of(COMPOUND_A), List.of(GRID_A));
    }

    private static PartyOrganisationFoundedEvent founded(PartyOrganisationType type, int members) {
        return new PartyOrganisationFoundedEvent(ID, DISTRICT, type, NAME, members, FOUNDED, List.of(COMPOUND_A),
                List.of(GRID_A));
    }

    private TestExecutor<PartyOrganisation> compoundBranch() {
        return fixture.givenCurrentTime(NOW).andGiven(founded(PartyOrganisationType.COMPOUND_BRANCH, 3));
    }

    private TestExecutor<PartyOrganisation> partyGroup() {
        return fixture.givenCurrentTime(NOW).andGiven(founded(PartyOrganisationType.PARTY_GROUP, 2));
    }

    private TestExecutor<PartyOrganisation> dissolvedBranch() {
        return compoundBranch().andGiven(new PartyOrganisationDissolvedEvent(ID, TODAY));
    }

    private static void rejected(org.axonframework.test.aggregate.ResultValidator<PartyOrganisation> result, Rule rule) {
        result.expectException(RuleViolation.class)
                .expectExceptionMessage(rule.description())
                .expectNoEvents();
    }

    @Nested
    class Founding {

        @Test
        void foundsACompoundBranchWithATrimmedName() {
            fixture.givenCurrentTime(NOW)
                    .when(new FoundPartyOrganisationCommand(ID, DISTRICT, PartyOrganisationType.COMPOUND_BRANCH,
                            "  锦绣苑小区党支部 ", 3, FOUNDED, List.of(COMPOUND_A), List.of(GRID_A)))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(founded(PartyOrganisationType.COMPOUND_BRANCH, 3));
        }

        @Test
        void aGridBranchCoversGridsOnly() {
            fixture.givenCurrentTime(NOW)
                    .when(found(PartyOrganisationType.GRID_BRANCH, 7, FOUNDED, null, List.of(GRID_A, GRID_B)))
                    .expectEvents(new PartyOrganisationFoundedEvent(ID, DISTRICT, PartyOrganisationType.GRID_BRANCH,
                            NAME, 7, FOUNDED, List.of(), List.of(GRID_A, GRID_B)));
        }

        @Test
        void aCentralHouseholdMayBeFoundedTodayWithOneMember() {
            fixture.givenCurrentTime(NOW)
                    .when(found(PartyOrganisationType.CENTRAL_HOUSEHOLD, 1, TODAY, List.of(COMPOUND_B), List.of()))
                    .expectEvents(new PartyOrganisationFoundedEvent(ID, DISTRICT, PartyOrganisationType.CENTRAL_HOUSEHOLD,
                            NAME, 1, TODAY, List.of(COMPOUND_B), List.of()));
        }

        @Test
        void aPartyGroupMayHaveOneMember() {
            fixture.givenCurrentTime(NOW)
                    .when(found(PartyOrganisationType.PARTY_GROUP, 1))
                    .expectEvents(founded(PartyOrganisationType.PARTY_GROUP, 1));
        }

        @Test
        void aBranchNeedsThreeFullMembers() {
            rejected(fixture.givenCurrentTime(NOW).when(found(PartyOrganisationType.COMPOUND_BRANCH, 2)),
                    PartyOrganisation.BRANCH_NEEDS_THREE);
        }

        @Test
        void aGridBranchNeedsThreeFullMembers() {
            rejected(fixture.givenCurrentTime(NOW).when(found(PartyOrganisationType.GRID_BRANCH, 2)),
                    PartyOrganisation.BRANCH_NEEDS_THREE);
        }

        @Test
        void aPropertyEnterpriseBranchNeedsThreeFullMembers() {
            rejected(fixture.givenCurrentTime(NOW).when(found(PartyOrganisationType.PROPERTY_ENTERPRISE_BRANCH, 2)),
                    PartyOrganisation.BRANCH_NEEDS_THREE);
        }

        @Test
        void aFunctionalBranchNeedsThreeFullMembers() {
            rejected(fixture.givenCurrentTime(NOW).when(found(PartyOrganisationType.FUNCTIONAL_BRANCH, 2)),
                    PartyOrganisation.BRANCH_NEEDS_THREE);
        }

        @Test
        void aPartyGroupNeedsAFullMember() {
            rejected(fixture.givenCurrentTime(NOW).when(found(PartyOrganisationType.PARTY_GROUP, 0)),
                    PartyOrganisation.MEMBERS_IN_RANGE);
        }

        @Test
        void aCentralHouseholdNeedsAFullMember() {
            rejected(fixture.givenCurrentTime(NOW).when(found(PartyOrganisationType.CENTRAL_HOUSEHOLD, 0)),
                    PartyOrganisation.MEMBERS_IN_RANGE);
        }

        @Test
        void noOrganisationHasMoreThanTenThousandMembers() {
            rejected(fixture.givenCurrentTime(NOW).when(found(PartyOrganisationType.FUNCTIONAL_BRANCH, 10_001)),
                    PartyOrganisation.MEMBERS_IN_RANGE);
        }

        @Test
        void anOrganisationNeedsAnIdentifier() {
            rejected(fixture.givenCurrentTime(NOW).when(new FoundPartyOrganisationCommand(" ", DISTRICT,
                    PartyOrganisationType.PARTY_GROUP, NAME, 1, FOUNDED, List.of(COMPOUND_A), List.of())),
                    PartyOrganisation.ID_REQUIRED);
        }

        @Test
        void cannotFoundAnOrganisationInAnUnknownDistrict() {
            rejected(fixture.givenCurrentTime(NOW).when(new FoundPartyOrganisationCommand(ID, "140107",
                    PartyOrganisationType.PARTY_GROUP, NAME, 1, FOUNDED, List.of(COMPOUND_A), List.of())),
                    PartyOrganisation.DISTRICT_UNKNOWN);
        }

        @Test
        void aSubDistrictIsNoDistrict() {
            rejected(fixture.givenCurrentTime(NOW).when(new FoundPartyOrganisationCommand(ID, "140105001",
                    PartyOrganisationType.PARTY_GROUP, NAME, 1, FOUNDED, List.of(COMPOUND_A), List.of())),
                    PartyOrganisation.DISTRICT_UNKNOWN);
        }

        @Test
        void theKindOfOrganisationIsRequired() {
            rejected(fixture.givenCurrentTime(NOW).when(found(null, 3)), PartyOrganisation.TYPE_REQUIRED);
        }

        @Test
        void anOrganisationNeedsAName() {
            rejected(fixture.givenCurrentTime(NOW).when(new FoundPartyOrganisationCommand(ID, DISTRICT,
                    PartyOrganisationType.PARTY_GROUP, " ", 1, FOUNDED, List.of(COMPOUND_A), List.of())),
                    PartyOrganisation.NAME_REQUIRED);
        }

        @Test
        void anOrganisationNameFitsInAHundredCharacters() {
            rejected(fixture.givenCurrentTime(NOW).when(new FoundPartyOrganisationCommand(ID, DISTRICT,
                    PartyOrganisationType.PARTY_GROUP, "党".repeat(101), 1, FOUNDED, List.of(COMPOUND_A), List.of())),
                    PartyOrganisation.NAME_REQUIRED);
        }

        @Test
        void foundingIsNotRecordedInAdvance() {
            rejected(fixture.givenCurrentTime(NOW).when(found(PartyOrganisationType.COMPOUND_BRANCH, 3,
                    TODAY.plusDays(1), List.of(COMPOUND_A), List.of())), PartyOrganisation.FOUNDED_ON_REQUIRED);
        }

        @Test
        void theFoundingDateIsRequired() {
            rejected(fixture.givenCurrentTime(NOW).when(found(PartyOrganisationType.COMPOUND_BRANCH, 3,
                    null, List.of(COMPOUND_A), List.of())), PartyOrganisation.FOUNDED_ON_REQUIRED);
        }

        @Test
        void anOrganisationCoversSomething() {
            rejected(fixture.givenCurrentTime(NOW).when(found(PartyOrganisationType.FUNCTIONAL_BRANCH, 3,
                    FOUNDED, List.of(), null)), PartyOrganisation.COVERS_SOMETHING);
        }

        @Test
        void aCompoundBranchCoversACompound() {
            rejected(fixture.givenCurrentTime(NOW).when(found(PartyOrganisationType.COMPOUND_BRANCH, 3,
                    FOUNDED, List.of(), List.of(GRID_A))), PartyOrganisation.COMPOUND_BRANCH_COVERS_COMPOUND);
        }

        @Test
        void aGridBranchCoversAGrid() {
            rejected(fixture.givenCurrentTime(NOW).when(found(PartyOrganisationType.GRID_BRANCH, 3,
                    FOUNDED, List.of(COMPOUND_A), List.of())), PartyOrganisation.GRID_BRANCH_COVERS_GRID);
        }

        @Test
        void cannotCoverAnUnknownCompound() {
            rejected(fixture.givenCurrentTime(NOW).when(found(PartyOrganisationType.COMPOUND_BRANCH, 3,
                    FOUNDED, List.of(COMPOUND_A, "c-404"), List.of())), PartyOrganisation.COMPOUNDS_UNKNOWN);
        }

        @Test
        void cannotCoverACompoundOfAnotherDistrict() {
            rejected(fixture.givenCurrentTime(NOW).when(found(PartyOrganisationType.COMPOUND_BRANCH, 3,
                    FOUNDED, List.of(FOREIGN_COMPOUND), List.of())), PartyOrganisation.COMPOUNDS_UNKNOWN);
        }

        @Test
        void cannotNameACompoundTwice() {
            rejected(fixture.givenCurrentTime(NOW).when(found(PartyOrganisationType.COMPOUND_BRANCH, 3,
                    FOUNDED, List.of(COMPOUND_A, COMPOUND_A), List.of())), PartyOrganisation.COMPOUNDS_UNKNOWN);
        }

        @Test
        void cannotCoverAnUnknownGrid() {
            rejected(fixture.givenCurrentTime(NOW).when(found(PartyOrganisationType.GRID_BRANCH, 3,
                    FOUNDED, List.of(), List.of("140105001001009"))), PartyOrganisation.GRIDS_UNKNOWN);
        }

        @Test
        void cannotCoverAGridOfAnotherDistrict() {
            rejected(fixture.givenCurrentTime(NOW).when(found(PartyOrganisationType.GRID_BRANCH, 3,
                    FOUNDED, List.of(), List.of(GRID_A, FOREIGN_GRID))), PartyOrganisation.GRIDS_UNKNOWN);
        }

        @Test
        void cannotNameAGridTwice() {
            rejected(fixture.givenCurrentTime(NOW).when(found(PartyOrganisationType.GRID_BRANCH, 3,
                    FOUNDED, List.of(), List.of(GRID_B, GRID_B))), PartyOrganisation.GRIDS_UNKNOWN);
        }
    }

    @Nested
    class Membership {

        private ChangePartyMembershipCommand members(int fullMembers) {
            return new ChangePartyMembershipCommand(ID, fullMembers, null);
        }

        @Test
        void recordsANewNumberOfFullMembers() {
            compoundBranch()
                    .when(members(5))
                    .expectEvents(new PartyMembershipChangedEvent(ID, 5))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void aBranchCannotFallBelowThreeFullMembers() {
            rejected(compoundBranch().when(members(2)), PartyOrganisation.BRANCH_NEEDS_THREE);
        }

        @Test
        void aPartyGroupMayShrinkToOneMember() {
            partyGroup()
                    .when(members(1))
                    .expectEvents(new PartyMembershipChangedEvent(ID, 1));
        }

        @Test
        void aPartyGroupCannotLoseItsLastMember() {
            rejected(partyGroup().when(members(0)), PartyOrganisation.MEMBERS_IN_RANGE);
        }

        @Test
        void theSameNumberIsNoChange() {
            rejected(compoundBranch().when(members(3)), PartyOrganisation.MEMBERS_UNCHANGED);
        }

        @Test
        void theNumberFollowsEarlierChanges() {
            compoundBranch().andGiven(new PartyMembershipChangedEvent(ID, 5))
                    .when(members(3))
                    .expectEvents(new PartyMembershipChangedEvent(ID, 3))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void aDissolvedOrganisationHasNoMembershipToChange() {
            rejected(dissolvedBranch().when(members(5)), PartyOrganisation.DISSOLVED);
        }
    }

    @Nested
    class Coverage {

        private ChangePartyCoverageCommand cover(List<String> compounds, List<String> grids) {
            return new ChangePartyCoverageCommand(ID, compounds, grids, null);
        }

        @Test
        void replacesTheCoverage() {
            compoundBranch()
                    .when(cover(List.of(COMPOUND_A, COMPOUND_B), null))
                    .expectEvents(new PartyCoverageChangedEvent(ID, List.of(COMPOUND_A, COMPOUND_B), List.of()))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void theSameCoverageIsNoChange() {
            rejected(compoundBranch().when(cover(List.of(COMPOUND_A), List.of(GRID_A))), PartyOrganisation.COVERAGE_UNCHANGED);
        }

        @Test
        void theSameCoverageInAnotherOrderIsNoChange() {
            rejected(compoundBranch().andGiven(new PartyCoverageChangedEvent(ID, List.of(COMPOUND_A, COMPOUND_B), List.of()))
                    .when(cover(List.of(COMPOUND_B, COMPOUND_A), List.of())), PartyOrganisation.COVERAGE_UNCHANGED);
        }

        @Test
        void theCoverageFollowsEarlierChanges() {
            rejected(compoundBranch().andGiven(new PartyCoverageChangedEvent(ID, List.of(COMPOUND_B), List.of()))
                    .when(cover(List.of(COMPOUND_B), List.of())), PartyOrganisation.COVERAGE_UNCHANGED);
        }

        @Test
        void anOrganisationKeepsCoveringSomething() {
            rejected(partyGroup().when(cover(List.of(), List.of())), PartyOrganisation.COVERS_SOMETHING);
        }

        @Test
        void aCompoundBranchKeepsCoveringACompound() {
            rejected(compoundBranch().when(cover(null, List.of(GRID_A, GRID_B))),
                    PartyOrganisation.COMPOUND_BRANCH_COVERS_COMPOUND);
        }

        @Test
        void aGridBranchKeepsCoveringAGrid() {
            rejected(fixture.givenCurrentTime(NOW).andGiven(founded(PartyOrganisationType.GRID_BRANCH, 3))
                    .when(cover(List.of(COMPOUND_A), List.of())), PartyOrganisation.GRID_BRANCH_COVERS_GRID);
        }

        @Test
        void cannotCoverACompoundOfAnotherDistrict() {
            rejected(compoundBranch().when(cover(List.of(COMPOUND_A, FOREIGN_COMPOUND), List.of())),
                    PartyOrganisation.COMPOUNDS_UNKNOWN);
        }

        @Test
        void cannotCoverAGridOfAnotherDistrict() {
            rejected(compoundBranch().when(cover(List.of(COMPOUND_A), List.of(FOREIGN_GRID))),
                    PartyOrganisation.GRIDS_UNKNOWN);
        }

        @Test
        void aDissolvedOrganisationCoversNothingNew() {
            rejected(dissolvedBranch().when(cover(List.of(COMPOUND_B), List.of())), PartyOrganisation.DISSOLVED);
        }
    }

    @Nested
    class Dissolution {

        private DissolvePartyOrganisationCommand dissolve(LocalDate on) {
            return new DissolvePartyOrganisationCommand(ID, on, null);
        }

        @Test
        void dissolvesWithAReason() {
            compoundBranch()
                    .when(dissolve(TODAY), BECAUSE)
                    .expectEvents(new PartyOrganisationDissolvedEvent(ID, TODAY))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void mayBeDissolvedOnItsFoundingDay() {
            compoundBranch()
                    .when(dissolve(FOUNDED), BECAUSE)
                    .expectEvents(new PartyOrganisationDissolvedEvent(ID, FOUNDED));
        }

        @Test
        void dissolvingNeedsAReason() {
            rejected(compoundBranch().when(dissolve(TODAY)), CommonRules.REASON_REQUIRED);
        }

        @Test
        void cannotBeDissolvedBeforeItWasFounded() {
            rejected(compoundBranch().when(dissolve(FOUNDED.minusDays(1)), BECAUSE),
                    PartyOrganisation.DISSOLVED_AFTER_FOUNDED);
        }

        @Test
        void dissolutionIsNotRecordedInAdvance() {
            rejected(compoundBranch().when(dissolve(TODAY.plusDays(1)), BECAUSE),
                    PartyOrganisation.DISSOLVED_AFTER_FOUNDED);
        }

        @Test
        void theDissolutionDateIsRequired() {
            rejected(compoundBranch().when(dissolve(null), BECAUSE), PartyOrganisation.DISSOLVED_AFTER_FOUNDED);
        }

        @Test
        void cannotBeDissolvedTwice() {
            rejected(dissolvedBranch().when(dissolve(TODAY), BECAUSE), PartyOrganisation.DISSOLVED);
        }
    }

    @Nested
    class FoundedInABody {

        private FoundPartyOrganisationCommand foundIn(PartyOrganisationType type, String body, List<String> compounds) {
            return new FoundPartyOrganisationCommand(ID, DISTRICT, type, "晋阳物业党支部", 3, FOUNDED, compounds, null, body);
        }

        private PartyOrganisationFoundedEvent foundedIn(PartyOrganisationType type, String body) {
            return new PartyOrganisationFoundedEvent(ID, DISTRICT, type, "晋阳物业党支部", 3, FOUNDED, List.of(), List.of(), body);
        }

        @Test
        void propertyEnterpriseBranchMayBeFoundedWithoutCoverage() {
            fixture.givenCurrentTime(NOW)
                    .when(foundIn(PartyOrganisationType.PROPERTY_ENTERPRISE_BRANCH, COMPANY, null))
                    .expectEvents(foundedIn(PartyOrganisationType.PROPERTY_ENTERPRISE_BRANCH, COMPANY));
        }

        @Test
        void itIsThenLinkedToTheCompoundsItServesAndMayBeUnlinkedAgain() {
            PartyOrganisationFoundedEvent founded = foundedIn(PartyOrganisationType.PROPERTY_ENTERPRISE_BRANCH, COMPANY);
            fixture.givenCurrentTime(NOW).andGiven(founded)
                    .when(new ChangePartyCoverageCommand(ID, List.of(COMPOUND_A), List.of(), null))
                    .expectEvents(new PartyCoverageChangedEvent(ID, List.of(COMPOUND_A), List.of()));
            fixture.givenCurrentTime(NOW).andGiven(founded, new PartyCoverageChangedEvent(ID, List.of(COMPOUND_A), List.of()))
                    .when(new ChangePartyCoverageCommand(ID, List.of(), List.of(), null))
                    .expectEvents(new PartyCoverageChangedEvent(ID, List.of(), List.of()));
        }

        @Test
        void compoundBranchStillNeedsACompound() {
            rejected(fixture.givenCurrentTime(NOW).when(found(PartyOrganisationType.COMPOUND_BRANCH, 3, FOUNDED,
                    List.of(), List.of())), PartyOrganisation.COVERS_SOMETHING);
            rejected(fixture.givenCurrentTime(NOW).when(foundIn(PartyOrganisationType.COMPOUND_BRANCH, COMPANY, List.of())),
                    PartyOrganisation.BODY_NOT_FOR_THIS_TYPE);
        }

        @Test
        void gridBranchStillNeedsAGrid() {
            rejected(fixture.givenCurrentTime(NOW).when(foundIn(PartyOrganisationType.GRID_BRANCH, COMPANY, List.of())),
                    PartyOrganisation.BODY_NOT_FOR_THIS_TYPE);
        }

        @Test
        void aPropertyEnterpriseBranchIsFoundedInACompanyNotASociety() {
            rejected(fixture.givenCurrentTime(NOW).when(foundIn(PartyOrganisationType.PROPERTY_ENTERPRISE_BRANCH, SOCIETY,
                    null)), PartyOrganisation.ENTERPRISE_BRANCH_IN_A_COMPANY);
        }

        @Test
        void aSocietysFunctionalBranchMayWaitForCoverageToo() {
            fixture.givenCurrentTime(NOW)
                    .when(foundIn(PartyOrganisationType.FUNCTIONAL_BRANCH, SOCIETY, null))
                    .expectEvents(foundedIn(PartyOrganisationType.FUNCTIONAL_BRANCH, SOCIETY));
        }

        @Test
        void theBodyStandsInTheOrganisationsDistrict() {
            for (String body : new String[] {FOREIGN_COMPANY, DISSOLVED_COMPANY, "no-such-body"}) {
                rejected(fixture.givenCurrentTime(NOW).when(foundIn(PartyOrganisationType.PROPERTY_ENTERPRISE_BRANCH, body,
                        null)), PartyOrganisation.BODY_UNKNOWN);
            }
        }
    }
}
