package org.gridatlas;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Every kind of record created and changed through the documented API, and
 * the answers a client gets when a rule is broken, a version is stale or a
 * record exists already. A rejected command stores no event.
 */
@GridAtlasIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommandApiIT {

    private static final TestDistrict AREA = new TestDistrict("140182", 112.30, 37.60);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore events;
    Api api;
    Api admin;
    Api officer;
    Api coordinator;
    Api planner;

    @BeforeAll
    void createTheDistrict() {
        api = new Api(port);
        admin = api.as(TestAccounts.ADMIN);
        officer = api.as(TestAccounts.OFFICER);
        coordinator = api.as(TestAccounts.COORDINATOR);
        planner = api.as(TestAccounts.PLANNER);
        AREA.create(api);
    }

    private long storedEvents() {
        return jdbc.sql("SELECT count(*) FROM eventstore.domain_event_entry").query(Long.class).single();
    }

    private Api.Response rejected(Api.Response response, int status, String ruleOrField) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).contains(ruleOrField);
        return response;
    }

    private String compound(String id, String mode) {
        String management = mode.equals("UNMANAGED") ? "{\"mode\":\"UNMANAGED\"}"
                : "{\"mode\":\"" + mode + "\",\"provider\":\"晋阳物业服务有限公司\",\"since\":\"2020-01-01\",\"feeStance\":\"CHARGING\"}";
        return """
                {"compoundId":"%s","communityCode":"%s","name":"%s","households":80,"buildings":3,"units":9,
                 "floorArea":5200,"yearBuilt":1990,"category":"OLD_COMPOUND","boundary":%s,
                 "management":%s,"gridCodes":["%s","%s"]}"""
                .formatted(id, AREA.community(), "小区" + id, AREA.rectangle(0.005, 0.001, 0.002, 0.002), management,
                        AREA.grid(1), AREA.grid(2));
    }

    @Test
    void theHierarchyIsQueriedAsATreeAndRenamedWithTheVersionSeen() {
        ReadModel.awaitUpToDate(processing, events);
        JsonNode tree = planner.get("/api/districts/" + AREA.code()).json();
        assertThat(tree.get("subDistricts").get(0).get("communities").get(0).get("name").stringValue()).isEqualTo("测试社区");
        long version = tree.get("version").longValue();

        Api.Response renamed = admin.put("/api/districts/" + AREA.code() + "/areas/" + AREA.community() + "/name",
                "{\"name\":\"更名社区\",\"reason\":\"民政批复更名\",\"expectedVersion\":" + version + "}");
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().get("version").longValue()).isEqualTo(version + 1);

        long before = storedEvents();
        JsonNode stale = rejected(admin.put("/api/districts/" + AREA.code() + "/areas/" + AREA.community() + "/name",
                "{\"name\":\"又一名\",\"reason\":\"再次更名\",\"expectedVersion\":" + version + "}"), 409, "currentVersion").json();
        assertThat(stale.get("currentVersion").longValue()).isEqualTo(version + 1);
        assertThat(stale.get("expectedVersion").longValue()).isEqualTo(version);
        rejected(admin.put("/api/districts/" + AREA.code() + "/areas/" + AREA.community() + "/name", "{\"name\":\"无理由\"}"),
                400, "reason");
        rejected(admin.post("/api/districts/" + AREA.code() + "/communities",
                "{\"communityCode\":\"140182009001\",\"name\":\"无街道社区\"}"), 422, "community-code-format");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aDistrictCodeCanBeRegisteredOnce() {
        long before = storedEvents();
        rejected(admin.post("/api/districts", "{\"districtCode\":\"" + AREA.code() + "\",\"name\":\"重复\"}"), 409, "conflict");
        rejected(admin.post("/api/districts", "{\"districtCode\":\"140100\",\"name\":\"市级\"}"), 422, "district-code-format");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void microGridsMustDivideTheirGridWithoutGapsOrOverlaps() {
        String west = "{\"microGridCode\":\"" + AREA.grid(1) + "01\",\"name\":\"西\",\"boundary\":"
                + AREA.rectangle(0, 0, 0.003, 0.005) + ",\"helpers\":[\"赵辅助员\",\"钱辅助员\"]}";
        String east = "{\"microGridCode\":\"" + AREA.grid(1) + "02\",\"name\":\"东\",\"boundary\":"
                + AREA.rectangle(0.003, 0, 0.003, 0.005) + ",\"helpers\":[\"孙辅助员\"]}";
        String narrowEast = "{\"microGridCode\":\"" + AREA.grid(1) + "02\",\"name\":\"东\",\"boundary\":"
                + AREA.rectangle(0.004, 0, 0.002, 0.005) + "}";
        long before = storedEvents();

        rejected(coordinator.put("/api/grids/" + AREA.grid(1) + "/micro-grids", "{\"microGrids\":[null]}"), 400,
                "\"field\":\"microGrids[0]\"");
        JsonNode gap = rejected(coordinator.put("/api/grids/" + AREA.grid(1) + "/micro-grids",
                "{\"microGrids\":[" + west + "," + narrowEast + "],\"reason\":\"按院落划分\"}"), 400, "leave a gap").json();
        assertThat(gap.get("errors").get(0).get("field").stringValue()).isEqualTo("microGrids");
        assertThat(storedEvents()).isEqualTo(before);

        Api.Response divided = coordinator.put("/api/grids/" + AREA.grid(1) + "/micro-grids",
                "{\"microGrids\":[" + west + "," + east + "],\"reason\":\"按院落划分\"}");
        assertThat(divided.status()).as(divided.body()).isEqualTo(200);
        ReadModel.awaitUpToDate(processing, events);
        JsonNode microGrids = planner.get("/api/grids/" + AREA.grid(1) + "/micro-grids").json();
        assertThat(microGrids.get("features")).hasSize(2);
        assertThat(microGrids.get("features").get(0).get("properties").get("helpers")).hasSize(2);

        Api.Response workers = coordinator.put("/api/grids/" + AREA.grid(1) + "/workers", "{\"workers\":[\"周网格员\"],\"reason\":\"配备专职网格员\"}");
        assertThat(workers.status()).as(workers.body()).isEqualTo(200);
    }

    @Test
    void aCompoundsManagementChangesWithAReasonAndTheLedgerShowsIt() {
        Api.Response created = officer.post("/api/compounds", compound("api-c1", "UNMANAGED"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        rejected(officer.post("/api/compounds", compound("api-c1", "UNMANAGED")), 409, "conflict");

        String serving = "{\"management\":{\"mode\":\"MARKET_COMPANY\",\"provider\":\"晋阳物业服务有限公司\","
                + "\"since\":\"2026-01-05\",\"feeStance\":\"SERVE_FIRST\"}";
        rejected(officer.put("/api/compounds/api-c1/management", serving + "}"), 400, "reason");
        Api.Response cleared = officer.put("/api/compounds/api-c1/management",
                serving + ",\"reason\":\"物业企业入驻\",\"expectedVersion\":0}");
        assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
        assertThat(cleared.json().get("version").longValue()).isEqualTo(1);
        rejected(officer.put("/api/compounds/api-c1/management", serving.replace("SERVE_FIRST", "CHARGING")
                + ",\"reason\":\"收费\",\"expectedVersion\":0}"), 409, "\"currentVersion\":1");
        rejected(officer.put("/api/compounds/api-c1/clearance-strategy",
                "{\"strategy\":\"BASIC_FALLBACK\",\"plannedDate\":\"2099-01-01\",\"reason\":\"一区一策\"}"), 422,
                "clearance-strategy-needs-unmanaged-compound");
        rejected(officer.put("/api/compounds/no-such-compound/management", serving + ",\"reason\":\"x\"}"), 404, "not-found");

        ReadModel.awaitUpToDate(processing, events);
        JsonNode history = planner.get("/api/compounds/api-c1/management-history").json();
        assertThat(history).extracting(e -> e.get("transition").stringValue()).containsExactly("REGISTERED", "CLEARED");
        assertThat(history.get(1).get("reason").stringValue()).isEqualTo("物业企业入驻");
        assertThat(planner.get("/api/compounds/api-c1").json().get("properties").get("gridCodes")).hasSize(2);

        JsonNode audit = planner.get("/api/history/api-c1").json();
        assertThat(audit).extracting(c -> c.get("event").stringValue())
                .containsExactly("CompoundRegisteredEvent", "ManagementChangedEvent");
        assertThat(audit.get(1).get("reason").stringValue()).isEqualTo("物业企业入驻");
        assertThat(audit.get(1).get("user").stringValue()).isEqualTo(TestAccounts.OFFICER.username());
        assertThat(audit.get(1).get("payload").get("transition").stringValue()).isEqualTo("CLEARED");
        assertThat(planner.get("/api/history/nothing-here").status()).isEqualTo(404);
    }

    @Test
    void aBranchNeedsThreeFullMembersAndCoversWhatItNames() {
        officer.post("/api/compounds", compound("api-c2", "MARKET_COMPANY"));
        String branch = "{\"organisationId\":\"api-p1\",\"districtCode\":\"" + AREA.code() + "\",\"type\":\"COMPOUND_BRANCH\","
                + "\"name\":\"测试小区党支部\",\"fullMembers\":%d,\"foundedOn\":\"2025-07-01\",\"compoundIds\":[\"%s\"]}";
        long before = storedEvents();
        rejected(officer.post("/api/party-organisations", branch.formatted(2, "api-c2")), 422, "branch-needs-three-full-members");
        rejected(officer.post("/api/party-organisations", branch.formatted(3, "elsewhere")), 422, "compounds-unknown");
        assertThat(storedEvents()).isEqualTo(before);

        assertThat(officer.post("/api/party-organisations", branch.formatted(3, "api-c2")).status()).isEqualTo(201);
        rejected(officer.put("/api/party-organisations/api-p1/members", "{\"fullMembers\":2,\"reason\":\"党员迁出\"}"), 422, "branch-needs-three");
        assertThat(officer.put("/api/party-organisations/api-p1/coverage",
                "{\"compoundIds\":[\"api-c2\"],\"gridCodes\":[\"" + AREA.grid(2) + "\"],\"reason\":\"兼管第二网格\"}").status())
                .isEqualTo(200);
        ReadModel.awaitUpToDate(processing, events);
        assertThat(planner.get("/api/party-organisations/api-p1").json().get("gridCodes")).hasSize(1);
        assertThat(planner.get("/api/statistics/party-coverage?districtCode=149998").status()).isEqualTo(404);
        JsonNode coverage = planner.get("/api/statistics/party-coverage?districtCode=" + AREA.code()).json();
        assertThat(coverage.get("grids").get("covered").intValue()).isEqualTo(1);

        Api.Response dissolved = officer.post("/api/party-organisations/api-p1/dissolution",
                "{\"dissolvedOn\":\"2026-01-01\",\"reason\":\"党员迁出，合并到社区党委\"}");
        assertThat(dissolved.status()).as(dissolved.body()).isEqualTo(200);
    }

    @Test
    void aCampaignClosesOnlyWhenNoCompoundIsLeftUnmanaged() {
        TestDistrict small = new TestDistrict("140183", 112.30, 37.50);
        small.create(api);
        String launch = "{\"campaignId\":\"api-campaign\",\"districtCode\":\"140183\",\"name\":\"清零行动\","
                + "\"targetDate\":\"2099-12-31\",\"milestones\":[{\"due\":\"2099-06-30\",\"maxUnmanaged\":1,\"label\":\"过半\"}]}";
        rejected(officer.post("/api/campaigns", launch), 422, "campaign-needs-unmanaged-compounds");
        rejected(officer.post("/api/campaigns", launch.replace("[{", "[null,{")), 400, "\"field\":\"milestones[0]\"");

        String unmanaged = compound("api-c3", "UNMANAGED").replace(AREA.community(), small.community())
                .replace(AREA.grid(1), small.grid(1)).replace(",\"" + AREA.grid(2) + "\"", "")
                // across the small district's two grids, which it names: a compound names only grids it lies in
                .replace(AREA.rectangle(0.005, 0.001, 0.002, 0.002), small.rectangle(0.005, 0.001, 0.002, 0.002));
        Api.Response registered = officer.post("/api/compounds", unmanaged);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(officer.post("/api/campaigns", launch).status()).isEqualTo(201);
        rejected(officer.post("/api/campaigns", launch.replace("api-campaign", "api-campaign-2")), 422,
                "one-open-campaign-per-area");
        JsonNode notDone = rejected(officer.post("/api/campaigns/api-campaign/closure", "{\"reason\":\"提前收官\"}"), 422,
                "campaign-not-done").json();
        assertThat(notDone.get("detail").stringValue()).contains("1 still are");

        assertThat(officer.put("/api/compounds/api-c3/management", "{\"management\":{\"mode\":\"BASIC_FALLBACK\","
                + "\"provider\":\"社区党员志愿服务队\",\"since\":\"2026-01-05\",\"feeStance\":\"SERVE_FIRST\"},"
                + "\"reason\":\"兜底服务\"}").status()).isEqualTo(200);
        Api.Response closed = officer.post("/api/campaigns/api-campaign/closure", "{\"reason\":\"全部清零\"}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);

        ReadModel.awaitUpToDate(processing, events);
        JsonNode progress = planner.get("/api/campaigns/api-campaign").json();
        assertThat(progress.get("closedOn").isNull()).isFalse();
        assertThat(progress.get("baselineCleared").intValue()).isEqualTo(1);
        assertThat(progress.get("milestones").get(0).get("status").stringValue()).isEqualTo("REACHED");
    }

    @Test
    void theApiIsDescribedByOpenApi() {
        JsonNode openApi = admin.get("/v3/api-docs").json();
        assertThat(openApi.get("paths").propertyNames()).contains("/api/compounds", "/api/compounds/{compoundId}/management",
                "/api/grids/{gridCode}/micro-grids", "/api/party-organisations", "/api/campaigns/{campaignId}/closure",
                "/api/statistics/compounds");
        assertThat(admin.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }
}
