package org.gridatlas.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridatlas.body.BodyDistrict.member;

import java.util.List;
import java.util.stream.StreamSupport;

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
 * The bodies that serve compounds, through the API: shared property societies
 * whose membership figures are those of their records, the sub-district's
 * state-owned company with its project departments and party branch, owners'
 * committees with members, and the cross appointments between them.
 * Names and figures after the articles on 龙潭区 (societies of 7–9 members,
 * more than half party members) and 北城街道 (a state-owned company whose
 * general manager is deputy secretary of its branch, project departments).
 */
@GridAtlasIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BodiesIT {

    private static final String ZHANQIAN = "140221001001";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    BodyDistrict district;

    @BeforeAll
    void enterTheDistrict() {
        Api api = new Api(port);
        district = new BodyDistrict("140221", 126.55, 43.90, api, jdbc);
        district.create("龙潭测试区", "承德街道", "龙华街道", "站前社区", "铁东社区", "龙江社区");
        district.compound("bodies-dongfang", ZHANQIAN, "东方新村", 240);
        district.compound("bodies-pengcheng", ZHANQIAN, "鹏程小区", 180);
        district.compound("bodies-tiedong", district.community(1, 2), "铁东小区", 150);
        district.compound("bodies-longjiang", district.community(2, 1), "龙江小区", 90);
    }


    private JsonNode statistics() {
        return district.read("/api/statistics/bodies?districtCode=" + district.code).json();
    }

    private static JsonNode kind(JsonNode byKind, String kind) {
        return StreamSupport.stream(byKind.spliterator(), false).filter(k -> k.get("kind").stringValue().equals(kind))
                .findFirst().orElseThrow(() -> new AssertionError(kind + " not in " + byKind));
    }

    private static JsonNode area(JsonNode areas, String code) {
        return StreamSupport.stream(areas.spliterator(), false).filter(a -> a.get("code").stringValue().equals(code))
                .findFirst().orElseThrow(() -> new AssertionError(code + " not in " + areas));
    }

    @Test
    void societiesMembershipFiguresAreTheSumOfTheirMembers() {
        district.changed(district.officer.post("/api/bodies", """
                {"bodyId":"zhanqian-society","kind":"SHARED_PROPERTY_SOCIETY","areaCode":"%s","name":"站前社区共享物业社",
                 "foundedOn":"2023-04-18","compoundIds":["bodies-dongfang","bodies-pengcheng"],"members":[%s],
                 "reason":"社区党组织牵头成立共享物业社"}""".formatted(ZHANQIAN, String.join(",",
                member("chair", "刘建华", "CHAIR", true), member("vice-1", "王秀英", "VICE_CHAIR", true),
                member("vice-2", "张志强", "VICE_CHAIR", true), member("grid", "李建国", "MEMBER", true),
                member("residents-1", "陈桂兰", "MEMBER", true), member("building", "杨海燕", "MEMBER", true),
                member("neighbour", "赵俊杰", "MEMBER", true), member("police", "黄丽娟", "MEMBER", false),
                member("residents-2", "周文华", "MEMBER", false)))), 201);
        district.changed(district.officer.post("/api/bodies", """
                {"bodyId":"tiedong-society","kind":"SHARED_PROPERTY_SOCIETY","areaCode":"%s","name":"铁东社区共享物业社",
                 "foundedOn":"2023-05-06","compoundIds":["bodies-tiedong"],"members":[%s]}""".formatted(
                district.community(1, 2), String.join(",", member("chair", "孙卫东", "CHAIR", true),
                        member("vice", "吴春燕", "VICE_CHAIR", true), member("m3", "徐国庆", "MEMBER", true),
                        member("m4", "胡淑珍", "MEMBER", true), member("m5", "朱明亮", "MEMBER", true),
                        member("m6", "高玉兰", "MEMBER", false), member("m7", "林建华", "MEMBER", false)))), 201);
        district.changed(district.officer.post("/api/bodies/tiedong-society/members/m7/departure",
                "{\"leftOn\":\"2026-06-30\",\"reason\":\"迁出本社区\"}"), 200);

        JsonNode bodies = district.read("/api/bodies?districtCode=" + district.code
                + "&kind=SHARED_PROPERTY_SOCIETY").json();
        assertThat(bodies).extracting(b -> b.get("bodyId").stringValue())
                .containsExactlyInAnyOrder("zhanqian-society", "tiedong-society");
        int members = 0;
        int partyMembers = 0;
        for (JsonNode body : bodies) {
            JsonNode recorded = district.read("/api/bodies/" + body.get("bodyId").stringValue() + "/members").json();
            assertThat(body.get("members").intValue()).isEqualTo(recorded.size());
            members += recorded.size();
            partyMembers += (int) StreamSupport.stream(recorded.spliterator(), false)
                    .filter(m -> m.get("partyMember").booleanValue()).count();
        }
        assertThat(members).isEqualTo(15);
        assertThat(partyMembers).isEqualTo(12);

        JsonNode societies = kind(statistics().get("byKind"), "SHARED_PROPERTY_SOCIETY");
        assertThat(societies.get("bodies").intValue()).isEqualTo(2);
        assertThat(societies.get("members").intValue()).isEqualTo(members);
        assertThat(societies.get("partyMembers").intValue()).isEqualTo(partyMembers);
        assertThat(societies.get("compoundsServed").intValue()).isEqualTo(3);
        JsonNode zhanqian = kind(area(statistics().get("byCommunity"), ZHANQIAN).get("byKind"), "SHARED_PROPERTY_SOCIETY");
        assertThat(zhanqian.get("members").intValue()).isEqualTo(9);
        assertThat(zhanqian.get("partyMembers").intValue()).isEqualTo(7);
        assertThat(area(statistics().get("byCommunity"), ZHANQIAN).get("name").stringValue()).isEqualTo("站前社区");
        assertThat(kind(area(statistics().get("bySubDistrict"), district.subDistrict(1)).get("byKind"),
                "SHARED_PROPERTY_SOCIETY").get("members").intValue()).isEqualTo(15);

        JsonNode former = district.read("/api/bodies/tiedong-society/members?includeFormer=true").json();
        assertThat(former).hasSize(7);
        assertThat(former.get(6).get("leftOn").stringValue()).isEqualTo("2026-06-30");
        assertThat(former.get(0).get("role").stringValue()).as("the chair first").isEqualTo("CHAIR");
    }

    @Test
    void aSocietyServesOnlyCompoundsOfItsCommunityAndARefusalStoresNothing() {
        long before = district.storedEvents();
        Api.Response refused = district.officer.post("/api/bodies", """
                {"bodyId":"longjiang-society","kind":"SHARED_PROPERTY_SOCIETY","areaCode":"%s","name":"龙江社区共享物业社",
                 "foundedOn":"2023-04-18","compoundIds":["bodies-longjiang","bodies-dongfang"]}""".formatted(
                district.community(2, 1)));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("rule").stringValue()).isEqualTo("body-serves-compounds-of-its-area");
        assertThat(refused.json().get("errors").get(0).get("field").stringValue()).isEqualTo("compoundIds");

        Api.Response twoChairs = district.officer.post("/api/bodies", """
                {"bodyId":"longjiang-society","kind":"SHARED_PROPERTY_SOCIETY","areaCode":"%s","name":"龙江社区共享物业社",
                 "foundedOn":"2023-04-18","members":[%s,%s]}""".formatted(district.community(2, 1),
                member("a", "马建国", "CHAIR", true), member("b", "罗秀英", "CHAIR", true)));
        assertThat(twoChairs.status()).isEqualTo(422);
        assertThat(twoChairs.json().get("errors").get(0).get("field").stringValue()).isEqualTo("members[1].role");
        assertThat(district.storedEvents()).isEqualTo(before);
    }

    @Test
    void aStateOwnedCompanyWithTwoProjectDepartmentsAndItsBranchFoundedBeforeItCoversAnything() {
        String company = "beicheng-company";
        district.changed(district.officer.post("/api/bodies", """
                {"bodyId":"%s","kind":"STATE_OWNED_PROPERTY_COMPANY","areaCode":"%s","name":"承德街道国有物业服务有限公司",
                 "creditCode":"91140221MA0LB8C7DU","foundedOn":"2022-05-01",
                 "members":[%s,%s]}""".formatted(company, district.subDistrict(1),
                member("gm", "张强", "GENERAL_MANAGER", true), member("chair", "李力", "CHAIR", true))), 201);
        district.changed(district.officer.post("/api/bodies", """
                {"bodyId":"yimin-department","kind":"PROJECT_DEPARTMENT","areaCode":"%s","name":"站前项目部",
                 "companyId":"%s","foundedOn":"2022-06-01","compoundIds":["bodies-dongfang"],
                 "members":[%s]}""".formatted(ZHANQIAN, company, member("pm", "杨曼", "PROJECT_MANAGER", false))), 201);
        district.changed(district.officer.post("/api/bodies", """
                {"bodyId":"tiedong-department","kind":"PROJECT_DEPARTMENT","areaCode":"%s","name":"铁东项目部",
                 "companyId":"%s","foundedOn":"2022-06-01","compoundIds":["bodies-tiedong"]}"""
                .formatted(district.community(1, 2), company)), 201);
        Api.Response outside = district.officer.post("/api/bodies", """
                {"bodyId":"longjiang-department","kind":"PROJECT_DEPARTMENT","areaCode":"%s","name":"龙江项目部",
                 "companyId":"%s","foundedOn":"2022-06-01"}""".formatted(district.community(2, 1), company));
        assertThat(outside.json().get("rule").stringValue()).isEqualTo("project-department-within-its-company");

        district.changed(district.officer.post("/api/party-organisations", """
                {"organisationId":"beicheng-branch","districtCode":"%s","type":"PROPERTY_ENTERPRISE_BRANCH",
                 "name":"承德街道国有物业服务有限公司党支部","fullMembers":5,"foundedOn":"2022-05-10","bodyId":"%s"}"""
                .formatted(district.code, company)), 201);
        JsonNode branch = district.read("/api/party-organisations/beicheng-branch").json();
        assertThat(branch.get("bodyId").stringValue()).isEqualTo(company);
        assertThat(branch.get("compoundIds")).isEmpty();
        district.changed(district.officer.put("/api/party-organisations/beicheng-branch/coverage",
                "{\"compoundIds\":[\"bodies-dongfang\",\"bodies-tiedong\"],\"reason\":\"项目部入驻小区\"}"), 200);
        district.changed(district.officer.post("/api/cross-appointments", """
                {"appointmentId":"beicheng-gm","organisationId":"beicheng-branch","partyMemberName":"张强",
                 "partyPost":"DEPUTY_SECRETARY","bodyId":"%s","memberId":"gm","since":"2022-05-10"}""".formatted(company)), 201);

        JsonNode detail = district.read("/api/bodies/" + company).json();
        assertThat(detail.get("body").get("creditCode").stringValue()).isEqualTo("91140221MA0LB8C7DU");
        assertThat(detail.get("departments")).extracting(d -> d.get("name").stringValue())
                .containsExactlyInAnyOrder("站前项目部", "铁东项目部");
        assertThat(detail.get("partyOrganisations")).extracting(p -> p.get("organisationId").stringValue())
                .containsExactly("beicheng-branch");
        assertThat(detail.get("crossAppointments")).extracting(x -> x.get("partyPost").stringValue())
                .containsExactly("DEPUTY_SECRETARY");
        assertThat(detail.get("members")).extracting(m -> m.get("role").stringValue())
                .containsExactly("CHAIR", "GENERAL_MANAGER");
        JsonNode byKind = statistics().get("byKind");
        assertThat(kind(byKind, "STATE_OWNED_PROPERTY_COMPANY").get("bodies").intValue()).isEqualTo(1);
        assertThat(kind(byKind, "PROJECT_DEPARTMENT").get("bodies").intValue()).isEqualTo(2);
        assertThat(kind(byKind, "PROJECT_DEPARTMENT").get("compoundsServed").intValue()).isEqualTo(2);
        assertThat(kind(area(statistics().get("bySubDistrict"), district.subDistrict(1)).get("byKind"),
                "STATE_OWNED_PROPERTY_COMPANY").get("members").intValue()).isEqualTo(2);

        Api.Response early = district.officer.post("/api/bodies/" + company + "/dissolution",
                "{\"dissolvedOn\":\"2026-06-30\",\"reason\":\"转为市场化运营\"}");
        assertThat(early.json().get("rule").stringValue()).isEqualTo("company-departments-dissolved-first");
        Api.Response second = district.officer.post("/api/bodies", """
                {"kind":"STATE_OWNED_PROPERTY_COMPANY","areaCode":"%s","name":"第二家国有物业公司",
                 "creditCode":"91140221MA0LC2D4EX","foundedOn":"2024-01-01"}""".formatted(district.subDistrict(1)));
        assertThat(second.json().get("rule").stringValue()).isEqualTo("state-owned-company-one-per-sub-district");
    }

    @Test
    void anOwnersCommitteesMembersAndACrossAppointmentEndingWhenTheMemberLeaves() {
        String compound = "bodies-pengcheng";
        String committee = "owners-committee:" + compound;
        district.changed(district.officer.post("/api/compounds/" + compound + "/owners-committee",
                "{\"date\":\"2025-09-01\",\"reason\":\"业主大会选举产生业委会\"}"), 200);
        district.changed(district.officer.post("/api/compounds/" + compound + "/owners-committee/members",
                "{\"member\":" + member("oc-chair", "王秀梅", "CHAIR", true) + ",\"appointedOn\":\"2025-09-01\","
                        + "\"reason\":\"业主大会选举\"}"), 200);
        district.changed(district.officer.post("/api/compounds/" + compound + "/owners-committee/members",
                "{\"member\":" + member("oc-2", "何永红", "MEMBER", false) + ",\"appointedOn\":\"2025-09-01\","
                        + "\"reason\":\"业主大会选举\"}"), 200);
        district.changed(district.officer.post("/api/party-organisations", """
                {"organisationId":"pengcheng-branch","districtCode":"%s","type":"COMPOUND_BRANCH","name":"鹏程小区党支部",
                 "fullMembers":6,"foundedOn":"2024-03-01","compoundIds":["%s"]}""".formatted(district.code, compound)), 201);
        Api.Response notAPartyMember = district.officer.post("/api/cross-appointments", """
                {"organisationId":"pengcheng-branch","partyMemberName":"何永红","partyPost":"COMMITTEE_MEMBER",
                 "bodyId":"%s","memberId":"oc-2","since":"2025-09-10"}""".formatted(committee));
        assertThat(notAPartyMember.json().get("rule").stringValue()).isEqualTo("cross-appointment-needs-a-party-member");
        district.changed(district.officer.post("/api/cross-appointments", """
                {"appointmentId":"pengcheng-chair","organisationId":"pengcheng-branch","partyMemberName":"王秀梅",
                 "partyPost":"COMMITTEE_MEMBER","bodyId":"%s","memberId":"oc-chair","since":"2025-09-10"}"""
                .formatted(committee)), 201);

        JsonNode body = district.read("/api/bodies/" + committee).json();
        assertThat(body.get("body").get("kind").stringValue()).isEqualTo("OWNERS_COMMITTEE");
        assertThat(body.get("body").get("name").stringValue()).isEqualTo("鹏程小区业主委员会");
        assertThat(body.get("body").get("members").intValue()).isEqualTo(2);
        assertThat(district.read("/api/cross-appointments?districtCode=" + district.code
                + "&organisationId=pengcheng-branch").json()).extracting(x -> x.get("bodyId").stringValue())
                .containsExactly(committee);
        assertThat(kind(statistics().get("byKind"), "OWNERS_COMMITTEE").get("partyMembers").intValue()).isEqualTo(1);
        assertThat(statistics().get("crossAppointments").get("byBodyKind").get("OWNERS_COMMITTEE").intValue()).isEqualTo(1);
        JsonNode detail = district.read("/api/compounds/" + compound).json().get("properties");
        assertThat(detail.get("bodies")).extracting(b -> b.get("bodyId").stringValue())
                .contains(committee);

        district.changed(district.officer.post("/api/compounds/" + compound + "/owners-committee/members/oc-chair/departure",
                "{\"leftOn\":\"2026-10-31\",\"reason\":\"任期届满\"}"), 200);
        JsonNode ended = district.read("/api/cross-appointments/pengcheng-chair").json();
        assertThat(ended.get("current").booleanValue()).as("the member left the committee").isFalse();
        assertThat(district.read("/api/cross-appointments?districtCode=" + district.code
                + "&bodyId=" + committee).json()).isEmpty();

        JsonNode history = district.read("/api/history/" + committee).json();
        assertThat(history).extracting(e -> e.get("operation").stringValue()).containsExactly("owners' committee formed",
                "committee member appointed: 王秀梅", "committee member appointed: 何永红", "committee member left");
        assertThat(history.get(1).get("changes")).extracting(c -> c.get("field").stringValue())
                .contains("members.oc-chair.name", "members.oc-chair.role", "members.oc-chair.partyMember");
    }

    @Test
    void aBodysHistoryShowsEachMemberWhoCameAndWent() {
        district.changed(district.officer.post("/api/bodies", """
                {"bodyId":"longjiang-society-2","kind":"SHARED_PROPERTY_SOCIETY","areaCode":"%s","name":"龙江社区共享物业社",
                 "foundedOn":"2024-01-10","members":[%s]}""".formatted(district.community(2, 1),
                member("chair", "马建国", "CHAIR", true))), 201);
        district.changed(district.officer.put("/api/bodies/longjiang-society-2/compounds",
                "{\"compoundIds\":[\"bodies-longjiang\"],\"reason\":\"承接龙江小区\"}"), 200);
        district.changed(district.officer.post("/api/bodies/longjiang-society-2/dissolution",
                "{\"dissolvedOn\":\"2026-09-30\",\"reason\":\"引进专业物业公司\"}"), 200);

        List<String> operations = StreamSupport.stream(district.read("/api/history/longjiang-society-2").json()
                .spliterator(), false).map(e -> e.get("operation").stringValue()).toList();
        assertThat(operations).containsExactly("body founded", "member appointed: 马建国", "compounds served changed",
                "body dissolved");
        assertThat(district.read("/api/bodies/longjiang-society-2/members?includeFormer=true").json().get(0)
                .get("leftOn").stringValue()).as("members leave with their body").isEqualTo("2026-09-30");
        assertThat(district.read("/api/bodies?districtCode=" + district.code + "&areaCode="
                + district.community(2, 1)).json()).extracting(b -> b.get("bodyId").stringValue())
                .doesNotContain("longjiang-society-2");
    }
}
