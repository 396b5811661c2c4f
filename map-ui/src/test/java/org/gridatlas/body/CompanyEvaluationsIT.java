package org.gridatlas.body;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridatlas.Api;
import org.gridatlas.GridAtlasIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Market property companies in the register, rated every quarter with stars
 * and published on a red or black list, as 肃州区 does (星级考评、红黑名单),
 * with their party branches (新东名都物业管理有限公司党支部 …).
 */
@GridAtlasIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompanyEvaluationsIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    BodyDistrict district;

    @BeforeAll
    void registerTheCompanies() {
        Api api = new Api(port);
        district = new BodyDistrict("140222", 98.50, 39.74, api, jdbc);
        district.create("肃州测试区", "东北街街道", "西峰街道", "仓后街社区", "官北沟社区", "飞天路社区");
        district.compound("evaluations-juyayuan", district.community(1, 2), "居雅苑小区", 420);
        district.compound("evaluations-xinluyuan", district.community(2, 1), "欣露园小区", 360);
        company("xindongmingdu", "新东名都物业管理有限公司", "91140222MA0N7P8Q9B", "evaluations-juyayuan");
        company("hongyang", "酒泉市洪洋物业管理有限责任公司", "91140121MA0M12345H", "evaluations-xinluyuan");
        company("jinpai", "金牌管家物业服务有限公司", "91140121MA0M6789AD", null);
    }

    private void company(String id, String name, String creditCode, String compound) {
        district.changed(district.officer.post("/api/bodies", """
                {"bodyId":"%s","kind":"PROPERTY_SERVICE_COMPANY","areaCode":"%s","name":"%s","creditCode":"%s",
                 "foundedOn":"2019-03-01","compoundIds":[%s],"reason":"招投标选聘"}""".formatted(id, district.code, name,
                creditCode, compound == null ? "" : "\"" + compound + "\"")), 201);
    }

    private void evaluate(String company, String quarter, int stars, String listing, String publishedOn) {
        district.changed(district.officer.put("/api/bodies/" + company + "/evaluations/" + quarter, """
                {"stars":%d,"listing":"%s","publishedOn":"%s","reason":"季度考评结果公示"}"""
                .formatted(stars, listing, publishedOn)), 200);
    }


    @Test
    void creditCodeWithWrongCheckCharacterIsRefused() {
        long before = district.storedEvents();
        Api.Response refused = district.officer.post("/api/bodies", """
                {"kind":"PROPERTY_SERVICE_COMPANY","areaCode":"%s","name":"错码物业有限公司",
                 "creditCode":"91140222MA0N7P8Q9C","foundedOn":"2020-01-01"}""".formatted(district.code));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("rule").stringValue()).isEqualTo("credit-code-check-character");
        assertThat(refused.json().get("errors").get(0).get("field").stringValue()).isEqualTo("creditCode");
        assertThat(refused.json().get("detail").stringValue()).contains("GB 32100-2015", "check character");

        Api.Response twice = district.officer.post("/api/bodies", """
                {"kind":"PROPERTY_SERVICE_COMPANY","areaCode":"%s","name":"同码物业有限公司",
                 "creditCode":"91140222MA0N7P8Q9B","foundedOn":"2020-01-01"}""".formatted(district.code));
        assertThat(twice.json().get("rule").stringValue()).isEqualTo("credit-code-registered");
        assertThat(district.storedEvents()).isEqualTo(before);
    }

    @Test
    void quarterlyStarsAndTheRedAndBlackListsAsPublished() {
        evaluate("xindongmingdu", "2026-Q2", 5, "RED_LIST", "2026-07-10");
        evaluate("hongyang", "2026-Q2", 2, "BLACK_LIST", "2026-07-10");
        evaluate("jinpai", "2026-Q2", 4, "NONE", "2026-07-10");
        evaluate("xindongmingdu", "2026-Q3", 4, "NONE", "2026-10-12");
        evaluate("hongyang", "2026-Q3", 3, "NONE", "2026-10-12");
        evaluate("jinpai", "2026-Q3", 5, "RED_LIST", "2026-10-12");

        JsonNode second = district.read("/api/company-evaluations/red-and-black-lists?districtCode="
                + district.code + "&quarter=2026-Q2").json();
        assertThat(second.get("redList")).extracting(e -> e.get("name").stringValue()).containsExactly("新东名都物业管理有限公司");
        assertThat(second.get("blackList")).extracting(e -> e.get("name").stringValue())
                .containsExactly("酒泉市洪洋物业管理有限责任公司");
        JsonNode latest = district.read("/api/company-evaluations/red-and-black-lists?districtCode="
                + district.code).json();
        assertThat(latest.get("quarter").stringValue()).isEqualTo("2026-Q3");
        assertThat(latest.get("redList")).extracting(e -> e.get("bodyId").stringValue()).containsExactly("jinpai");
        assertThat(latest.get("blackList")).isEmpty();
        assertThat(district.read("/api/company-evaluations?districtCode=" + district.code + "&quarter=2026-Q3")
                .json()).extracting(e -> e.get("stars").intValue()).containsExactly(5, 4, 3);

        Api.Response unreasoned = district.officer.put("/api/bodies/hongyang/evaluations/2026-Q3",
                "{\"stars\":2,\"listing\":\"BLACK_LIST\",\"publishedOn\":\"2026-10-20\"}");
        assertThat(unreasoned.status()).isEqualTo(400);
        evaluate("hongyang", "2026-Q3", 2, "BLACK_LIST", "2026-10-20");
        JsonNode hongyang = district.read("/api/bodies/hongyang/evaluations").json();
        assertThat(hongyang).extracting(e -> e.get("quarter").stringValue()).containsExactly("2026-Q3", "2026-Q2");
        assertThat(hongyang.get(0).get("listing").stringValue()).as("the correction replaces what was published")
                .isEqualTo("BLACK_LIST");
        assertThat(district.read("/api/bodies/hongyang").json().get("latestEvaluation").get("stars").intValue())
                .isEqualTo(2);

        Api.Response future = district.officer.put("/api/bodies/jinpai/evaluations/2027-Q1",
                "{\"stars\":5,\"listing\":\"RED_LIST\",\"publishedOn\":\"2026-11-01\",\"reason\":\"提前\"}");
        assertThat(future.json().get("rule").stringValue()).isEqualTo("evaluation-quarter-valid");
        assertThat(district.planner.get("/api/company-evaluations?districtCode=" + district.code + "&quarter=2026-3").status())
                .isEqualTo(400);
    }

    @Test
    void aCompanysPartyBranchIsFoundedInItFirstThenLinkedToTheCompoundsItServes() {
        district.changed(district.officer.post("/api/party-organisations", """
                {"organisationId":"xindongmingdu-branch","districtCode":"%s","type":"PROPERTY_ENTERPRISE_BRANCH",
                 "name":"新东名都物业管理有限公司党支部","fullMembers":4,"foundedOn":"2021-07-01","bodyId":"xindongmingdu"}"""
                .formatted(district.code)), 201);
        Api.Response noBody = district.officer.post("/api/party-organisations", """
                {"districtCode":"%s","type":"PROPERTY_ENTERPRISE_BRANCH","name":"无处可依党支部","fullMembers":4,
                 "foundedOn":"2021-07-01"}""".formatted(district.code));
        assertThat(noBody.json().get("rule").stringValue()).isEqualTo("party-organisation-covers-something");
        Api.Response compoundBranch = district.officer.post("/api/party-organisations", """
                {"districtCode":"%s","type":"COMPOUND_BRANCH","name":"居雅苑小区党支部","fullMembers":4,
                 "foundedOn":"2021-07-01","bodyId":"xindongmingdu"}""".formatted(district.code));
        assertThat(compoundBranch.json().get("rule").stringValue()).isEqualTo("party-organisation-body-not-for-this-type");

        district.changed(district.officer.put("/api/party-organisations/xindongmingdu-branch/coverage",
                "{\"compoundIds\":[\"evaluations-juyayuan\"],\"reason\":\"支部联系服务小区\"}"), 200);
        assertThat(district.read("/api/bodies/xindongmingdu").json().get("partyOrganisations"))
                .extracting(p -> p.get("name").stringValue()).containsExactly("新东名都物业管理有限公司党支部");
        assertThat(district.read("/api/compounds/evaluations-juyayuan").json().get("properties")
                .get("partyCovered").booleanValue()).isTrue();
    }
}
