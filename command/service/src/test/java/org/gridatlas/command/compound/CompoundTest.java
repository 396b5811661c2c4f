package org.gridatlas.command.compound;

import java.math.BigDecimal;
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
import org.gridatlas.geodata.geometry.InvalidGeometryException;
import org.gridatlas.messages.AuditMetadata;
import org.gridatlas.messages.clearance.AssignClearanceStrategyCommand;
import org.gridatlas.messages.clearance.ClearanceStrategy;
import org.gridatlas.messages.clearance.ClearanceStrategyAssignedEvent;
import org.gridatlas.messages.clearance.Subsidy;
import org.gridatlas.messages.compound.AssignCompoundToGridsCommand;
import org.gridatlas.messages.compound.ChangeCompoundAttributesCommand;
import org.gridatlas.messages.compound.ChangeManagementCommand;
import org.gridatlas.messages.compound.CompoundAssignedToGridsEvent;
import org.gridatlas.messages.compound.CompoundAttributes;
import org.gridatlas.messages.compound.CompoundAttributesChangedEvent;
import org.gridatlas.messages.compound.CompoundBoundaryCorrectedEvent;
import org.gridatlas.messages.compound.CompoundCategory;
import org.gridatlas.messages.compound.CompoundRegisteredEvent;
import org.gridatlas.messages.compound.CorrectCompoundBoundaryCommand;
import org.gridatlas.messages.compound.FeeStance;
import org.gridatlas.messages.compound.Management;
import org.gridatlas.messages.compound.ManagementChangedEvent;
import org.gridatlas.messages.compound.ManagementMode;
import org.gridatlas.messages.compound.ManagementTransition;
import org.gridatlas.messages.compound.RegisterCompoundCommand;
import org.gridatlas.command.body.Roster;
import org.gridatlas.messages.body.BodyMember;
import org.gridatlas.messages.body.MemberRole;
import org.gridatlas.messages.governance.AppointCommitteeMemberCommand;
import org.gridatlas.messages.governance.Committee;
import org.gridatlas.messages.governance.CommitteeMemberAppointedEvent;
import org.gridatlas.messages.governance.CommitteeMemberLeftEvent;
import org.gridatlas.messages.governance.CompoundLeadersNamedEvent;
import org.gridatlas.messages.governance.CompoundLeadersRecordedEvent;
import org.gridatlas.messages.governance.EndCommitteeMembershipCommand;
import org.gridatlas.messages.governance.DissolveOwnersCommitteeCommand;
import org.gridatlas.messages.governance.DissolvePropertyManagementCommitteeCommand;
import org.gridatlas.messages.governance.FormOwnersCommitteeCommand;
import org.gridatlas.messages.governance.FormPropertyManagementCommitteeCommand;
import org.gridatlas.messages.governance.OwnersCommitteeDissolvedEvent;
import org.gridatlas.messages.governance.OwnersCommitteeFormedEvent;
import org.gridatlas.messages.governance.PropertyManagementCommitteeDissolvedEvent;
import org.gridatlas.messages.governance.PropertyManagementCommitteeFormedEvent;
import org.gridatlas.messages.governance.NameCompoundLeadersCommand;
import org.gridatlas.messages.governance.RecordCompoundLeadersCommand;
import org.gridatlas.messages.grid.Leader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CompoundTest {

    private static final String ID = "c-1";
    private static final String DISTRICT = "140105";
    private static final String COMMUNITY = "140105001001";
    private static final String GRID_A = "140105001001001";
    private static final String GRID_B = "140105001001002";
    private static final String SQUARE = "POLYGON ((112.55 37.75, 112.552 37.75, 112.552 37.752, 112.55 37.752, 112.55 37.75))";
    private static final String LARGER = "POLYGON ((112.55 37.75, 112.553 37.75, 112.553 37.752, 112.55 37.752, 112.55 37.75))";
    /** Tuesday 10 March 2026, 10:00 in Taiyuan. */
    private static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final CompoundAttributes ATTRIBUTES = new CompoundAttributes("锦绣苑", "长风街12号", 320, 6, 18,
            new BigDecimal("18500.00"), 1992, CompoundCategory.OLD_COMPOUND);
    private static final Management UNMANAGED = Management.unmanaged(null);
    private static final Management MARKET = new Management(ManagementMode.MARKET_COMPANY, "晋阳物业有限公司",
            LocalDate.of(2026, 3, 1), FeeStance.CHARGING);
    private static final Map<String, ?> BECAUSE = Map.of(AuditMetadata.REASON, "2026年摸底排查");

    private FixtureConfiguration<Compound> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Compound.class);
        fixture.registerInjectableResource(new InMemoryDirectory()
                .withArea(DISTRICT).withArea(COMMUNITY).withGrid(GRID_A).withGrid(GRID_B)
                .withGrid("140106001001001"));
    }

    private static CompoundRegisteredEvent registered(Management management) {
        return new CompoundRegisteredEvent(ID, DISTRICT, "140105001", COMMUNITY, ATTRIBUTES, SQUARE, management, List.of(GRID_A));
    }

    private static RegisterCompoundCommand register(CompoundAttributes attributes, String wkt, Management management,
                                                    List<String> grids) {
        return new RegisterCompoundCommand(ID, COMMUNITY, attributes, wkt, management, grids);
    }

    private static CompoundAttributes attributes(int households, int buildings, int units, String floorArea, int year) {
        return new CompoundAttributes("锦绣苑", null, households, buildings, units, new BigDecimal(floorArea), year,
                CompoundCategory.OLD_COMPOUND);
    }

    private TestExecutor<Compound> unmanagedCompound() {
        return fixture.givenCurrentTime(NOW).andGiven(registered(UNMANAGED));
    }

    private TestExecutor<Compound> managedCompound() {
        return fixture.givenCurrentTime(NOW).andGiven(registered(MARKET));
    }

    private static void rejected(org.axonframework.test.aggregate.ResultValidator<Compound> result, Rule rule) {
        result.expectException(RuleViolation.class)
                .expectExceptionMessage(rule.description())
                .expectNoEvents();
    }

    @Nested
    class Registration {

        @Test
        void registersACompoundWithItsAttributesManagementAndGrids() {
            fixture.givenCurrentTime(NOW)
                    .when(register(ATTRIBUTES, SQUARE, UNMANAGED, List.of(GRID_A)))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(registered(UNMANAGED));
        }

        @Test
        void trimsTheNameAndRoundsTheBoundaryToSevenDecimals() {
            CompoundAttributes untidy = new CompoundAttributes("  锦绣苑 ", " 长风街12号 ", 320, 6, 18,
                    new BigDecimal("18500.00"), 1992, CompoundCategory.OLD_COMPOUND);
            fixture.givenCurrentTime(NOW)
                    .when(register(untidy, "POLYGON ((112.550000001 37.75, 112.552 37.75, 112.552 37.752, 112.55 37.752, 112.550000001 37.75))",
                            UNMANAGED, List.of(GRID_A)))
                    .expectEvents(registered(UNMANAGED));
        }

        @Test
        void aCompoundMaySpanSeveralGrids() {
            fixture.givenCurrentTime(NOW)
                    .when(register(ATTRIBUTES, SQUARE, MARKET, List.of(GRID_A, GRID_B)))
                    .expectEvents(new CompoundRegisteredEvent(ID, DISTRICT, "140105001", COMMUNITY, ATTRIBUTES, SQUARE,
                            MARKET, List.of(GRID_A, GRID_B)));
        }

        @Test
        void cannotRegisterWithoutAnIdentifier() {
            rejected(fixture.givenCurrentTime(NOW).when(new RegisterCompoundCommand(" ", COMMUNITY, ATTRIBUTES, SQUARE,
                    UNMANAGED, List.of())), Compound.ID_REQUIRED);
        }

        @Test
        void cannotRegisterInAnUnknownCommunity() {
            rejected(fixture.givenCurrentTime(NOW).when(new RegisterCompoundCommand(ID, "140105001999", ATTRIBUTES,
                    SQUARE, UNMANAGED, List.of())), Compound.COMMUNITY_UNKNOWN);
        }

        @Test
        void cannotRegisterWithoutAName() {
            rejected(fixture.givenCurrentTime(NOW).when(register(new CompoundAttributes(" ", null, 1, 1, 1,
                    BigDecimal.TEN, 1990, CompoundCategory.COMMERCIAL), SQUARE, UNMANAGED, List.of())), Compound.NAME_REQUIRED);
        }

        @Test
        void cannotRegisterWithAnOverlongName() {
            rejected(fixture.givenCurrentTime(NOW).when(register(new CompoundAttributes("小".repeat(101), null, 1, 1, 1,
                    BigDecimal.TEN, 1990, CompoundCategory.COMMERCIAL), SQUARE, UNMANAGED, List.of())), Compound.NAME_REQUIRED);
        }

        @Test
        void cannotRegisterAnOverlongAddress() {
            rejected(fixture.givenCurrentTime(NOW).when(register(new CompoundAttributes("锦绣苑", "街".repeat(201), 1, 1, 1,
                    BigDecimal.TEN, 1990, CompoundCategory.COMMERCIAL), SQUARE, UNMANAGED, List.of())), Compound.ADDRESS_TOO_LONG);
        }

        @Test
        void cannotRegisterNegativeHouseholds() {
            rejected(fixture.givenCurrentTime(NOW).when(register(attributes(-1, 1, 1, "100", 1990), SQUARE, UNMANAGED,
                    List.of())), Compound.HOUSEHOLDS_IN_RANGE);
        }

        @Test
        void cannotRegisterACompoundWithoutBuildings() {
            rejected(fixture.givenCurrentTime(NOW).when(register(attributes(10, 0, 1, "100", 1990), SQUARE, UNMANAGED,
                    List.of())), Compound.BUILDINGS_IN_RANGE);
        }

        @Test
        void cannotRegisterFewerUnitsThanBuildings() {
            rejected(fixture.givenCurrentTime(NOW).when(register(attributes(10, 3, 2, "100", 1990), SQUARE, UNMANAGED,
                    List.of())), Compound.UNITS_IN_RANGE);
        }

        @Test
        void cannotRegisterWithoutFloorArea() {
            rejected(fixture.givenCurrentTime(NOW).when(register(attributes(10, 1, 1, "0", 1990), SQUARE, UNMANAGED,
                    List.of())), Compound.FLOOR_AREA_IN_RANGE);
        }

        @Test
        void cannotRegisterACompoundBuiltNextYear() {
            rejected(fixture.givenCurrentTime(NOW).when(register(attributes(10, 1, 1, "100", 2027), SQUARE, UNMANAGED,
                    List.of())), Compound.YEAR_BUILT_IN_RANGE);
        }

        @Test
        void cannotRegisterWithoutACategory() {
            rejected(fixture.givenCurrentTime(NOW).when(register(new CompoundAttributes("锦绣苑", null, 1, 1, 1,
                    BigDecimal.TEN, 1990, null), SQUARE, UNMANAGED, List.of())), Compound.CATEGORY_REQUIRED);
        }

        @Test
        void cannotRegisterInAGridOfAnotherDistrict() {
            rejected(fixture.givenCurrentTime(NOW).when(register(ATTRIBUTES, SQUARE, UNMANAGED, List.of("140106001001001"))),
                    Compound.GRIDS_UNKNOWN);
        }

        @Test
        void cannotNameAGridTwice() {
            rejected(fixture.givenCurrentTime(NOW).when(register(ATTRIBUTES, SQUARE, UNMANAGED, List.of(GRID_A, GRID_A))),
                    Compound.GRIDS_UNKNOWN);
        }

        @Test
        void cannotRegisterASelfIntersectingBoundary() {
            fixture.givenCurrentTime(NOW)
                    .when(register(ATTRIBUTES, "POLYGON ((112 37, 112.5 37.5, 112.5 37, 112 37.5, 112 37))",
                            UNMANAGED, List.of()))
                    .expectException(InvalidGeometryException.class)
                    .expectExceptionMessage("boundary: is self-intersecting at (112.25 37.25)")
                    .expectNoEvents();
        }

        @Test
        void cannotRegisterABoundaryOutsideChina() {
            fixture.givenCurrentTime(NOW)
                    .when(register(ATTRIBUTES, "POLYGON ((2.5 4.1, 2.51 4.1, 2.51 4.11, 2.5 4.1))", UNMANAGED, List.of()))
                    .expectException(InvalidGeometryException.class)
                    .expectExceptionMessage("boundary: position (2.5 4.1) lies outside China "
                            + "(longitude 73.4 to 135.1, latitude 3.8 to 53.6)")
                    .expectNoEvents();
        }

        @Test
        void cannotRegisterWithoutABoundary() {
            fixture.givenCurrentTime(NOW)
                    .when(register(ATTRIBUTES, null, UNMANAGED, List.of()))
                    .expectException(InvalidGeometryException.class)
                    .expectExceptionMessage("boundary: is required")
                    .expectNoEvents();
        }
    }

    @Nested
    class ManagementRules {

        private ChangeManagementCommand change(Management management) {
            return new ChangeManagementCommand(ID, management, null);
        }

        @Test
        void unmanagedToManagedIsAClearance() {
            unmanagedCompound()
                    .when(change(MARKET), BECAUSE)
                    .expectEvents(new ManagementChangedEvent(ID, DISTRICT, ManagementMode.UNMANAGED, MARKET,
                            ManagementTransition.CLEARED))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void managedToUnmanagedIsARelapse() {
            managedCompound()
                    .when(change(Management.unmanaged(TODAY)), BECAUSE)
                    .expectEvents(new ManagementChangedEvent(ID, DISTRICT, ManagementMode.MARKET_COMPANY,
                            Management.unmanaged(TODAY), ManagementTransition.RELAPSED));
        }

        @Test
        void aNewFeeStanceIsAChangeNotAClearance() {
            Management consulting = new Management(ManagementMode.MARKET_COMPANY, "晋阳物业有限公司",
                    LocalDate.of(2026, 3, 5), FeeStance.CONSULTING_OWNERS);
            managedCompound()
                    .when(change(consulting), BECAUSE)
                    .expectEvents(new ManagementChangedEvent(ID, DISTRICT, ManagementMode.MARKET_COMPANY, consulting,
                            ManagementTransition.CHANGED));
        }

        @Test
        void aChangeNeedsAReason() {
            rejected(unmanagedCompound().when(change(MARKET)), CommonRules.REASON_REQUIRED);
        }

        @Test
        void theSameManagementIsNoChange() {
            rejected(managedCompound().when(change(MARKET), BECAUSE), Compound.MANAGEMENT_UNCHANGED);
        }

        @Test
        void aManagedCompoundNamesItsProvider() {
            rejected(unmanagedCompound().when(change(new Management(ManagementMode.MARKET_COMPANY, " ", TODAY,
                    FeeStance.SERVE_FIRST)), BECAUSE), Compound.PROVIDER_REQUIRED);
        }

        @Test
        void anUnmanagedCompoundHasNoProvider() {
            rejected(managedCompound().when(change(new Management(ManagementMode.UNMANAGED, "某公司", TODAY, null)),
                    BECAUSE), Compound.NO_PROVIDER_WHEN_UNMANAGED);
        }

        @Test
        void anUnmanagedCompoundHasNoFeeStance() {
            rejected(managedCompound().when(change(new Management(ManagementMode.UNMANAGED, null, TODAY,
                    FeeStance.CHARGING)), BECAUSE), Compound.NO_FEE_STANCE_WHEN_UNMANAGED);
        }

        @Test
        void aManagedCompoundSaysSinceWhen() {
            rejected(unmanagedCompound().when(change(new Management(ManagementMode.BASIC_FALLBACK, "社区党员志愿队", null,
                    FeeStance.SERVE_FIRST)), BECAUSE), Compound.SINCE_REQUIRED);
        }

        @Test
        void aManagedCompoundHasAFeeStance() {
            rejected(unmanagedCompound().when(change(new Management(ManagementMode.BASIC_FALLBACK, "社区党员志愿队", TODAY,
                    null)), BECAUSE), Compound.FEE_STANCE_REQUIRED);
        }

        @Test
        void managementIsNotRecordedInAdvance() {
            rejected(unmanagedCompound().when(change(new Management(ManagementMode.MARKET_COMPANY, "晋阳物业有限公司",
                    TODAY.plusDays(1), FeeStance.SERVE_FIRST)), BECAUSE), Compound.SINCE_NOT_IN_FUTURE);
        }

        @Test
        void aNewArrangementCannotStartBeforeTheCurrentOne() {
            rejected(managedCompound().when(change(new Management(ManagementMode.RED_PROPERTY_ENTERPRISE, "红色物业公司",
                    LocalDate.of(2026, 2, 1), FeeStance.SERVE_FIRST)), BECAUSE), Compound.SINCE_NOT_BEFORE_CURRENT);
        }

        @Test
        void theModeIsRequired() {
            rejected(unmanagedCompound().when(change(new Management(null, "x", TODAY, FeeStance.CHARGING)), BECAUSE),
                    Compound.MODE_REQUIRED);
        }
    }

    @Nested
    class ClearanceStrategyRules {

        private static final Subsidy HALF_YUAN_SIX_MONTHS = new Subsidy(new BigDecimal("0.5"), 6);

        @Test
        void aSubsidisedTransitionCommitsFloorAreaTimesRateTimesMonths() {
            unmanagedCompound()
                    .when(new AssignClearanceStrategyCommand(ID, ClearanceStrategy.SUBSIDISED_TRANSITION,
                            LocalDate.of(2026, 6, 30), HALF_YUAN_SIX_MONTHS, null))
                    .expectEvents(new ClearanceStrategyAssignedEvent(ID, ClearanceStrategy.SUBSIDISED_TRANSITION,
                            LocalDate.of(2026, 6, 30), HALF_YUAN_SIX_MONTHS, new BigDecimal("55500.00")));
        }

        @Test
        void otherStrategiesCommitNoSubsidy() {
            unmanagedCompound()
                    .when(new AssignClearanceStrategyCommand(ID, ClearanceStrategy.BASIC_FALLBACK, TODAY, null, null))
                    .expectEvents(new ClearanceStrategyAssignedEvent(ID, ClearanceStrategy.BASIC_FALLBACK, TODAY, null, null));
        }

        @Test
        void onlyAnUnmanagedCompoundGetsAStrategy() {
            rejected(managedCompound().when(new AssignClearanceStrategyCommand(ID, ClearanceStrategy.BASIC_FALLBACK,
                    TODAY, null, null)), Compound.STRATEGY_NEEDS_UNMANAGED);
        }

        @Test
        void theStrategyIsRequired() {
            rejected(unmanagedCompound().when(new AssignClearanceStrategyCommand(ID, null, TODAY, null, null)),
                    Compound.STRATEGY_REQUIRED);
        }

        @Test
        void thePlannedDateIsNotInThePast() {
            rejected(unmanagedCompound().when(new AssignClearanceStrategyCommand(ID, ClearanceStrategy.ORIGINAL_EMPLOYER,
                    TODAY.minusDays(1), null, null)), Compound.PLANNED_DATE_IN_FUTURE);
        }

        @Test
        void aSubsidisedTransitionNeedsItsSubsidy() {
            rejected(unmanagedCompound().when(new AssignClearanceStrategyCommand(ID, ClearanceStrategy.SUBSIDISED_TRANSITION,
                    TODAY, null, null)), Compound.SUBSIDY_FOR_TRANSITION);
        }

        @Test
        void aSubsidyRunsForAtMostTwoYears() {
            rejected(unmanagedCompound().when(new AssignClearanceStrategyCommand(ID, ClearanceStrategy.SUBSIDISED_TRANSITION,
                    TODAY, new Subsidy(new BigDecimal("0.5"), 25), null)), Compound.SUBSIDY_FOR_TRANSITION);
        }

        @Test
        void onlyASubsidisedTransitionHasASubsidy() {
            rejected(unmanagedCompound().when(new AssignClearanceStrategyCommand(ID, ClearanceStrategy.RED_PROPERTY_ENTERPRISE,
                    TODAY, HALF_YUAN_SIX_MONTHS, null)), Compound.SUBSIDY_ONLY_FOR_TRANSITION);
        }
    }

    @Nested
    class RecordChanges {

        @Test
        void correctsTheBoundaryWithAReason() {
            unmanagedCompound()
                    .when(new CorrectCompoundBoundaryCommand(ID, LARGER, 0L), BECAUSE)
                    .expectEvents(new CompoundBoundaryCorrectedEvent(ID, LARGER))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void aBoundaryCorrectionNeedsAReason() {
            rejected(unmanagedCompound().when(new CorrectCompoundBoundaryCommand(ID, LARGER, null)), CommonRules.REASON_REQUIRED);
        }

        @Test
        void theSameBoundaryIsNoCorrection() {
            rejected(unmanagedCompound().when(new CorrectCompoundBoundaryCommand(ID, SQUARE, null), BECAUSE),
                    Compound.BOUNDARY_UNCHANGED);
        }

        @Test
        void changesAttributes() {
            CompoundAttributes more = new CompoundAttributes("锦绣苑", "长风街12号", 340, 6, 18, new BigDecimal("18500.00"),
                    1992, CompoundCategory.OLD_COMPOUND);
            unmanagedCompound()
                    .when(new ChangeCompoundAttributesCommand(ID, more, null), BECAUSE)
                    .expectEvents(new CompoundAttributesChangedEvent(ID, more));
        }

        @Test
        void theSameAttributesAreNoChange() {
            rejected(unmanagedCompound().when(new ChangeCompoundAttributesCommand(ID, ATTRIBUTES, null), BECAUSE),
                    Compound.ATTRIBUTES_UNCHANGED);
        }

        @Test
        void buildingsCannotDropBelowTheirLeaders() {
            rejected(unmanagedCompound()
                    .andGiven(new CompoundLeadersRecordedEvent(ID, 6, 18))
                    .when(new ChangeCompoundAttributesCommand(ID, new CompoundAttributes("锦绣苑", "长风街12号", 320, 5, 18,
                            new BigDecimal("18500.00"), 1992, CompoundCategory.OLD_COMPOUND), null), BECAUSE),
                    Compound.LEADERS_IN_RANGE);
        }

        @Test
        void assignsTheCompoundToGrids() {
            unmanagedCompound()
                    .when(new AssignCompoundToGridsCommand(ID, List.of(GRID_A, GRID_B), null))
                    .expectEvents(new CompoundAssignedToGridsEvent(ID, List.of(GRID_A, GRID_B)));
        }

        @Test
        void aCompoundLiesInAtLeastOneGrid() {
            rejected(unmanagedCompound().when(new AssignCompoundToGridsCommand(ID, List.of(), null)), Compound.GRIDS_REQUIRED);
        }

        @Test
        void theSameGridsAreNoChange() {
            rejected(unmanagedCompound().when(new AssignCompoundToGridsCommand(ID, List.of(GRID_A), null)),
                    Compound.GRIDS_UNCHANGED);
        }

        @Test
        void unknownGridsAreRejected() {
            rejected(unmanagedCompound().when(new AssignCompoundToGridsCommand(ID, List.of("140105001001009"), null)),
                    Compound.GRIDS_UNKNOWN);
        }
    }

    @Nested
    class SelfGovernance {

        private static final LocalDate MARCH_FIRST = LocalDate.of(2026, 3, 1);

        @Test
        void formsAnOwnersCommittee() {
            managedCompound()
                    .when(new FormOwnersCommitteeCommand(ID, MARCH_FIRST, null))
                    .expectEvents(new OwnersCommitteeFormedEvent(ID, MARCH_FIRST));
        }

        @Test
        void anOwnersCommitteeReplacesThePropertyManagementCommittee() {
            unmanagedCompound()
                    .andGiven(new PropertyManagementCommitteeFormedEvent(ID, LocalDate.of(2025, 6, 1)))
                    .when(new FormOwnersCommitteeCommand(ID, MARCH_FIRST, null))
                    .expectEvents(new OwnersCommitteeFormedEvent(ID, MARCH_FIRST),
                            new PropertyManagementCommitteeDissolvedEvent(ID, MARCH_FIRST));
        }

        @Test
        void aCompoundHasOneOwnersCommittee() {
            rejected(managedCompound().andGiven(new OwnersCommitteeFormedEvent(ID, MARCH_FIRST))
                    .when(new FormOwnersCommitteeCommand(ID, TODAY, null)), Compound.OWNERS_COMMITTEE_EXISTS);
        }

        @Test
        void committeesAreNotRecordedInAdvance() {
            rejected(managedCompound().when(new FormOwnersCommitteeCommand(ID, TODAY.plusDays(1), null)),
                    Compound.DATE_REQUIRED);
        }

        @Test
        void dissolvesTheOwnersCommitteeWithAReason() {
            managedCompound().andGiven(new OwnersCommitteeFormedEvent(ID, MARCH_FIRST))
                    .when(new DissolveOwnersCommitteeCommand(ID, TODAY, null), BECAUSE)
                    .expectEvents(new OwnersCommitteeDissolvedEvent(ID, TODAY));
        }

        @Test
        void dissolvingNeedsAReason() {
            rejected(managedCompound().andGiven(new OwnersCommitteeFormedEvent(ID, MARCH_FIRST))
                    .when(new DissolveOwnersCommitteeCommand(ID, TODAY, null)), CommonRules.REASON_REQUIRED);
        }

        @Test
        void cannotDissolveAMissingOwnersCommittee() {
            rejected(managedCompound().when(new DissolveOwnersCommitteeCommand(ID, TODAY, null), BECAUSE),
                    Compound.NO_OWNERS_COMMITTEE);
        }

        @Test
        void cannotDissolveBeforeForming() {
            rejected(managedCompound().andGiven(new OwnersCommitteeFormedEvent(ID, MARCH_FIRST))
                    .when(new DissolveOwnersCommitteeCommand(ID, LocalDate.of(2026, 2, 1), null), BECAUSE),
                    Compound.DISSOLVED_AFTER_FORMED);
        }

        @Test
        void formsAPropertyManagementCommitteeWhereNoOwnersCommitteeExists() {
            unmanagedCompound()
                    .when(new FormPropertyManagementCommitteeCommand(ID, MARCH_FIRST, null))
                    .expectEvents(new PropertyManagementCommitteeFormedEvent(ID, MARCH_FIRST));
        }

        @Test
        void noPropertyManagementCommitteeBesideAnOwnersCommittee() {
            rejected(unmanagedCompound().andGiven(new OwnersCommitteeFormedEvent(ID, MARCH_FIRST))
                    .when(new FormPropertyManagementCommitteeCommand(ID, TODAY, null)),
                    Compound.COMMITTEE_ONLY_WITHOUT_OWNERS_COMMITTEE);
        }

        @Test
        void aCompoundHasOnePropertyManagementCommittee() {
            rejected(unmanagedCompound().andGiven(new PropertyManagementCommitteeFormedEvent(ID, MARCH_FIRST))
                    .when(new FormPropertyManagementCommitteeCommand(ID, TODAY, null)), Compound.COMMITTEE_EXISTS);
        }

        @Test
        void dissolvesThePropertyManagementCommittee() {
            unmanagedCompound().andGiven(new PropertyManagementCommitteeFormedEvent(ID, MARCH_FIRST))
                    .when(new DissolvePropertyManagementCommitteeCommand(ID, TODAY, null), BECAUSE)
                    .expectEvents(new PropertyManagementCommitteeDissolvedEvent(ID, TODAY));
        }

        @Test
        void cannotDissolveAMissingPropertyManagementCommittee() {
            rejected(unmanagedCompound().when(new DissolvePropertyManagementCommitteeCommand(ID, TODAY, null), BECAUSE),
                    Compound.NO_COMMITTEE);
        }

        @Test
        void recordsBuildingAndUnitLeaders() {
            unmanagedCompound()
                    .when(new RecordCompoundLeadersCommand(ID, 6, 15, null))
                    .expectEvents(new CompoundLeadersRecordedEvent(ID, 6, 15));
        }

        @Test
        void moreBuildingLeadersThanBuildingsAreRejected() {
            rejected(unmanagedCompound().when(new RecordCompoundLeadersCommand(ID, 7, 15, null)), Compound.LEADERS_IN_RANGE);
        }

        @Test
        void moreUnitLeadersThanUnitsAreRejected() {
            rejected(unmanagedCompound().when(new RecordCompoundLeadersCommand(ID, 6, 19, null)), Compound.LEADERS_IN_RANGE);
        }

        private static final Leader ZHANG = new Leader("张秀兰", "13800001111", "1号楼");
        private static final Leader LI = new Leader("李建国", null, "1号楼2单元");

        @Test
        void namesBuildingAndUnitLeadersTrimmed() {
            unmanagedCompound()
                    .when(new NameCompoundLeadersCommand(ID, List.of(new Leader(" 张秀兰 ", "13800001111 ", "1号楼")),
                            List.of(new Leader("李建国", " ", "1号楼2单元")), null))
                    .expectEvents(new CompoundLeadersNamedEvent(ID, List.of(ZHANG), List.of(LI)));
        }

        @Test
        void namingTheLeadersCountsThem() {
            rejected(unmanagedCompound().andGiven(new CompoundLeadersNamedEvent(ID, List.of(ZHANG), List.of(LI)))
                    .when(new RecordCompoundLeadersCommand(ID, 1, 1, null)), Compound.LEADERS_UNCHANGED);
        }

        @Test
        void theSameNamesAreNoChange() {
            rejected(unmanagedCompound().andGiven(new CompoundLeadersNamedEvent(ID, List.of(ZHANG), List.of(LI)))
                    .when(new NameCompoundLeadersCommand(ID, List.of(ZHANG), List.of(LI), null)), Compound.LEADERS_UNCHANGED);
        }

        @Test
        void namesMatchingEarlierCountsStillNameThem() {
            unmanagedCompound().andGiven(new CompoundLeadersRecordedEvent(ID, 1, 1))
                    .when(new NameCompoundLeadersCommand(ID, List.of(ZHANG), List.of(LI), null))
                    .expectEvents(new CompoundLeadersNamedEvent(ID, List.of(ZHANG), List.of(LI)));
        }

        @Test
        void moreNamedBuildingLeadersThanBuildingsAreRejected() {
            List<Leader> seven = java.util.stream.IntStream.range(0, 7).mapToObj(i -> new Leader("楼长" + i, null, null)).toList();
            rejected(unmanagedCompound().when(new NameCompoundLeadersCommand(ID, seven, List.of(), null)),
                    Compound.LEADERS_IN_RANGE);
        }

        @Test
        void aLeaderWithoutANameIsRejectedNamingTheEntry() {
            unmanagedCompound().when(new NameCompoundLeadersCommand(ID, List.of(ZHANG),
                            List.of(LI, new Leader("  ", "13800001111", null)), null))
                    .expectException(org.axonframework.test.matchers.Matchers.predicate(e -> e instanceof RuleViolation v
                            && v.rule().equals(Compound.LEADER_NAME.under("unitLeaders[1]."))))
                    .expectNoEvents();
        }

        @Test
        void aPhoneIsDigitsAsDialled() {
            unmanagedCompound().when(new NameCompoundLeadersCommand(ID, List.of(new Leader("张秀兰", "call me", null)),
                            List.of(), null))
                    .expectException(org.axonframework.test.matchers.Matchers.predicate(e -> e instanceof RuleViolation v
                            && v.rule().equals(Compound.LEADER_PHONE.under("buildingLeaders[0]."))))
                    .expectNoEvents();
        }

        @Test
        void theSameLeadersAreNoChange() {
            rejected(unmanagedCompound().andGiven(new CompoundLeadersRecordedEvent(ID, 6, 15))
                    .when(new RecordCompoundLeadersCommand(ID, 6, 15, null)), Compound.LEADERS_UNCHANGED);
        }
    }

    @Nested
    class CommitteeMembers {

        private static final LocalDate FORMED = LocalDate.of(2025, 6, 1);
        private static final BodyMember CHAIR = new BodyMember("oc-1", "王秀英", MemberRole.CHAIR, true, null);
        private static final BodyMember MEMBER = new BodyMember("oc-2", "张志强", MemberRole.MEMBER, false, "13800000000");

        private TestExecutor<Compound> withOwnersCommittee() {
            return managedCompound().andGiven(new OwnersCommitteeFormedEvent(ID, FORMED),
                    new CommitteeMemberAppointedEvent(ID, Committee.OWNERS_COMMITTEE, CHAIR, FORMED));
        }

        private AppointCommitteeMemberCommand appoint(Committee committee, BodyMember member, LocalDate on) {
            return new AppointCommitteeMemberCommand(ID, committee, member, on, null);
        }

        @Test
        void appointsAMemberToTheOwnersCommittee() {
            withOwnersCommittee()
                    .when(appoint(Committee.OWNERS_COMMITTEE, MEMBER, TODAY))
                    .expectEvents(new CommitteeMemberAppointedEvent(ID, Committee.OWNERS_COMMITTEE, MEMBER, TODAY))
                    .expectResultMessagePayload(3L);
        }

        @Test
        void aCommitteeThatWasNotFormedHasNoMembers() {
            rejected(managedCompound().when(appoint(Committee.OWNERS_COMMITTEE, MEMBER, TODAY)), Compound.COMMITTEE_NOT_FORMED);
            rejected(withOwnersCommittee().when(appoint(Committee.PROPERTY_MANAGEMENT_COMMITTEE, MEMBER, TODAY)),
                    Compound.COMMITTEE_NOT_FORMED);
        }

        @Test
        void committeeMembersKeepTheRulesOfEveryBodysMembers() {
            rejected(withOwnersCommittee().when(appoint(Committee.OWNERS_COMMITTEE,
                    new BodyMember("oc-3", "李建国", MemberRole.CHAIR, true, null), TODAY)), Roster.ONE_CHAIR);
            rejected(withOwnersCommittee().when(appoint(Committee.OWNERS_COMMITTEE, MEMBER, FORMED.minusDays(1))),
                    Roster.APPOINTED_ON);
        }

        @Test
        void aMemberLeavesTheCommittee() {
            withOwnersCommittee()
                    .when(new EndCommitteeMembershipCommand(ID, Committee.OWNERS_COMMITTEE, CHAIR.memberId(), TODAY, null))
                    .expectEvents(new CommitteeMemberLeftEvent(ID, Committee.OWNERS_COMMITTEE, CHAIR.memberId(), TODAY));
        }

        @Test
        void membersLeaveWithTheirDissolvedCommitteeAndItsIdentifiersAreNotGivenAgain() {
            TestExecutor<Compound> reformed = withOwnersCommittee().andGiven(new OwnersCommitteeDissolvedEvent(ID, TODAY),
                    new OwnersCommitteeFormedEvent(ID, TODAY));
            rejected(reformed.when(new EndCommitteeMembershipCommand(ID, Committee.OWNERS_COMMITTEE, CHAIR.memberId(),
                    TODAY, null)), Roster.MEMBER_UNKNOWN);
            rejected(withOwnersCommittee().andGiven(new OwnersCommitteeDissolvedEvent(ID, TODAY),
                    new OwnersCommitteeFormedEvent(ID, TODAY)).when(appoint(Committee.OWNERS_COMMITTEE, CHAIR, TODAY)),
                    Roster.MEMBER_ID_TAKEN);
        }

        @Test
        void thePropertyManagementCommitteesMembersStepDownWithItWhenOwnersElectACommittee() {
            unmanagedCompound().andGiven(new PropertyManagementCommitteeFormedEvent(ID, FORMED),
                            new CommitteeMemberAppointedEvent(ID, Committee.PROPERTY_MANAGEMENT_COMMITTEE, CHAIR, FORMED),
                            new OwnersCommitteeFormedEvent(ID, TODAY), new PropertyManagementCommitteeDissolvedEvent(ID, TODAY))
                    .when(appoint(Committee.OWNERS_COMMITTEE, new BodyMember("oc-9", "王秀英", MemberRole.CHAIR, true, null),
                            TODAY))
                    .expectEvents(new CommitteeMemberAppointedEvent(ID, Committee.OWNERS_COMMITTEE,
                            new BodyMember("oc-9", "王秀英", MemberRole.CHAIR, true, null), TODAY));
        }
    }

    @Nested
    class OptimisticConcurrency {

        @Test
        void aStaleVersionIsRejectedWithTheCurrentVersion() {
            unmanagedCompound()
                    .andGiven(new CompoundLeadersRecordedEvent(ID, 6, 15))
                    .when(new CorrectCompoundBoundaryCommand(ID, LARGER, 0L), BECAUSE)
                    .expectException(org.axonframework.modelling.command.ConflictingAggregateVersionException.class)
                    .expectNoEvents();
        }
    }
}
