package org.gridatlas.query.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.gridatlas.messages.AuditMetadata;
import org.gridatlas.messages.area.AddCommunityCommand;
import org.gridatlas.messages.area.AreaBoundaryDrawnEvent;
import org.gridatlas.messages.area.AreaLevel;
import org.gridatlas.messages.area.AreaRenamedEvent;
import org.gridatlas.messages.area.CommunityAddedEvent;
import org.gridatlas.messages.area.DistrictRegisteredEvent;
import org.gridatlas.messages.area.SubDistrictAddedEvent;
import org.gridatlas.messages.clearance.ClearanceStrategy;
import org.gridatlas.messages.clearance.ClearanceStrategyAssignedEvent;
import org.gridatlas.messages.clearance.Subsidy;
import org.gridatlas.messages.compound.CompoundAttributes;
import org.gridatlas.messages.compound.CompoundAttributesChangedEvent;
import org.gridatlas.messages.compound.CompoundBoundaryCorrectedEvent;
import org.gridatlas.messages.compound.CompoundCategory;
import org.gridatlas.messages.compound.CompoundRegisteredEvent;
import org.gridatlas.messages.compound.FeeStance;
import org.gridatlas.messages.compound.Management;
import org.gridatlas.messages.compound.ManagementChangedEvent;
import org.gridatlas.messages.compound.ManagementMode;
import org.gridatlas.messages.compound.ManagementTransition;
import org.gridatlas.messages.governance.CompoundLeadersNamedEvent;
import org.gridatlas.messages.grid.GridDrawnEvent;
import org.gridatlas.messages.grid.Leader;
import org.gridatlas.messages.grid.MicroGrid;
import org.gridatlas.messages.grid.MicroGridPeopleAssignedEvent;
import org.gridatlas.messages.grid.MicroGridRetiredEvent;
import org.gridatlas.messages.grid.MicroGridSplitEvent;
import org.gridatlas.messages.grid.MicroGridsRedrawnEvent;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;

/** How a record's events become its history of field changes; no Spring, no database. */
class RecordHistoryTest {

    private static final String COMPOUND = "c-1";
    private static final String GRID = "140122001001001";
    /** 0.002° × 0.0015° at 37.7° N: about 176 m × 167 m. */
    private static final String SQUARE = rectangle(112.3, 37.7, 0.002, 0.0015);
    private static final CompoundAttributes ATTRIBUTES = new CompoundAttributes("测试新村", "测试路1号", 120, 4, 12,
            new BigDecimal("8600.5"), 1995, CompoundCategory.OLD_COMPOUND);
    private static final LocalDate SURVEYED = LocalDate.of(2026, 3, 1);

    private final RecordHistory history = new RecordHistory(EventFields.forEveryRecord());
    private final List<DomainEventMessage<?>> events = new ArrayList<>();

    private static String rectangle(double west, double south, double width, double height) {
        double east = west + width;
        double north = south + height;
        return "POLYGON ((%s %s, %s %s, %s %s, %s %s, %s %s))".formatted(west, south, east, south, east, north,
                west, north, west, south);
    }

    private void given(String aggregateId, Object event) {
        events.add(new GenericDomainEventMessage<>("Aggregate", aggregateId, events.size(), event,
                Map.of(AuditMetadata.USER, "李网格员", AuditMetadata.REASON, "reason " + events.size())));
    }

    private void registered() {
        given(COMPOUND, new CompoundRegisteredEvent(COMPOUND, "140122", "140122001", "140122001001", ATTRIBUTES, SQUARE,
                Management.unmanaged(SURVEYED), List.of()));
    }

    /** As {@link HistoryService} answers: the first record the identifier may name that has a history. */
    private List<HistoryEntry> historyOf(String recordId) {
        for (Scope scope : Scope.candidates(recordId)) {
            List<HistoryEntry> entries = history.of(scope,
                    events.stream().filter(e -> e.getAggregateIdentifier().equals(scope.aggregateId())).toList());
            if (!entries.isEmpty()) {
                return entries;
            }
        }
        return List.of();
    }

    private static Map<String, String> changes(HistoryEntry entry) {
        Map<String, String> changes = new java.util.LinkedHashMap<>();
        entry.changes().forEach(c -> changes.put(c.field(), text(c.before()) + " → " + text(c.after())));
        return changes;
    }

    private static String text(tools.jackson.databind.JsonNode value) {
        return value == null ? "—" : value.isString() ? value.stringValue() : value.toString();
    }

    @Test
    void registeringReportsEveryFieldFilledInAndNoEmptyOne() {
        registered();

        HistoryEntry registration = historyOf(COMPOUND).get(0);

        assertThat(registration.operation()).isEqualTo("compound registered");
        assertThat(registration.user()).isEqualTo("李网格员");
        assertThat(changes(registration)).containsEntry("name", "— → 测试新村")
                .containsEntry("households", "— → 120")
                .containsEntry("floorArea", "— → 8600.5")
                .containsEntry("category", "— → OLD_COMPOUND")
                .containsEntry("management.mode", "— → UNMANAGED")
                .containsEntry("management.since", "— → 2026-03-01")
                .containsEntry("boundary", "— → " + SQUARE)
                .doesNotContainKeys("management.provider", "management.feeStance", "gridCodes", "attributes.name");
    }

    @Test
    void changedAttributesReportOnlyTheFieldsThatChanged() {
        registered();
        given(COMPOUND, new CompoundAttributesChangedEvent(COMPOUND, new CompoundAttributes("幸福新村", "测试路1号", 140, 4, 12,
                new BigDecimal("8600.50"), 1995, CompoundCategory.OLD_COMPOUND)));

        HistoryEntry change = historyOf(COMPOUND).get(1);

        assertThat(change.operation()).isEqualTo("attributes changed");
        assertThat(change.reason()).isEqualTo("reason 1");
        assertThat(changes(change)).containsExactly(Map.entry("name", "测试新村 → 幸福新村"), Map.entry("households", "120 → 140"));
    }

    @Test
    void aCorrectedBoundaryCarriesItsAreaBeforeAndAfter() {
        registered();
        String taller = rectangle(112.3, 37.7, 0.002, 0.0018);
        given(COMPOUND, new CompoundBoundaryCorrectedEvent(COMPOUND, taller));

        FieldChange boundary = historyOf(COMPOUND).get(1).changes().get(0);

        assertThat(boundary.field()).isEqualTo("boundary");
        assertThat(boundary.before().stringValue()).isEqualTo(SQUARE);
        assertThat(boundary.after().stringValue()).isEqualTo(taller);
        double metresPerDegree = 111_320;
        double width = 0.002 * metresPerDegree * Math.cos(Math.toRadians(37.7008));
        assertThat(boundary.area().beforeSquareMetres()).isCloseTo(Math.round(width * 0.0015 * metresPerDegree), within(2L));
        assertThat(boundary.area().afterSquareMetres()).isCloseTo(Math.round(width * 0.0018 * metresPerDegree), within(2L));
        assertThat(boundary.area().changeSquareMetres())
                .isEqualTo(boundary.area().afterSquareMetres() - boundary.area().beforeSquareMetres())
                .isCloseTo(Math.round(width * 0.0003 * metresPerDegree), within(3L));
    }

    @Test
    void aFieldThatIsNoBoundaryCarriesNoArea() {
        registered();

        assertThat(historyOf(COMPOUND).get(0).changes()).filteredOn(c -> !c.field().equals("boundary"))
                .allSatisfy(c -> assertThat(c.area()).isNull());
    }

    @Test
    void aRelapseClearsTheProviderAndFeeStance() {
        registered();
        given(COMPOUND, new ManagementChangedEvent(COMPOUND, "140122", ManagementMode.UNMANAGED,
                new Management(ManagementMode.MARKET_COMPANY, "安居物业", LocalDate.of(2026, 4, 1), FeeStance.SERVE_FIRST),
                ManagementTransition.CLEARED));
        given(COMPOUND, new ManagementChangedEvent(COMPOUND, "140122", ManagementMode.MARKET_COMPANY,
                Management.unmanaged(LocalDate.of(2026, 9, 1)), ManagementTransition.RELAPSED));

        List<HistoryEntry> entries = historyOf(COMPOUND);

        assertThat(entries.get(1).operation()).isEqualTo("management changed (cleared)");
        assertThat(changes(entries.get(1))).containsExactly(Map.entry("management.mode", "UNMANAGED → MARKET_COMPANY"),
                Map.entry("management.provider", "— → 安居物业"), Map.entry("management.since", "2026-03-01 → 2026-04-01"),
                Map.entry("management.feeStance", "— → SERVE_FIRST"));
        assertThat(entries.get(2).operation()).isEqualTo("management changed (relapsed)");
        assertThat(changes(entries.get(2))).containsEntry("management.provider", "安居物业 → —")
                .containsEntry("management.feeStance", "SERVE_FIRST → —");
    }

    @Test
    void aStrategyWithoutSubsidyClearsTheEarlierSubsidy() {
        registered();
        given(COMPOUND, new ClearanceStrategyAssignedEvent(COMPOUND, ClearanceStrategy.SUBSIDISED_TRANSITION,
                LocalDate.of(2026, 12, 1), new Subsidy(new BigDecimal("0.5"), 6), new BigDecimal("25801.50")));
        given(COMPOUND, new ClearanceStrategyAssignedEvent(COMPOUND, ClearanceStrategy.BASIC_FALLBACK,
                LocalDate.of(2026, 12, 1), null, null));

        assertThat(changes(historyOf(COMPOUND).get(2))).containsExactly(
                Map.entry("strategy", "SUBSIDISED_TRANSITION → BASIC_FALLBACK"),
                Map.entry("subsidyCommitmentYuan", "25801.50 → —"),
                Map.entry("subsidy.yuanPerSquareMetreMonth", "0.5 → —"),
                Map.entry("subsidy.months", "6 → —"));
    }

    private static MicroGrid microGrid(String suffix, String boundary, String... helpers) {
        return new MicroGrid(GRID + suffix, "微网格" + suffix, boundary, List.of(helpers));
    }

    @Test
    void aMicroGridsHistoryIsItsOwnPartOfItsGridsEvents() {
        String west = rectangle(112.3, 37.7, 0.003, 0.005);
        String east = rectangle(112.303, 37.7, 0.003, 0.005);
        String narrowEast = rectangle(112.304, 37.7, 0.002, 0.005);
        String middle = rectangle(112.303, 37.7, 0.001, 0.005);
        given(GRID, new GridDrawnEvent(GRID, "140122", "140122001", "140122001001", "第1网格", rectangle(112.3, 37.7, 0.006, 0.005)));
        given(GRID, new MicroGridsRedrawnEvent(GRID, List.of(microGrid("01", west, "王"), microGrid("02", east, "赵")), List.of()));
        given(GRID, new MicroGridsRedrawnEvent(GRID, List.of(microGrid("01", west, "王", "钱"), microGrid("02", narrowEast, "赵"),
                microGrid("03", middle)), List.of()));
        given(GRID, new MicroGridsRedrawnEvent(GRID, List.of(microGrid("01", west, "王", "钱"),
                microGrid("03", rectangle(112.303, 37.7, 0.003, 0.005))), List.of()));

        List<HistoryEntry> second = historyOf(GRID + "02");
        List<HistoryEntry> first = historyOf(GRID + "01");

        assertThat(second).extracting(HistoryEntry::version).containsExactly(1L, 2L, 3L);
        assertThat(second).extracting(HistoryEntry::aggregateId).containsOnly(GRID);
        assertThat(second).extracting(HistoryEntry::operation)
                .containsExactly("micro-grid added", "micro-grid boundary changed", "micro-grid removed");
        assertThat(changes(second.get(0))).containsExactly(Map.entry("name", "— → 微网格02"),
                Map.entry("boundary", "— → " + east), Map.entry("helpers", "— → [\"赵\"]"));
        FieldChange narrowed = second.get(1).changes().get(0);
        assertThat(narrowed.area().changeSquareMetres()).isNegative();
        assertThat(second.get(2).changes()).allSatisfy(c -> assertThat(c.after()).isNull());
        assertThat(second.get(2).changes().get(1).area().afterSquareMetres()).isNull();
        assertThat(first).extracting(HistoryEntry::operation).containsExactly("micro-grid added", "micro-grid helpers changed");
        assertThat(changes(first.get(1))).containsExactly(Map.entry("helpers", "[\"王\"] → [\"王\",\"钱\"]"));
    }

    /** Grid 1 divided into a west (01) and an east (02) micro-grid, 01 with the helper 王. */
    private void dividedGrid() {
        given(GRID, new GridDrawnEvent(GRID, "140122", "140122001", "140122001001", "第1网格", rectangle(112.3, 37.7, 0.006, 0.005)));
        given(GRID, new MicroGridsRedrawnEvent(GRID, List.of(microGrid("01", rectangle(112.3, 37.7, 0.003, 0.005), "王"),
                microGrid("02", rectangle(112.303, 37.7, 0.003, 0.005))), null));
    }

    private static String text(List<String> codes) {
        return String.join(",", codes);
    }

    @Test
    void aSplitReadsAsASplitWithItsCodesBeforeAndAfterInTheGridAndInEachMicroGrid() {
        dividedGrid();
        given(GRID, new MicroGridSplitEvent(GRID, "LINESTRING (112.3 37.7025, 112.303 37.7025)", List.of(GRID + "01"),
                List.of(GRID + "03", GRID + "04"), List.of(microGrid("03", rectangle(112.3, 37.7, 0.003, 0.0025), "王"),
                microGrid("04", rectangle(112.3, 37.7025, 0.003, 0.0025), "钱"))));

        HistoryEntry split = historyOf(GRID).get(2);
        List<HistoryEntry> retired = historyOf(GRID + "01");
        List<HistoryEntry> north = historyOf(GRID + "04");

        assertThat(split.operation()).isEqualTo("micro-grid split");
        assertThat(split.user()).isEqualTo("李网格员");
        assertThat(split.reason()).isEqualTo("reason 2");
        assertThat(text(split.codes().before()) + " → " + text(split.codes().after()))
                .isEqualTo(GRID + "01 → " + GRID + "03," + GRID + "04");
        assertThat(changes(split)).containsKeys("microGrids." + GRID + "03.boundary", "microGrids." + GRID + "04.helpers")
                .containsEntry("microGrids." + GRID + "01.name", "微网格01 → —")
                .containsEntry("microGrids." + GRID + "01.helpers", "[\"王\"] → —")
                .doesNotContainKey("microGrids." + GRID + "02.boundary");
        assertThat(retired).extracting(HistoryEntry::operation).containsExactly("micro-grid added", "micro-grid split");
        assertThat(retired.get(1).changes()).allSatisfy(c -> assertThat(c.after()).isNull());
        assertThat(retired.get(1).codes().after()).containsExactly(GRID + "03", GRID + "04");
        assertThat(north).extracting(HistoryEntry::operation).containsExactly("micro-grid split");
        assertThat(changes(north.get(0))).containsEntry("helpers", "— → [\"钱\"]");
    }

    @Test
    void aRetirementAndAMergeNameEveryCodeTheyTouched() {
        dividedGrid();
        given(GRID, new MicroGridRetiredEvent(GRID, GRID + "02", GRID + "01", List.of(GRID + "02", GRID + "01"),
                List.of(GRID + "01"), List.of(microGrid("01", rectangle(112.3, 37.7, 0.006, 0.005), "王"))));

        HistoryEntry retirement = historyOf(GRID).get(2);

        assertThat(retirement.operation()).isEqualTo("micro-grid retired");
        assertThat(retirement.codes().before()).containsExactly(GRID + "02", GRID + "01");
        assertThat(retirement.codes().after()).containsExactly(GRID + "01");
        assertThat(changes(retirement)).containsEntry("microGrids." + GRID + "02.name", "微网格02 → —")
                .containsKey("microGrids." + GRID + "01.boundary")
                .doesNotContainKey("microGrids." + GRID + "01.helpers");
        assertThat(historyOf(GRID + "01").get(1).changes().get(0).area().changeSquareMetres()).isPositive();
    }

    @Test
    void assignedLeadersSurviveARedrawThatKeepsTheirMicroGridAndGoWithOneThatDropsIt() {
        dividedGrid();
        List<Leader> leaders = List.of(new Leader("张秀兰", "13800001111", "1号楼"));
        given(GRID, new MicroGridPeopleAssignedEvent(GRID, GRID + "01", List.of("王"), leaders, List.of()));
        given(GRID, new MicroGridPeopleAssignedEvent(GRID, GRID + "02", List.of(), leaders, List.of()));
        given(GRID, new MicroGridsRedrawnEvent(GRID, List.of(microGrid("01", rectangle(112.3, 37.7, 0.006, 0.005), "王")),
                List.of(new MicroGridsRedrawnEvent.Succession(GRID + "02", GRID + "01"))));

        List<HistoryEntry> west = historyOf(GRID + "01");
        List<HistoryEntry> east = historyOf(GRID + "02");

        assertThat(west).extracting(HistoryEntry::operation)
                .containsExactly("micro-grid added", "micro-grid buildingLeaders changed", "micro-grid boundary changed");
        assertThat(changes(west.get(1))).containsOnlyKeys("buildingLeaders");
        assertThat(west.get(1).changes().get(0).after().get(0).get("name").stringValue()).isEqualTo("张秀兰");
        assertThat(changes(west.get(2))).containsOnlyKeys("boundary");
        assertThat(east).extracting(HistoryEntry::operation).containsExactly("micro-grid added",
                "micro-grid buildingLeaders changed", "micro-grid removed");
        assertThat(changes(east.get(2))).containsKeys("buildingLeaders", "boundary");
        HistoryEntry redraw = historyOf(GRID).get(4);
        assertThat(redraw.codes().before()).containsExactly(GRID + "01", GRID + "02");
        assertThat(redraw.codes().after()).containsExactly(GRID + "01");
    }

    @Test
    void aCompoundsNamedLeadersAreCountedAndListed() {
        registered();
        given(COMPOUND, new CompoundLeadersNamedEvent(COMPOUND, List.of(new Leader("张秀兰", null, "1号楼"),
                new Leader("李建国", "13800001111", "2号楼")), List.of()));

        HistoryEntry named = historyOf(COMPOUND).get(1);

        assertThat(named.operation()).isEqualTo("leaders named");
        assertThat(named.codes()).isNull();
        assertThat(changes(named)).containsEntry("leaders.buildings", "— → 2").containsKey("leaders.buildingLeaders")
                .containsEntry("leaders.units", "— → 0").doesNotContainKey("leaders.unitLeaders");
    }

    @Test
    void theGridsOwnHistoryListsEveryEventWithEveryMicroGridsFields() {
        given(GRID, new GridDrawnEvent(GRID, "140122", "140122001", "140122001001", "第1网格", SQUARE));
        given(GRID, new MicroGridsRedrawnEvent(GRID, List.of(microGrid("01", SQUARE)), List.of()));

        List<HistoryEntry> grid = historyOf(GRID);

        assertThat(grid).extracting(HistoryEntry::operation).containsExactly("grid drawn", "micro-grids redrawn");
        assertThat(changes(grid.get(1))).containsOnlyKeys("microGrids." + GRID + "01.name", "microGrids." + GRID + "01.boundary");
    }

    @Test
    void aSubDistrictsHistoryHoldsItsNameAndItsCommunitiesAndACommunitysOnlyItsOwn() {
        given("140122", new DistrictRegisteredEvent("140122", "测试区"));
        given("140122", new SubDistrictAddedEvent("140122", "140122001", "东街道"));
        given("140122", new SubDistrictAddedEvent("140122", "140122002", "西街道"));
        given("140122", new CommunityAddedEvent("140122", "140122001", "140122001001", "一社区"));
        given("140122", new CommunityAddedEvent("140122", "140122002", "140122002001", "二社区"));
        given("140122", new AreaRenamedEvent("140122", "140122001001", AreaLevel.COMMUNITY, "一社区", "光明社区"));

        List<HistoryEntry> subDistrict = historyOf("140122001");
        List<HistoryEntry> community = historyOf("140122001001");

        assertThat(subDistrict).extracting(HistoryEntry::operation)
                .containsExactly("sub-district added", "community added", "community renamed");
        assertThat(changes(subDistrict.get(0))).containsExactly(Map.entry("name", "— → 东街道"));
        assertThat(changes(subDistrict.get(2))).containsExactly(Map.entry("communities.140122001001.name", "一社区 → 光明社区"));
        assertThat(community).extracting(HistoryEntry::operation).containsExactly("community added", "community renamed");
        assertThat(changes(community.get(1))).containsExactly(Map.entry("name", "一社区 → 光明社区"));
        assertThat(historyOf("140122")).hasSize(6);
    }

    @Test
    void aCommunitysHistoryShowsItsDrawnBoundaryWithItsArea() {
        String pieces = "MULTIPOLYGON (((112.5 37.8, 112.51 37.8, 112.51 37.81, 112.5 37.81, 112.5 37.8)), "
                + "((112.52 37.8, 112.53 37.8, 112.53 37.81, 112.52 37.81, 112.52 37.8)))";
        given("140122", new DistrictRegisteredEvent("140122", "测试区"));
        given("140122", new SubDistrictAddedEvent("140122", "140122001", "东街道"));
        given("140122", new CommunityAddedEvent("140122", "140122001", "140122001001", "一社区"));
        given("140122", new AreaBoundaryDrawnEvent("140122", "140122001001", AreaLevel.COMMUNITY, pieces));

        List<HistoryEntry> community = historyOf("140122001001");

        assertThat(community).extracting(HistoryEntry::operation).containsExactly("community added", "community boundary drawn");
        FieldChange boundary = community.get(1).changes().get(0);
        assertThat(boundary.field()).isEqualTo("boundary");
        assertThat(boundary.area().afterSquareMetres()).as("two pieces of about 1.1 km × 0.9 km")
                .isBetween(1_900_000L, 2_100_000L);
    }

    @Test
    void anIdentifierOfAnotherShapeNamesOnlyItsOwnAggregate() {
        assertThat(Scope.candidates("c-1")).containsExactly(new Scope.Whole("c-1"));
        assertThat(Scope.candidates(GRID + "01")).containsExactly(new Scope.Whole(GRID + "01"), new Scope.MicroGridOfGrid(GRID + "01"));
        assertThat(Scope.candidates("140122001")).containsExactly(new Scope.Whole("140122001"), new Scope.AreaOfDistrict("140122001"));
        assertThat(Scope.candidates(GRID)).containsExactly(new Scope.Whole(GRID));
    }

    @Test
    void everyEventOfTheContractHasItsFieldsListed() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile(".*Event")));
        EventFields table = EventFields.forEveryRecord();

        List<String> events = scanner.findCandidateComponents("org.gridatlas.messages").stream()
                .map(definition -> definition.getBeanClassName()).toList();

        assertThat(events).hasSizeGreaterThan(20).allSatisfy(name -> assertThat(table.knows(Class.forName(name))).as(name).isTrue());
        assertThat(AddCommunityCommand.class.getSimpleName()).doesNotEndWith("Event");
    }
}
