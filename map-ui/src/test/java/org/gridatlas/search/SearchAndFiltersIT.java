package org.gridatlas.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.gridatlas.Api;
import org.gridatlas.GridAtlasIntegrationTest;
import org.gridatlas.ReadModel;
import org.gridatlas.TestAccounts;
import org.gridatlas.TestAccounts.TestAccount;
import org.gridatlas.command.access.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Search and the compound layer's filters over a small district of our own:
 * two sub-districts, three communities with a grid each, four compounds of
 * known names, modes, categories, strategies and party coverage.
 */
@GridAtlasIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchAndFiltersIT {

    static final String DISTRICT = "140421";
    static final String EAST = DISTRICT + "001";
    static final String WEST = DISTRICT + "002";
    static final String EAST_1 = EAST + "001";
    static final String EAST_2 = EAST + "002";
    static final String WEST_1 = WEST + "001";
    private static final double WEST_EDGE = 111.50;
    private static final double SOUTH_EDGE = 36.50;
    private static final String BOX = "bbox=111.49,36.49,111.53,36.52";
    private static final TestAccount EAST_1_COORDINATOR =
            TestAccounts.account("find-east-coordinator", "东苑网格管理员", Role.GRID_COORDINATOR, EAST_1);

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore events;
    Api planner;

    static String rectangle(double fromEast, double width) {
        double w = WEST_EDGE + fromEast;
        double e = w + width;
        double s = SOUTH_EDGE + 0.001;
        double n = SOUTH_EDGE + 0.004;
        return String.format(Locale.ROOT,
                "{\"type\":\"Polygon\",\"coordinates\":[[[%.7f,%.7f],[%.7f,%.7f],[%.7f,%.7f],[%.7f,%.7f],[%.7f,%.7f]]]}",
                w, s, e, s, e, n, w, n, w, s);
    }

    static String grid(String community) {
        return community + "001";
    }

    /** Enters the district, its grids (the first divided into one micro-grid) and compounds through the API. */
    static void enter(Api api) {
        Api admin = api.as(TestAccounts.ADMIN);
        Api coordinator = api.as(TestAccounts.COORDINATOR);
        Api officer = api.as(TestAccounts.OFFICER);
        ok(admin.post("/api/districts", "{\"districtCode\":\"" + DISTRICT + "\",\"name\":\"查找测试区\"}"));
        ok(admin.post("/api/districts/" + DISTRICT + "/sub-districts", "{\"subDistrictCode\":\"" + EAST + "\",\"name\":\"查找东街道\"}"));
        ok(admin.post("/api/districts/" + DISTRICT + "/sub-districts", "{\"subDistrictCode\":\"" + WEST + "\",\"name\":\"查找西街道\"}"));
        String[][] communities = {{EAST_1, "东苑社区"}, {EAST_2, "西苑社区"}, {WEST_1, "南苑社区"}};
        for (int i = 0; i < communities.length; i++) {
            ok(admin.post("/api/districts/" + DISTRICT + "/communities",
                    "{\"communityCode\":\"" + communities[i][0] + "\",\"name\":\"" + communities[i][1] + "\"}"));
            ok(coordinator.post("/api/grids", "{\"gridCode\":\"" + grid(communities[i][0]) + "\",\"communityCode\":\""
                    + communities[i][0] + "\",\"name\":\"" + communities[i][1] + "第1网格\",\"boundary\":"
                    + rectangle(i * 0.01, 0.01).replace("36.5010000", "36.5000000").replace("36.5040000", "36.5050000") + "}"));
        }
        ok(coordinator.put("/api/grids/" + grid(EAST_1) + "/micro-grids", """
                {"microGrids":[{"microGridCode":"%s01","name":"东苑一号微网格","boundary":%s,"helpers":["王辅助员"]}],
                 "reason":"划细"}""".formatted(grid(EAST_1),
                rectangle(0, 0.01).replace("36.5010000", "36.5000000").replace("36.5040000", "36.5050000"))));
        compound(officer, "find-1", EAST_1, "翠柳苑", "查找路1号", 0.001, "UNMANAGED", "OLD_COMPOUND");
        compound(officer, "find-2", EAST_1, "翠柳苑二期", "查找路2号", 0.005, "MARKET_COMPANY", "COMMERCIAL");
        compound(officer, "find-3", EAST_2, "北翠柳小区", "西苑路3号", 0.011, "UNMANAGED", "URBAN_VILLAGE");
        compound(officer, "find-4", WEST_1, "南园小区", "南苑路4号", 0.021, "STATE_OWNED_FALLBACK", "OLD_COMPOUND");
        ok(officer.put("/api/compounds/find-1/leaders/named", """
                {"buildingLeaders":[{"name":"张秀兰","phone":"13800001111","building":"1号楼"}],
                 "unitLeaders":[{"name":"李建国","phone":null,"building":"1号楼2单元"}],"reason":"推选","expectedVersion":0}"""));
        ok(officer.put("/api/compounds/find-1/clearance-strategy", """
                {"strategy":"BASIC_FALLBACK","plannedDate":"2099-01-01","reason":"一区一策"}"""));
        ok(officer.post("/api/party-organisations", """
                {"organisationId":"find-p1","districtCode":"%s","type":"COMPOUND_BRANCH","name":"南园小区党支部",
                 "fullMembers":5,"foundedOn":"2025-07-01","compoundIds":["find-4"],"gridCodes":[],"reason":"组建"}"""
                .formatted(DISTRICT)));
    }

    private static void compound(Api officer, String id, String community, String name, String address, double fromEast,
                                 String mode, String category) {
        String management = mode.equals("UNMANAGED") ? "{\"mode\":\"UNMANAGED\"}"
                : "{\"mode\":\"" + mode + "\",\"provider\":\"测试物业\",\"since\":\"2020-01-01\",\"feeStance\":\"CHARGING\"}";
        ok(officer.post("/api/compounds", """
                {"compoundId":"%s","communityCode":"%s","name":"%s","address":"%s","households":120,"buildings":4,
                 "units":12,"floorArea":8600,"yearBuilt":1995,"category":"%s","boundary":%s,"management":%s,
                 "gridCodes":["%s"],"reason":"摸底排查"}""".formatted(id, community, name, address, category,
                rectangle(fromEast, 0.003), management, grid(community))));
    }

    private static void ok(Api.Response response) {
        assertThat(response.status() / 100).as(response.body()).isEqualTo(2);
    }

    @BeforeAll
    void enterTheDistrict() {
        Api api = new Api(port);
        accounts.ensure(EAST_1_COORDINATOR);
        enter(api);
        planner = api.as(TestAccounts.PLANNER);
        ReadModel.awaitUpToDate(processing, events);
    }

    private static List<String> codes(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return StreamSupport.stream(response.json().spliterator(), false).map(h -> h.get("code").stringValue()).toList();
    }

    private static JsonNode hit(Api.Response response, String code) {
        return StreamSupport.stream(response.json().spliterator(), false)
                .filter(h -> h.get("code").stringValue().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void namesThatBeginWithTheTextComeBeforeNamesThatHoldItAndChineseMatchesInsideAName() {
        assertThat(codes(planner.get("/api/search?districtCode=" + DISTRICT + "&q=" + enc("翠柳"))))
                .containsExactly("find-1", "find-2", "find-3");
    }

    @Test
    void oneOrTwoCharactersFindAnywhereInADistrictButOnlyAtTheBeginningOfANameOutsideOne() {
        assertThat(codes(planner.get("/api/search?limit=50&q=" + enc("翠柳"))).stream().filter(c -> c.startsWith("find-")))
                .containsExactly("find-1", "find-2");
        assertThat(codes(planner.get("/api/search?q=" + enc("北翠")))).contains("find-3");
        assertThat(codes(planner.get("/api/search?districtCode=" + DISTRICT + "&q=" + enc("柳")))).containsExactly("find-1", "find-2", "find-3");
    }

    @Test
    void theExactCodeComesFirstThenCodesThatBeginWithIt() {
        assertThat(codes(planner.get("/api/search?districtCode=" + DISTRICT + "&q=find-3")).get(0)).isEqualTo("find-3");
        List<String> community = codes(planner.get("/api/search?q=" + EAST_1));
        assertThat(community).startsWith(EAST_1, grid(EAST_1), grid(EAST_1) + "01");
    }

    @Test
    void eachHitSaysItsKindTheAreasAroundItAndTheBoxToZoomTo() {
        Api.Response byAddress = planner.get("/api/search?q=" + enc("查找路1"));
        JsonNode compound = hit(byAddress, "find-1");
        assertThat(compound.get("kind").stringValue()).isEqualTo("COMPOUND");
        assertThat(compound.get("name").stringValue()).isEqualTo("翠柳苑");
        assertThat(compound.get("context").stringValue()).isEqualTo("查找东街道 · 东苑社区 · 查找路1号");
        assertThat(compound.get("bbox").get(0).doubleValue()).isCloseTo(WEST_EDGE + 0.001, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(compound.get("bbox").get(3).doubleValue()).isCloseTo(SOUTH_EDGE + 0.004, org.assertj.core.data.Offset.offset(1e-6));

        Api.Response areas = planner.get("/api/search?districtCode=" + DISTRICT + "&q=" + enc("苑社区"));
        JsonNode community = hit(areas, EAST_2);
        assertThat(community.get("kind").stringValue()).isEqualTo("COMMUNITY");
        assertThat(community.get("context").stringValue()).isEqualTo("查找东街道");
        assertThat(community.get("bbox").get(0).doubleValue()).as("the box of its grids")
                .isCloseTo(WEST_EDGE + 0.01, org.assertj.core.data.Offset.offset(1e-6));
        JsonNode microGrid = hit(planner.get("/api/search?q=" + enc("东苑一号")), grid(EAST_1) + "01");
        assertThat(microGrid.get("kind").stringValue()).isEqualTo("MICRO_GRID");
        assertThat(microGrid.get("context").stringValue()).isEqualTo("查找东街道 · 东苑社区 · 东苑社区第1网格");
        JsonNode subDistrict = hit(planner.get("/api/search?q=" + enc("查找西街")), WEST);
        assertThat(subDistrict.get("kind").stringValue()).isEqualTo("SUB_DISTRICT");
        assertThat(subDistrict.get("context").stringValue()).isEqualTo("查找测试区");
    }

    @Test
    void aCoordinatorOfOneCommunityFindsNothingOfAnother() {
        Api coordinator = new Api(port).as(EAST_1_COORDINATOR);
        assertThat(codes(coordinator.get("/api/search?districtCode=" + DISTRICT + "&q=" + enc("翠柳"))))
                .containsExactly("find-1", "find-2");
        assertThat(codes(coordinator.get("/api/search?q=" + enc("苑社区")))).contains(EAST_1).doesNotContain(EAST_2, WEST_1);
        assertThat(codes(coordinator.get("/api/search?districtCode=" + DISTRICT + "&q=" + enc("南园")))).isEmpty();
        assertThat(codes(coordinator.get("/api/search?q=" + enc("南园小区")))).isEmpty();
    }

    @Test
    void theLimitCapsTheHits() {
        assertThat(codes(planner.get("/api/search?districtCode=" + DISTRICT + "&limit=2&q=" + enc("翠柳"))))
                .containsExactly("find-1", "find-2");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            q=%20%20            | q     | must not be empty
            q=                  | q     | must not be empty
            limit=0&q=a         | limit | must be 1 to 50
            limit=51&q=a        | limit | must be 1 to 50
            foo=1&q=a           | foo   | is not a parameter
            """)
    void badSearchParametersAreAProblemNamingTheField(String query, String field, String reason) {
        Api.Response response = planner.get("/api/search?" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("detail").stringValue()).contains(field).contains(reason);
    }

    @Test
    void aTextLongerThanFiftyCharactersIsAProblem() {
        Api.Response response = planner.get("/api/search?q=" + enc("小".repeat(51)));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").stringValue()).contains("q: must be at most 50 characters");
        assertThat(planner.get("/api/search?q=" + enc("小".repeat(50))).status()).isEqualTo(200);
    }

    private List<String> layer(String filters) {
        Api.Response response = planner.get("/api/compounds?" + BOX + filters);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return StreamSupport.stream(response.json().get("features").spliterator(), false)
                .map(f -> f.get("id").stringValue()).filter(id -> id.startsWith("find-")).sorted().toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                                   | find-1,find-2,find-3,find-4 | TRUE
            &areaCode=140421                                     | find-1,find-2,find-3,find-4 | district_code = '140421'
            &areaCode=140421001                                  | find-1,find-2,find-3        | sub_district_code = '140421001'
            &areaCode=140421001002                               | find-3                      | community_code = '140421001002'
            &mode=UNMANAGED                                      | find-1,find-3               | management_mode = 'UNMANAGED'
            &mode=UNMANAGED&mode=STATE_OWNED_FALLBACK            | find-1,find-3,find-4        | management_mode IN ('UNMANAGED', 'STATE_OWNED_FALLBACK')
            &mode=UNMANAGED,MARKET_COMPANY&areaCode=140421001001 | find-1,find-2               | management_mode IN ('UNMANAGED', 'MARKET_COMPANY') AND community_code = '140421001001'
            &strategy=BASIC_FALLBACK                             | find-1                      | clearance_strategy = 'BASIC_FALLBACK'
            &strategy=NONE                                       | find-2,find-3,find-4        | clearance_strategy IS NULL
            &category=OLD_COMPOUND                               | find-1,find-4               | category = 'OLD_COMPOUND'
            &category=COMMERCIAL,URBAN_VILLAGE                   | find-2,find-3               | category IN ('COMMERCIAL', 'URBAN_VILLAGE')
            &partyCoverage=COVERED                               | find-4                      | compound_id = 'find-4'
            &partyCoverage=UNCOVERED&mode=UNMANAGED              | find-1,find-3               | compound_id <> 'find-4' AND management_mode = 'UNMANAGED'
            """)
    void theLayerKeepsOnlyTheCompoundsTheFiltersName(String filters, String expected, String sql) {
        List<String> stored = jdbc.sql("SELECT compound_id FROM readmodel.compound WHERE district_code = '140421' AND "
                + sql + " ORDER BY compound_id").query(String.class).list();
        assertThat(stored).as("the read model").containsExactly(expected.split(","));
        assertThat(layer(filters)).containsExactly(expected.split(","));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            mode=MANAGED              | mode          | 'MANAGED' is not one of MARKET_COMPANY, STATE_OWNED_FALLBACK
            mode=UNMANAGED,unmanaged  | mode          | 'unmanaged' is not one of
            strategy=SUBSIDY          | strategy      | is not one of RED_PROPERTY_ENTERPRISE, ORIGINAL_EMPLOYER, SUBSIDISED_TRANSITION, BASIC_FALLBACK, NONE
            category=VILLA            | category      | is not one of COMMERCIAL, OLD_COMPOUND
            partyCoverage=yes         | partyCoverage | 'yes' is not one of COVERED, UNCOVERED
            areaCode=14042100         | areaCode      | must be the code of a district (6 digits), sub-district (9) or community (12)
            foo=1                     | foo           | is not a parameter
            """)
    void aBadFilterIsAProblemNamingTheFieldAndWhatItTakes(String filter, String field, String reason) {
        for (String path : new String[] {"/api/compounds?" + BOX + "&", "/api/compounds/extent?districtCode=" + DISTRICT + "&"}) {
            Api.Response response = planner.get(path + filter);
            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.json().get("type").stringValue()).startsWith("urn:gridatlas:problem:");
            assertThat(response.json().get("detail").stringValue()).contains(field).contains(reason);
        }
    }

    @Test
    void theExtentTakesTheSameFiltersSoThePageCanZoomToThem() {
        JsonNode west = planner.get("/api/compounds/extent?districtCode=" + DISTRICT + "&areaCode=" + WEST).json().get("bbox");
        assertThat(west.get(0).doubleValue()).isCloseTo(WEST_EDGE + 0.021, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(west.get(2).doubleValue()).isCloseTo(WEST_EDGE + 0.024, org.assertj.core.data.Offset.offset(1e-6));
        JsonNode unmanaged = planner.get("/api/compounds/extent?districtCode=" + DISTRICT + "&mode=UNMANAGED").json().get("bbox");
        assertThat(unmanaged.get(0).doubleValue()).isCloseTo(WEST_EDGE + 0.001, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(unmanaged.get(2).doubleValue()).isCloseTo(WEST_EDGE + 0.014, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(planner.get("/api/compounds/extent?districtCode=" + DISTRICT + "&category=SCATTERED_BUILDINGS").json()
                .get("bbox").isNull()).isTrue();
    }

    @Test
    void theFeatureNamesItsAreasGridsMicroGridAndLeaders() {
        JsonNode p = planner.get("/api/compounds/find-1").json().get("properties");
        assertThat(p.get("subDistrictName").stringValue()).isEqualTo("查找东街道");
        assertThat(p.get("communityName").stringValue()).isEqualTo("东苑社区");
        assertThat(p.get("address").stringValue()).isEqualTo("查找路1号");
        assertThat(p.get("grids").toString()).isEqualTo("[{\"code\":\"" + grid(EAST_1) + "\",\"name\":\"东苑社区第1网格\"}]");
        assertThat(p.get("microGrid").toString()).isEqualTo("{\"code\":\"" + grid(EAST_1) + "01\",\"name\":\"东苑一号微网格\"}");
        assertThat(p.get("namedBuildingLeaders").get(0).get("name").stringValue()).isEqualTo("张秀兰");
        assertThat(p.get("clearanceStrategy").stringValue()).isEqualTo("BASIC_FALLBACK");
        JsonNode outside = planner.get("/api/compounds/find-4").json().get("properties");
        assertThat(outside.get("microGrid").isNull()).as("its grid has no micro-grids").isTrue();
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
