package org.gridatlas.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridatlas.body.BodyDistrict.member;

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
 * Bodies keep to the grants: a grid coordinator records no body, an officer
 * of one sub-district neither founds, staffs nor evaluates another's, and
 * reads the bodies of their own areas only (a district's company included).
 */
@GridAtlasIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BodyJurisdictionIT {

    private static final String DISTRICT = "140223";
    private static final TestAccount EAST_OFFICER =
            TestAccounts.account("bodies-east-officer", "承德街道专班", Role.CAMPAIGN_OFFICER, DISTRICT + "001");
    private static final TestAccount WEST_OFFICER =
            TestAccounts.account("bodies-west-officer", "龙华街道专班", Role.CAMPAIGN_OFFICER, DISTRICT + "002");
    private static final TestAccount EAST_COORDINATOR =
            TestAccounts.account("bodies-east-coordinator", "站前社区网格管理员", Role.GRID_COORDINATOR, DISTRICT + "001001");

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    BodyDistrict district;
    Api api;

    @BeforeAll
    void enterTheDistrictAndItsBodies() {
        api = new Api(port);
        accounts.ensure(EAST_OFFICER);
        accounts.ensure(WEST_OFFICER);
        accounts.ensure(EAST_COORDINATOR);
        district = new BodyDistrict(DISTRICT, 126.60, 43.95, api, jdbc);
        district.create("辖区测试区", "承德街道", "龙华街道", "站前社区", "铁东社区", "龙江社区");
        district.compound("juris-bodies-east", district.community(1, 1), "东方新村", 120);
        district.changed(api.as(EAST_OFFICER).post("/api/bodies", society("east-society", district.community(1, 1))), 201);
        district.changed(api.as(TestAccounts.OFFICER).post("/api/bodies", """
                {"bodyId":"district-company","kind":"PROPERTY_SERVICE_COMPANY","areaCode":"%s","name":"区属物业服务有限公司",
                 "creditCode":"91140221MA0LD6E8FF","foundedOn":"2020-01-01"}""".formatted(DISTRICT)), 201);
    }

    private static String society(String id, String community) {
        return """
                {"bodyId":"%s","kind":"SHARED_PROPERTY_SOCIETY","areaCode":"%s","name":"共享物业社","foundedOn":"2024-01-01",
                 "members":[%s]}""".formatted(id, community, member("chair", "刘建华", "CHAIR", true));
    }


    private static void refused(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(403);
        assertThat(response.body()).contains("urn:gridatlas:problem:forbidden");
    }

    @Test
    void aCoordinatorOrAnOfficerOfAnotherAreaIsRefused() {
        long before = district.storedEvents();
        refused(api.as(EAST_COORDINATOR).post("/api/bodies", society("coordinators-society", district.community(1, 1))));
        refused(api.as(WEST_OFFICER).post("/api/bodies", society("west-society-in-the-east", district.community(1, 1))));
        refused(api.as(WEST_OFFICER).post("/api/bodies/east-society/members",
                "{\"member\":" + member("m2", "王秀英", "MEMBER", true) + ",\"appointedOn\":\"2024-02-01\",\"reason\":\"补充\"}"));
        refused(api.as(WEST_OFFICER).post("/api/bodies/east-society/dissolution",
                "{\"dissolvedOn\":\"2024-02-01\",\"reason\":\"越权\"}"));
        refused(api.as(EAST_OFFICER).put("/api/bodies/district-company/evaluations/2026-Q3",
                "{\"stars\":5,\"listing\":\"RED_LIST\",\"publishedOn\":\"2026-10-10\",\"reason\":\"街道无权考评区属企业\"}"));
        refused(api.as(WEST_OFFICER).post("/api/compounds/juris-bodies-east/owners-committee/members",
                "{\"member\":" + member("m1", "王秀英", "CHAIR", true) + ",\"appointedOn\":\"2024-02-01\",\"reason\":\"越权\"}"));
        assertThat(district.storedEvents()).isEqualTo(before);

        district.changed(api.as(EAST_OFFICER).post("/api/bodies/east-society/members",
                "{\"member\":" + member("m2", "王秀英", "VICE_CHAIR", true) + ",\"appointedOn\":\"2024-02-01\","
                        + "\"reason\":\"补充副社长\"}"), 200);
    }

    @Test
    void readsKeepToTheReadersAreas() {
        Api west = api.as(WEST_OFFICER);
        district.read(api.as(EAST_OFFICER), "/api/bodies/east-society");
        refused(west.get("/api/bodies/east-society"));
        refused(west.get("/api/bodies/east-society/members"));
        refused(west.get("/api/history/east-society"));
        assertThat(district.read(west, "/api/bodies?districtCode=" + DISTRICT).json())
                .extracting(b -> b.get("bodyId").stringValue())
                .as("the district's company serves the whole district; the other sub-district's society is not theirs")
                .contains("district-company").doesNotContain("east-society");
        refused(west.get("/api/bodies?districtCode=140221"));
    }
}
