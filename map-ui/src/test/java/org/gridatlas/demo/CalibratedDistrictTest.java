package org.gridatlas.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gridatlas.messages.body.BodyKind;
import org.gridatlas.messages.body.BodyMember;
import org.gridatlas.messages.body.EvaluatePropertyCompanyCommand;
import org.gridatlas.messages.body.FoundBodyCommand;
import org.gridatlas.messages.clearance.AssignClearanceStrategyCommand;
import org.gridatlas.messages.compound.ChangeManagementCommand;
import org.gridatlas.messages.compound.ManagementMode;
import org.gridatlas.messages.compound.RegisterCompoundCommand;
import org.gridatlas.messages.governance.RecordCompoundLeadersCommand;
import org.gridatlas.messages.grid.RedrawMicroGridsCommand;
import org.gridatlas.messages.party.FoundPartyOrganisationCommand;
import org.gridatlas.messages.party.PartyOrganisationType;
import org.junit.jupiter.api.Test;

/** The plan reproduces 小店区's reported figures before anything is sent. */
class CalibratedDistrictTest {

    private static final YearMonth NOW = YearMonth.of(2026, 11);
    private final CalibratedDistrict.Plan plan = CalibratedDistrict.plan(CalibratedDistrict.Settings.demo(NOW));

    private <T> List<T> commands(List<DemoStep> steps, Class<T> type) {
        return steps.stream().map(DemoStep::command).filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void registers1157CompoundsOf296AreUnmanaged() {
        List<RegisterCompoundCommand> compounds = commands(plan.survey(), RegisterCompoundCommand.class);

        assertThat(compounds).hasSize(1157);
        assertThat(compounds).filteredOn(c -> c.management().mode() == ManagementMode.UNMANAGED).hasSize(296);
        assertThat(compounds).filteredOn(c -> c.gridCodes().size() == 2).as("一小区多网格").hasSize(26);
    }

    @Test
    void assignsTheArticlesStrategySplit() {
        Map<Object, Long> strategies = commands(plan.launch(), AssignClearanceStrategyCommand.class).stream()
                .collect(Collectors.groupingBy(AssignClearanceStrategyCommand::strategy, Collectors.counting()));

        assertThat(strategies).containsExactlyInAnyOrderEntriesOf(CalibratedDistrict.STRATEGIES.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> (long) e.getValue())));
    }

    @Test
    void foundsBranchesAndGroupsAsReported() {
        Map<PartyOrganisationType, Long> byType = commands(plan.survey(), FoundPartyOrganisationCommand.class).stream()
                .collect(Collectors.groupingBy(FoundPartyOrganisationCommand::type, Collectors.counting()));

        assertThat(byType.get(PartyOrganisationType.COMPOUND_BRANCH) + byType.get(PartyOrganisationType.GRID_BRANCH))
                .isEqualTo(104);
        assertThat(byType.get(PartyOrganisationType.PARTY_GROUP)).isEqualTo(192);
    }

    @Test
    void recordsTheReportedBuildingAndUnitLeaders() {
        List<RecordCompoundLeadersCommand> leaders = commands(plan.survey(), RecordCompoundLeadersCommand.class);

        assertThat(leaders.stream().mapToInt(RecordCompoundLeadersCommand::buildingLeaders).sum()).isEqualTo(1466);
        assertThat(leaders.stream().mapToInt(RecordCompoundLeadersCommand::unitLeaders).sum()).isEqualTo(4275);
    }

    @Test
    void draws674MicroGridsWithOver1400Helpers() {
        List<RedrawMicroGridsCommand> divisions = commands(plan.survey(), RedrawMicroGridsCommand.class);

        assertThat(divisions.stream().mapToInt(d -> d.microGrids().size()).sum()).isEqualTo(674);
        assertThat(divisions.stream().flatMap(d -> d.microGrids().stream()).mapToInt(m -> m.helpers().size()).sum())
                .isGreaterThan(1400);
    }

    @Test
    void theCampaignClearsSomeCompoundsAndAFewRelapse() {
        List<ChangeManagementCommand> changes = commands(plan.progress(), ChangeManagementCommand.class);
        Map<Boolean, Long> toUnmanaged = changes.stream()
                .collect(Collectors.partitioningBy(c -> c.management().mode() == ManagementMode.UNMANAGED, Collectors.counting()));

        assertThat(toUnmanaged.get(true)).isEqualTo(CalibratedDistrict.RELAPSES);
        assertThat(changes.stream().map(ChangeManagementCommand::compoundId).distinct().count())
                .isEqualTo(CalibratedDistrict.CLEARED);
        assertThat(plan.outcome().unmanagedAfter()).isEqualTo(296 - 249 + 6);
    }

    @Test
    void stepsAreInTimeOrderSpreadOverElevenMonthsAndAllInThePast() {
        List<Instant> times = plan.all().stream().map(DemoStep::at).toList();
        Instant startOfThisMonth = NOW.atDay(1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant();

        assertThat(times).isSorted();
        assertThat(times.get(0)).isEqualTo(NOW.minusMonths(11).atDay(1).atTime(9, 0)
                .atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        assertThat(times.get(times.size() - 1)).isBefore(startOfThisMonth);
        assertThat(plan.progress().stream().map(s -> YearMonth.from(s.at().atZone(ZoneId.of("Asia/Shanghai"))))
                .distinct()).hasSize(8);
    }

    @Test
    void societiesHaveSevenToNineMembersMostOfThemPartyMembersAndCompaniesServeTheirCompounds() {
        List<FoundBodyCommand> bodies = commands(plan.survey(), FoundBodyCommand.class);
        List<FoundBodyCommand> societies = bodies.stream().filter(b -> b.kind() == BodyKind.SHARED_PROPERTY_SOCIETY).toList();

        assertThat(societies).isNotEmpty().allSatisfy(s -> {
            assertThat(s.members()).hasSizeBetween(7, 9);
            assertThat(s.members().stream().filter(BodyMember::partyMember).count()).isGreaterThan(s.members().size() / 2);
        });
        assertThat(societies.stream().mapToInt(s -> s.compoundIds().size()).sum()).as("the compounds societies manage")
                .isEqualTo(11);
        assertThat(bodies).filteredOn(b -> b.kind() == BodyKind.PROPERTY_SERVICE_COMPANY).hasSize(12);
        assertThat(commands(plan.progress(), EvaluatePropertyCompanyCommand.class)).isNotEmpty();
    }

    @Test
    void theSameSettingsGiveTheSamePlan() {
        CalibratedDistrict.Plan again = CalibratedDistrict.plan(CalibratedDistrict.Settings.demo(NOW));

        assertThat(again.all()).isEqualTo(plan.all());
    }

    @Test
    void compoundIdsAreUniqueAndEveryStepHasAnAuthorAndAReason() {
        assertThat(commands(plan.survey(), RegisterCompoundCommand.class).stream()
                .collect(Collectors.groupingBy(RegisterCompoundCommand::compoundId, Collectors.counting())).values())
                .allMatch(n -> n == 1);
        assertThat(plan.all()).allSatisfy(step -> {
            assertThat(step.user()).isNotBlank();
            assertThat(step.reason()).isNotBlank();
        });
        assertThat(plan.all().stream().map(s -> s.command().getClass()).collect(Collectors.groupingBy(Function.identity(),
                Collectors.counting()))).hasSizeGreaterThan(10);
    }
}
