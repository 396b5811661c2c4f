package org.gridatlas.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridatlas.Api;
import org.gridatlas.GridAtlasIntegrationTest;
import org.gridatlas.TestAccounts;
import org.gridatlas.TestAccounts.TestAccount;
import org.gridatlas.command.access.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A grant covers its area and nothing beside it: a coordinator of one
 * community cannot touch the next community's grids, an officer of one
 * sub-district cannot record another's compounds or cover them with a party
 * organisation, and an administrator of one district cannot hand out rights
 * over another. Every refusal is a 403 problem and stores nothing.
 */
@GridAtlasIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JurisdictionIT {

    private static final String DISTRICT = "140124";
    private static final String EAST = DISTRICT + "001";
    private static final String WEST = DISTRICT + "002";
    private static final String EAST_COMMUNITY = EAST + "001";
    private static final String WEST_COMMUNITY = WEST + "001";
    private static final String EAST_GRID = EAST_COMMUNITY + "001";
    private static final String WEST_GRID = WEST_COMMUNITY + "001";

    private static final TestAccount EAST_COORDINATOR =
            TestAccounts.account("east-coordinator", "东社区网格管理员", Role.GRID_COORDINATOR, EAST_COMMUNITY);
    private static final TestAccount EAST_OFFICER =
            TestAccounts.account("east-officer", "东街道专班", Role.CAMPAIGN_OFFICER, EAST);
    private static final TestAccount DISTRICT_ADMIN =
            TestAccounts.account("district-admin", "区管理员", Role.ADMINISTRATOR, DISTRICT);

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    Api api;

    @BeforeAll
    void enterTheDistrictWithTwoSubDistricts() {
        api = new Api(port);
        accounts.ensure(EAST_COORDINATOR);
        accounts.ensure(EAST_OFFICER);
        accounts.ensure(DISTRICT_ADMIN);
        Api admin = api.as(TestAccounts.ADMIN);
        Api coordinator = api.as(TestAccounts.COORDINATOR);
        Api officer = api.as(TestAccounts.OFFICER);
        created(admin.post("/api/districts", "{\"districtCode\":\"" + DISTRICT + "\",\"name\":\"辖区测试区\"}"));
        int i = 0;
        for (String[] side : new String[][] {{EAST, EAST_COMMUNITY, EAST_GRID}, {WEST, WEST_COMMUNITY, WEST_GRID}}) {
            created(admin.post("/api/districts/" + DISTRICT + "/sub-districts",
                    "{\"subDistrictCode\":\"" + side[0] + "\",\"name\":\"街道" + side[0] + "\"}"));
            created(admin.post("/api/districts/" + DISTRICT + "/communities",
                    "{\"communityCode\":\"" + side[1] + "\",\"name\":\"社区" + side[1] + "\"}"));
            created(coordinator.post("/api/grids", "{\"gridCode\":\"" + side[2] + "\",\"communityCode\":\"" + side[1]
                    + "\",\"name\":\"网格\",\"boundary\":" + square(i) + "}"));
            created(officer.post("/api/compounds", compound("juris-" + side[0], side[1], side[2], i)));
            i++;
        }
    }

    private static String square(int i) {
        double w = 112.20 + i * 0.01;
        return String.format(java.util.Locale.ROOT, "{\"type\":\"Polygon\",\"coordinates\":[[[%.3f,37.50],[%.3f,37.50],"
                + "[%.3f,37.505],[%.3f,37.505],[%.3f,37.50]]]}", w, w + 0.005, w + 0.005, w, w);
    }

    private static String compound(String id, String community, String grid, int i) {
        return """
                {"compoundId":"%s","communityCode":"%s","name":"小区%s","households":60,"buildings":2,"units":4,
                 "floorArea":3000,"yearBuilt":1992,"category":"OLD_COMPOUND","boundary":%s,
                 "management":{"mode":"UNMANAGED"},"gridCodes":["%s"]}""".formatted(id, community, id, square(i), grid);
    }

    private static void created(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    private long storedEvents() {
        return jdbc.sql("SELECT count(*) FROM eventstore.domain_event_entry").query(Long.class).single();
    }

    private void refused(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).contains("urn:gridatlas:problem:forbidden");
    }

    @Test
    void aCoordinatorEditsTheGridsOfTheirCommunityOnly() {
        Api east = api.as(EAST_COORDINATOR);
        String workers = "{\"workers\":[\"赵网格员\"],\"reason\":\"人员调整\"}";
        assertThat(east.put("/api/grids/" + EAST_GRID + "/workers", workers).status()).isEqualTo(200);

        long before = storedEvents();
        refused(east.put("/api/grids/" + WEST_GRID + "/workers", workers));
        refused(east.post("/api/grids", "{\"gridCode\":\"" + WEST_COMMUNITY + "009\",\"communityCode\":\"" + WEST_COMMUNITY
                + "\",\"name\":\"越界网格\",\"boundary\":" + square(5) + "}"));
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aCoordinatorMayNotChangeAnythingButGridsAndLeaders() {
        refused(api.as(EAST_COORDINATOR).put("/api/compounds/juris-" + EAST + "/management",
                "{\"management\":{\"mode\":\"BASIC_FALLBACK\",\"provider\":\"社区党员志愿服务队\",\"since\":\"2026-01-01\",\"feeStance\":\"SERVE_FIRST\"},"
                        + "\"reason\":\"兜底\"}"));
        assertThat(api.as(EAST_COORDINATOR).put("/api/compounds/juris-" + EAST + "/leaders",
                "{\"buildingLeaders\":2,\"unitLeaders\":4,\"reason\":\"楼栋长到位\"}").status()).isEqualTo(200);
    }

    @Test
    void anOfficerRecordsCompoundsOfTheirSubDistrictOnly() {
        Api east = api.as(EAST_OFFICER);
        long before = storedEvents();
        refused(east.put("/api/compounds/juris-" + WEST + "/management",
                "{\"management\":{\"mode\":\"BASIC_FALLBACK\",\"provider\":\"社区党员志愿服务队\",\"since\":\"2026-01-01\",\"feeStance\":\"SERVE_FIRST\"},"
                        + "\"reason\":\"越权\"}"));
        refused(east.post("/api/compounds", compound("juris-west-new", WEST_COMMUNITY, WEST_GRID, 1)));
        refused(east.post("/api/party-organisations", """
                {"organisationId":"juris-p1","districtCode":"%s","type":"COMPOUND_BRANCH","name":"越界支部",
                 "fullMembers":3,"foundedOn":"2026-01-01","compoundIds":["juris-%s"],"gridCodes":[]}""".formatted(DISTRICT, WEST)));
        refused(east.post("/api/campaigns", """
                {"campaignId":"juris-campaign","districtCode":"%s","name":"全区清零","targetDate":"2027-12-31","milestones":[]}"""
                .formatted(DISTRICT)));
        assertThat(storedEvents()).isEqualTo(before);

        assertThat(east.put("/api/compounds/juris-" + EAST + "/management",
                "{\"management\":{\"mode\":\"BASIC_FALLBACK\",\"provider\":\"社区党员志愿服务队\",\"since\":\"2026-01-01\",\"feeStance\":\"SERVE_FIRST\"},"
                        + "\"reason\":\"党员+环卫兜底\"}").status()).isEqualTo(200);
        assertThat(east.post("/api/party-organisations", """
                {"organisationId":"juris-p2","districtCode":"%s","type":"COMPOUND_BRANCH","name":"东小区支部",
                 "fullMembers":3,"foundedOn":"2026-01-01","compoundIds":["juris-%s"],"gridCodes":[]}""".formatted(DISTRICT, EAST)).status())
                .isEqualTo(201);
        refused(east.put("/api/party-organisations/juris-p2/coverage",
                "{\"compoundIds\":[\"juris-" + EAST + "\",\"juris-" + WEST + "\"],\"gridCodes\":[],\"reason\":\"扩大覆盖\"}"));
    }

    @Test
    void anAdministratorGrantsInsideTheirOwnDistrictOnly() {
        Api admin = api.as(DISTRICT_ADMIN);
        String account = """
                {"username":"%s","displayName":"新同事","password":"long-enough-1","grants":["%s"]}""";
        assertThat(admin.post("/api/admin/accounts", account.formatted("juris-new-1", "PLANNER@" + EAST)).status())
                .isEqualTo(201);
        refused(admin.post("/api/admin/accounts", account.formatted("juris-new-2", "PLANNER@140105")));
        refused(admin.post("/api/admin/accounts", account.formatted("juris-new-3", "ADMINISTRATOR@*")));
        assertThat(api.as(TestAccounts.ADMIN).get("/api/admin/accounts").body()).contains("juris-new-1")
                .doesNotContain("juris-new-2", "juris-new-3");
    }

    @Test
    void readsStayInsideTheReadersAreasExceptForLeaders() {
        Api east = api.as(EAST_OFFICER);
        assertThat(east.get("/api/districts").json()).extracting(d -> d.get("districtCode").stringValue())
                .containsExactly(DISTRICT);
        assertThat(east.get("/api/statistics/compounds?districtCode=" + DISTRICT).status()).isEqualTo(200);
        refused(east.get("/api/statistics/compounds?districtCode=140105"));
        refused(east.get("/api/districts/140105"));
        refused(east.get("/api/history/140105"));

        String both = "/api/compounds?bbox=112.19,37.49,112.22,37.51";
        assertThat(api.as(TestAccounts.PLANNER).get(both).body()).contains("juris-" + EAST, "juris-" + WEST);
        assertThat(east.get(both).body()).as("the map layer keeps to the reader's areas")
                .contains("juris-" + EAST).doesNotContain("juris-" + WEST);
        assertThat(east.get("/api/grids?bbox=112.19,37.49,112.22,37.51").body()).contains(EAST_GRID).doesNotContain(WEST_GRID);
        assertThat(east.get("/api/compounds/juris-" + WEST).status()).as("outside the reader's areas").isIn(403, 404);
        refused(east.get("/api/history/juris-" + WEST));
        refused(east.get("/api/compounds/juris-" + WEST + "/management-history"));
        assertThat(east.get("/api/history/juris-" + EAST).status()).isEqualTo(200);
        assertThat(east.get("/api/compounds/juris-" + EAST).status()).isEqualTo(200);

        TestAccount leader = TestAccounts.account("east-leader", "街道领导", Role.LEADER, EAST);
        accounts.ensure(leader);
        assertThat(api.as(leader).get("/api/statistics/compounds?districtCode=140105").status())
                .as("leaders read everything").isEqualTo(200);
    }
}
