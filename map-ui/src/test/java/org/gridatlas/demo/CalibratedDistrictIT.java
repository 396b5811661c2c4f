package org.gridatlas.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.StreamSupport;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.gridatlas.Api;
import org.gridatlas.ApiDriver;
import org.gridatlas.GridAtlasIntegrationTest;
import org.gridatlas.ReadModel;
import org.gridatlas.TestAccounts;
import org.gridatlas.messages.clearance.AssignClearanceStrategyCommand;
import org.gridatlas.messages.compound.RegisterCompoundCommand;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * Builds a district shaped like 小店区 through the public HTTP API, step by
 * step with simulated timestamps, and checks through the query API that the
 * figures the articles report come out, at launch and eight months on.
 */
@GridAtlasIntegrationTest
class CalibratedDistrictIT {

    /** A second district beside the demo one, so both live in the same database. */
    private static final CalibratedDistrict.Settings SETTINGS = new CalibratedDistrict.Settings("140199", "测试区",
            112.75, 37.70, YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(11), 7);
    private static final String DISTRICT = SETTINGS.districtCode();

    @LocalServerPort
    int port;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore events;

    @Test
    void theDistrictBuiltThroughTheApiHasTheReportedFiguresAtLaunchAndAfterEightMonths() {
        Api api = new Api(port).as(TestAccounts.LEADER);
        ApiDriver driver = new ApiDriver(api);
        CalibratedDistrict.Plan plan = CalibratedDistrict.plan(SETTINGS);

        try (SimulatedClock clock = SimulatedClock.install(plan.survey().get(0).at())) {
            driver.sendAll(plan.survey(), clock);
            driver.sendAll(plan.launch(), clock);
            ReadModel.awaitUpToDate(processing, events);
            atLaunch(api, plan);

            driver.sendAll(plan.progress(), clock);
        }
        ReadModel.awaitUpToDate(processing, events);
        afterEightMonths(api, plan);
    }

    private void atLaunch(Api api, CalibratedDistrict.Plan plan) {
        JsonNode tree = get(api, "/api/districts/" + DISTRICT);
        assertThat(tree.get("subDistricts")).hasSize(10);
        assertThat(StreamSupport.stream(tree.get("subDistricts").spliterator(), false)
                .mapToInt(s -> s.get("communities").size()).sum()).isEqualTo(100);

        JsonNode compounds = get(api, "/api/statistics/compounds?districtCode=" + DISTRICT);
        assertThat(compounds.get("compounds").intValue()).isEqualTo(1157);
        assertThat(compounds.get("unmanaged").intValue()).isEqualTo(296);
        assertThat(compounds.get("byMode").get("UNMANAGED").intValue()).isEqualTo(296);
        assertThat(compounds.get("byStrategy").get("RED_PROPERTY_ENTERPRISE").intValue()).isEqualTo(26);
        assertThat(compounds.get("byStrategy").get("ORIGINAL_EMPLOYER").intValue()).isEqualTo(62);
        assertThat(compounds.get("byStrategy").get("SUBSIDISED_TRANSITION").intValue()).isEqualTo(150);
        assertThat(compounds.get("byStrategy").get("BASIC_FALLBACK").intValue()).isEqualTo(58);
        assertThat(compounds.get("subsidyCommitmentYuan").decimalValue()).isEqualByComparingTo(expectedSubsidy(plan));
        assertThat(compounds.get("bySubDistrict")).hasSize(10);
        assertThat(compounds.get("byCommunity")).hasSize(100);
        assertThat(StreamSupport.stream(compounds.get("bySubDistrict").spliterator(), false)
                .mapToInt(a -> a.get("unmanaged").intValue()).sum()).isEqualTo(296);

        JsonNode party = get(api, "/api/statistics/party-coverage?districtCode=" + DISTRICT);
        assertThat(party.get("compoundAndGridBranches").intValue()).isEqualTo(104);
        assertThat(party.get("partyGroups").intValue()).isEqualTo(192);
        assertThat(party.get("unmanagedCompounds").get("total").intValue()).isEqualTo(296);
        assertThat(party.get("unmanagedCompounds").get("covered").intValue()).as("全覆盖").isEqualTo(296);

        JsonNode governance = get(api, "/api/statistics/governance?districtCode=" + DISTRICT);
        assertThat(governance.get("buildingLeaders").intValue()).isEqualTo(1466);
        assertThat(governance.get("unitLeaders").intValue()).isEqualTo(4275);
        assertThat(governance.get("microGrids").intValue()).isEqualTo(674);
        assertThat(governance.get("microGridHelpers").intValue()).isGreaterThan(1400);
        assertThat(governance.get("grids").intValue()).isEqualTo(300);
        assertThat(governance.get("propertyManagementCommittees").intValue())
                .isEqualTo(CalibratedDistrict.PROPERTY_MANAGEMENT_COMMITTEES);
        assertThat(governance.get("ownersCommittees").intValue()).isEqualTo(CalibratedDistrict.OWNERS_COMMITTEES);

        JsonNode campaign = get(api, "/api/campaigns/" + plan.campaignId());
        assertThat(campaign.get("compoundsAtLaunch").intValue()).isEqualTo(1157);
        assertThat(campaign.get("unmanagedAtLaunch").intValue()).isEqualTo(296);
        assertThat(campaign.get("clearancesSinceLaunch").intValue()).isZero();
    }

    private void afterEightMonths(Api api, CalibratedDistrict.Plan plan) {
        CalibratedDistrict.Outcome outcome = plan.outcome();
        JsonNode campaign = get(api, "/api/campaigns/" + plan.campaignId());
        assertThat(campaign.get("clearancesSinceLaunch").intValue()).isEqualTo(outcome.cleared());
        assertThat(campaign.get("relapsesSinceLaunch").intValue()).isEqualTo(outcome.relapsed());
        assertThat(campaign.get("unmanagedNow").intValue()).isEqualTo(outcome.unmanagedAfter());
        assertThat(campaign.get("baselineStillUnmanaged").intValue()).isEqualTo(outcome.unmanagedAfter());
        assertThat(campaign.get("baselineCleared").intValue()).isEqualTo(296 - outcome.unmanagedAfter());
        assertThat(campaign.get("milestones")).extracting(m -> m.get("status").stringValue())
                .containsExactly("MET", "MET", "OPEN");

        JsonNode compounds = get(api, "/api/statistics/compounds?districtCode=" + DISTRICT);
        assertThat(compounds.get("unmanaged").intValue()).isEqualTo(outcome.unmanagedAfter());
        assertThat(compounds.get("relapses").intValue()).isEqualTo(outcome.relapsed());
        assertThat(compounds.get("byMode").get("BASIC_FALLBACK").intValue()).isEqualTo(58);

        List<JsonNode> trend = StreamSupport.stream(get(api, "/api/campaigns/" + plan.campaignId() + "/trend")
                .spliterator(), false).toList();
        assertThat(trend.stream().mapToInt(m -> m.get("clearances").intValue()).sum()).isEqualTo(outcome.cleared());
        assertThat(trend.stream().mapToInt(m -> m.get("relapses").intValue()).sum()).isEqualTo(outcome.relapsed());
        assertThat(trend.get(0).get("unmanagedAtEnd").intValue()).isEqualTo(296);
        assertThat(trend.get(trend.size() - 1).get("unmanagedAtEnd").intValue()).isEqualTo(outcome.unmanagedAfter());

        JsonNode relapsed = StreamSupport.stream(get(api, "/api/compounds/" + anyRelapsed(api) + "/management-history")
                .spliterator(), false).toList().get(0);
        assertThat(relapsed.get("transition").stringValue()).isEqualTo("REGISTERED");
    }

    /** A compound whose ledger holds a relapse, found through the district's ledger. */
    private String anyRelapsed(Api api) {
        JsonNode ledger = get(api, "/api/compounds/management-ledger?districtCode=" + DISTRICT
                + "&from=2000-01-01T00:00:00Z&to=2100-01-01T00:00:00Z");
        return StreamSupport.stream(ledger.spliterator(), false)
                .filter(e -> e.get("transition").stringValue().equals("RELAPSED"))
                .map(e -> e.get("compoundId").stringValue())
                .findFirst().orElseThrow();
    }

    private static BigDecimal expectedSubsidy(CalibratedDistrict.Plan plan) {
        var floorAreas = plan.survey().stream().map(DemoStep::command)
                .filter(RegisterCompoundCommand.class::isInstance).map(RegisterCompoundCommand.class::cast)
                .collect(java.util.stream.Collectors.toMap(RegisterCompoundCommand::compoundId, c -> c.attributes().floorArea()));
        return plan.launch().stream().map(DemoStep::command)
                .filter(AssignClearanceStrategyCommand.class::isInstance).map(AssignClearanceStrategyCommand.class::cast)
                .filter(a -> a.subsidy() != null)
                .map(a -> floorAreas.get(a.compoundId()).multiply(a.subsidy().yuanPerSquareMetreMonth())
                        .multiply(BigDecimal.valueOf(a.subsidy().months())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static JsonNode get(Api api, String path) {
        Api.Response response = api.get(path);
        assertThat(response.status()).as(path + " → " + response.body()).isEqualTo(200);
        return response.json();
    }
}
