package org.gridatlas.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.gridatlas.Api;
import org.gridatlas.GridAtlasIntegrationTest;
import org.gridatlas.TestAccounts;
import org.gridatlas.TestDistrict;
import org.gridatlas.messages.ReadYourWrites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Area boundaries and the area layer: a district of two sub-districts and
 * three communities is entered through the API with compounds whose figures
 * are known (a baseline of three, one cleared since, one relapsed, one
 * registered after the launch, a compound branch and a grid branch, an
 * owners' committee); the layer must answer exactly those figures, derive the
 * outline of an area without a drawn one from its grids and follow a grid
 * that moves, and refuse a boundary that breaks a rule without storing an
 * event. On the demo district its figures must add up to the statistics.
 */
@GridAtlasIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AreaLayerIT {

    private static final String DISTRICT = "140411";
    private static final String NORTH = DISTRICT + "001";
    private static final String SOUTH = DISTRICT + "002";
    private static final String C1 = NORTH + "001";
    private static final String C2 = NORTH + "002";
    private static final String C3 = SOUTH + "001";
    private static final double WEST = 113.40;
    private static final double SOUTH_EDGE = 38.10;
    private static final String DEMO = "140105";
    /** Grids side by side from west to east, each 0.006° × 0.005°: two in C1, one in C2, one in C3. */
    private static final String[] GRIDS = {C1 + "001", C1 + "002", C2 + "001", C3 + "001"};

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Api admin;
    Api planner;
    long position = -1;

    @BeforeAll
    void enterTheDistrict() {
        Api api = new Api(port);
        admin = api.as(TestAccounts.ADMIN);
        planner = api.as(TestAccounts.PLANNER);
        Api coordinator = api.as(TestAccounts.COORDINATOR);
        Api officer = api.as(TestAccounts.OFFICER);
        change(admin.post("/api/districts", "{\"districtCode\":\"" + DISTRICT + "\",\"name\":\"区划测试区\"}"));
        change(admin.post("/api/districts/" + DISTRICT + "/sub-districts", "{\"subDistrictCode\":\"" + NORTH + "\",\"name\":\"北街道\"}"));
        change(admin.post("/api/districts/" + DISTRICT + "/sub-districts", "{\"subDistrictCode\":\"" + SOUTH + "\",\"name\":\"南街道\"}"));
        for (String community : List.of(C1, C2, C3)) {
            change(admin.post("/api/districts/" + DISTRICT + "/communities",
                    "{\"communityCode\":\"" + community + "\",\"name\":\"社区" + community.substring(8) + "\"}"));
        }
        for (int g = 0; g < GRIDS.length; g++) {
            change(coordinator.post("/api/grids", "{\"gridCode\":\"" + GRIDS[g] + "\",\"communityCode\":\"" + GRIDS[g].substring(0, 12)
                    + "\",\"name\":\"第" + (g + 1) + "网格\",\"boundary\":" + rectangle(g * 0.006, 0, 0.006, 0.005) + "}"));
        }
        compound(officer, "al-k1", 0, 0, "UNMANAGED");
        compound(officer, "al-k2", 0, 1, "UNMANAGED");
        compound(officer, "al-k3", 1, 0, "MARKET_COMPANY");
        compound(officer, "al-k4", 2, 0, "UNMANAGED");
        compound(officer, "al-k6", 3, 0, "COMMUNITY_TRUSTEESHIP");
        change(officer.post("/api/campaigns", """
                {"campaignId":"al-campaign","districtCode":"%s","name":"全区清零","targetDate":"2099-12-31",
                 "milestones":[{"due":"2099-12-31","maxUnmanaged":0,"label":"清零"}]}""".formatted(DISTRICT)));
        compound(officer, "al-k5", 3, 1, "UNMANAGED");
        manage(officer, "al-k1", "{\"mode\":\"COMMUNITY_TRUSTEESHIP\",\"provider\":\"社区\",\"since\":\"2026-05-01\",\"feeStance\":\"SERVE_FIRST\"}");
        manage(officer, "al-k4", "{\"mode\":\"BASIC_FALLBACK\",\"provider\":\"党员志愿队\",\"since\":\"2026-05-01\",\"feeStance\":\"SERVE_FIRST\"}");
        manage(officer, "al-k4", "{\"mode\":\"UNMANAGED\"}");
        change(officer.post("/api/compounds/al-k3/owners-committee", "{\"date\":\"2025-09-01\",\"reason\":\"业主大会选举\"}"));
        change(officer.post("/api/party-organisations", """
                {"organisationId":"al-branch","districtCode":"%s","type":"COMPOUND_BRANCH","name":"三号院党支部",
                 "fullMembers":3,"foundedOn":"2026-03-20","compoundIds":["al-k3"],"gridCodes":[]}""".formatted(DISTRICT)));
        change(officer.post("/api/party-organisations", """
                {"organisationId":"al-grid-branch","districtCode":"%s","type":"GRID_BRANCH","name":"南网格党支部",
                 "fullMembers":5,"foundedOn":"2026-03-20","compoundIds":[],"gridCodes":["%s"]}""".formatted(DISTRICT, GRIDS[3])));
        change(admin.put("/api/districts/" + DISTRICT + "/areas/" + SOUTH + "/boundary",
                "{\"boundary\":" + rectangle(0.018, -0.001, 0.008, 0.007) + ",\"reason\":\"民政局区划图\"}"));
    }

    @Test
    @Order(1)
    void eachSubDistrictCarriesItsFigures() {
        Map<String, JsonNode> areas = layer(planner, DISTRICT, "SUB_DISTRICT");
        assertThat(areas.keySet()).containsExactly(NORTH, SOUTH);
        JsonNode north = areas.get(NORTH);
        assertThat(figures(north)).isEqualTo(List.of(4, 2, 3, 1, 1, 1, 3, 0, 1));
        assertThat(north.get("clearanceRate").doubleValue()).isEqualTo(0.3333);
        assertThat(north.get("partyCompoundCoverage").doubleValue()).isEqualTo(0.25);
        assertThat(north.get("partyGridCoverage").doubleValue()).isZero();
        assertThat(north.get("ownersCommitteeRate").doubleValue()).isEqualTo(0.25);
        JsonNode south = areas.get(SOUTH);
        assertThat(figures(south)).as("k5 came after the launch; the grid branch covers k5, k6 and the grid")
                .isEqualTo(List.of(2, 1, 0, 0, 0, 2, 1, 1, 0));
        assertThat(south.get("clearanceRate").isNull()).as("no baseline, no rate").isTrue();
        assertThat(south.get("partyGridCoverage").doubleValue()).isEqualTo(1.0);
        assertThat(north.get("name").stringValue()).isEqualTo("北街道");
    }

    @Test
    @Order(1)
    void eachCommunityCarriesItsFigures() {
        Map<String, JsonNode> areas = layer(planner, DISTRICT, "COMMUNITY");
        assertThat(areas.keySet()).containsExactly(C1, C2, C3);
        assertThat(figures(areas.get(C1))).isEqualTo(List.of(3, 1, 2, 1, 0, 1, 2, 0, 1));
        assertThat(areas.get(C1).get("clearanceRate").doubleValue()).isEqualTo(0.5);
        assertThat(figures(areas.get(C2))).as("k4 relapsed: in the baseline, not cleared").isEqualTo(List.of(1, 1, 1, 0, 1, 0, 1, 0, 0));
        assertThat(areas.get(C2).get("clearanceRate").doubleValue()).isZero();
        assertThat(figures(areas.get(C3))).isEqualTo(figures(layer(planner, DISTRICT, "SUB_DISTRICT").get(SOUTH)));
        assertThat(areas.get(C1).get("parentCode").stringValue()).isEqualTo(NORTH);
    }

    @Test
    @Order(1)
    void anAreaWithoutADrawnBoundaryIsTheUnionOfItsGrids() {
        Api.Response response = planner.get("/api/areas?districtCode=" + DISTRICT + "&level=SUB_DISTRICT",
                ReadYourWrites.POSITION_HEADER, String.valueOf(position));
        assertThat(response.contentType()).startsWith("application/geo+json");
        JsonNode features = response.json().get("features");
        JsonNode north = features.get(0);
        assertThat(north.get("properties").get("derived").booleanValue()).isTrue();
        assertThat(north.get("geometry").get("type").stringValue()).isEqualTo("MultiPolygon");
        assertThat(north.get("geometry").get("coordinates")).as("three grids side by side make one piece").hasSize(1);
        assertThat(box(north.get("geometry"))).isEqualTo(rounded(WEST, SOUTH_EDGE, WEST + 0.018, SOUTH_EDGE + 0.005));
        JsonNode south = features.get(1);
        assertThat(south.get("properties").get("derived").booleanValue()).as("drawn").isFalse();
        assertThat(box(south.get("geometry"))).isEqualTo(rounded(WEST + 0.018, SOUTH_EDGE - 0.001, WEST + 0.026, SOUTH_EDGE + 0.006));
        JsonNode c2 = layer(planner, DISTRICT, "COMMUNITY").get(C2);
        assertThat(c2.get("derived").booleanValue()).isTrue();
    }

    @Test
    @Order(2)
    void aDerivedOutlineFollowsAGridThatMoves() {
        change(api().as(TestAccounts.COORDINATOR).put("/api/grids/" + GRIDS[2] + "/boundary",
                "{\"boundary\":" + rectangle(0.012, 0, 0.006, 0.008) + ",\"reason\":\"按实际路网调整\"}"));
        Api.Response response = planner.get("/api/areas?districtCode=" + DISTRICT + "&level=SUB_DISTRICT",
                ReadYourWrites.POSITION_HEADER, String.valueOf(position));
        assertThat(box(response.json().get("features").get(0).get("geometry")))
                .isEqualTo(rounded(WEST, SOUTH_EDGE, WEST + 0.018, SOUTH_EDGE + 0.008));
    }

    @Test
    @Order(3)
    void aCommunityBoundaryIsDrawnWithinItsSubDistrict() {
        Api.Response drawn = admin.put("/api/districts/" + DISTRICT + "/areas/" + C3 + "/boundary",
                "{\"boundary\":" + rectangle(0.018, 0, 0.006, 0.005) + "}");
        assertThat(drawn.status()).as(drawn.body()).isEqualTo(200);
        change(drawn);
        JsonNode c3 = layer(planner, DISTRICT, "COMMUNITY").get(C3);
        assertThat(c3.get("derived").booleanValue()).isFalse();
        assertThat(jdbc.sql("SELECT drawn_by FROM readmodel.area_boundary WHERE area_code = :c").param("c", C3)
                .query(String.class).single()).as("attributed").isEqualTo(TestAccounts.ADMIN.username());
    }

    @Test
    @Order(4)
    void aBoundaryBreakingARuleIsRefusedWithTheProblemAndNoEvent() {
        long before = storedEvents();
        // C3's redraw reaching 0.004° east of the south's drawn boundary
        Api.Response outside = admin.put("/api/districts/" + DISTRICT + "/areas/" + C3 + "/boundary",
                "{\"boundary\":" + rectangle(0.018, 0, 0.012, 0.005) + ",\"reason\":\"扩大\"}");
        assertThat(outside.status()).as(outside.body()).isEqualTo(400);
        JsonNode error = outside.json().get("errors").get(0);
        assertThat(error.get("field").stringValue()).isEqualTo("boundary");
        assertThat(error.get("rule").stringValue()).isEqualTo("community-outside-sub-district");
        assertThat(error.get("reason").stringValue()).contains("beyond the boundary of sub-district " + SOUTH);
        assertThat(box(error.get("geometry"))).as("where: the part outside")
                .isEqualTo(rounded(WEST + 0.026, SOUTH_EDGE, WEST + 0.030, SOUTH_EDGE + 0.005));

        Api.Response noReason = admin.put("/api/districts/" + DISTRICT + "/areas/" + C3 + "/boundary",
                "{\"boundary\":" + rectangle(0.018, 0, 0.005, 0.005) + "}");
        assertThat(noReason.status()).as(noReason.body()).isEqualTo(422);
        assertThat(noReason.json().get("rule").stringValue()).isEqualTo("reason-required");

        Api.Response leavesOut = admin.put("/api/districts/" + DISTRICT + "/areas/" + SOUTH + "/boundary",
                "{\"boundary\":" + rectangle(0.020, -0.001, 0.006, 0.007) + ",\"reason\":\"缩小\"}");
        assertThat(leavesOut.status()).as(leavesOut.body()).isEqualTo(400);
        assertThat(leavesOut.json().get("errors").get(0).get("rule").stringValue()).isEqualTo("sub-district-leaves-out-community");

        Api.Response line = admin.put("/api/districts/" + DISTRICT + "/areas/" + C2 + "/boundary",
                "{\"boundary\":{\"type\":\"LineString\",\"coordinates\":[[113.4,38.1],[113.41,38.11]]}}");
        assertThat(line.status()).isEqualTo(400);
        assertThat(line.json().get("errors").get(0).get("field").stringValue()).isEqualTo("boundary.type");

        Api.Response district = admin.put("/api/districts/" + DISTRICT + "/areas/" + DISTRICT + "/boundary",
                "{\"boundary\":" + rectangle(0, 0, 0.03, 0.01) + "}");
        assertThat(district.status()).isEqualTo(422);
        assertThat(district.json().get("rule").stringValue()).isEqualTo("area-boundary-level");

        Api.Response planners = planner.put("/api/districts/" + DISTRICT + "/areas/" + C2 + "/boundary",
                "{\"boundary\":" + rectangle(0.012, 0, 0.006, 0.005) + "}");
        assertThat(planners.status()).as("a planner reads, an administrator draws").isEqualTo(403);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    @Order(1)
    void anUnknownLevelIsRefused() {
        Api.Response response = planner.get("/api/areas?districtCode=" + DISTRICT + "&level=DISTRICT");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"level\"");
    }

    @Test
    @Order(1)
    void theLayersFiguresAddUpToTheStatistics() {
        for (String district : List.of(DISTRICT, DEMO)) {
            JsonNode compounds = read(planner, "/api/statistics/compounds?districtCode=" + district);
            JsonNode party = read(planner, "/api/statistics/party-coverage?districtCode=" + district);
            JsonNode governance = read(planner, "/api/statistics/governance?districtCode=" + district);
            for (String level : List.of("SUB_DISTRICT", "COMMUNITY")) {
                List<JsonNode> areas = new ArrayList<>(layer(planner, district, level).values());
                String as = district + " by " + level;
                assertThat(sum(areas, "compounds")).as(as).isEqualTo(compounds.get("compounds").intValue());
                assertThat(sum(areas, "unmanaged")).as(as).isEqualTo(compounds.get("unmanaged").intValue());
                assertThat(sum(areas, "relapses")).as(as).isEqualTo(compounds.get("relapses").intValue());
                assertThat(sum(areas, "partyCoveredCompounds")).as(as).isEqualTo(party.get("compounds").get("covered").intValue());
                assertThat(sum(areas, "grids")).as(as).isEqualTo(party.get("grids").get("total").intValue());
                assertThat(sum(areas, "partyCoveredGrids")).as(as).isEqualTo(party.get("grids").get("covered").intValue());
                assertThat(sum(areas, "ownersCommittees")).as(as).isEqualTo(governance.get("ownersCommittees").intValue());
            }
        }
    }

    @Test
    @Order(1)
    void theDemosBaselineIsItsCampaignsLaunchListAndItsUncoveredGridsAreTheGridLayers() {
        List<JsonNode> areas = new ArrayList<>(layer(planner, DEMO, "SUB_DISTRICT").values());
        int launchList = jdbc.sql("""
                        SELECT cardinality(unmanaged_at_launch) FROM readmodel.campaign
                        WHERE district_code = :d AND area_level = 'DISTRICT' AND closed_on IS NULL""")
                .param("d", DEMO).query(Integer.class).single();
        assertThat(sum(areas, "unmanagedAtBaseline")).isEqualTo(launchList).isPositive();
        assertThat(sum(areas, "clearedSinceBaseline")).isPositive().isLessThanOrEqualTo(launchList);
        assertThat(areas).allSatisfy(a -> assertThat(a.get("derived").booleanValue()).isTrue());

        JsonNode grids = read(planner, "/api/grids?districtCode=" + DEMO).get("features");
        long uncovered = StreamSupport.stream(grids.spliterator(), false)
                .filter(g -> !g.get("properties").get("partyCovered").booleanValue()).count();
        assertThat(grids).hasSize(300);
        assertThat(uncovered).as("the demo's grids without a grid-level organisation").isEqualTo(184);
        assertThat(sum(areas, "grids") - sum(areas, "partyCoveredGrids")).isEqualTo(uncovered);
    }

    // ---- helpers

    private Api api() {
        return new Api(port);
    }

    /** Compounds, unmanaged, baseline, cleared, relapses, party-covered compounds, grids, covered grids, owners' committees. */
    private static List<Integer> figures(JsonNode p) {
        return List.of(p.get("compounds").intValue(), p.get("unmanaged").intValue(), p.get("unmanagedAtBaseline").intValue(),
                p.get("clearedSinceBaseline").intValue(), p.get("relapses").intValue(), p.get("partyCoveredCompounds").intValue(),
                p.get("grids").intValue(), p.get("partyCoveredGrids").intValue(), p.get("ownersCommittees").intValue());
    }

    private static int sum(List<JsonNode> areas, String property) {
        ToIntFunction<JsonNode> value = a -> a.get(property).intValue();
        return areas.stream().mapToInt(value).sum();
    }

    /** The areas' properties by code, in the order answered. */
    private Map<String, JsonNode> layer(Api reader, String district, String level) {
        JsonNode features = read(reader, "/api/areas?districtCode=" + district + "&level=" + level).get("features");
        return StreamSupport.stream(features.spliterator(), false).collect(Collectors.toMap(f -> f.get("id").stringValue(),
                f -> f.get("properties"), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** West, south, east, north of a GeoJSON geometry, rounded to 1e-6°. */
    private static List<Double> box(JsonNode geometry) {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        positions(geometry.get("coordinates"), b);
        return List.of(round(b[0]), round(b[1]), round(b[2]), round(b[3]));
    }

    private static void positions(JsonNode node, double[] b) {
        if (node.get(0).isNumber()) {
            b[0] = Math.min(b[0], node.get(0).doubleValue());
            b[1] = Math.min(b[1], node.get(1).doubleValue());
            b[2] = Math.max(b[2], node.get(0).doubleValue());
            b[3] = Math.max(b[3], node.get(1).doubleValue());
            return;
        }
        node.forEach(child -> positions(child, b));
    }

    private static List<Double> rounded(double west, double south, double east, double north) {
        return List.of(round(west), round(south), round(east), round(north));
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }

    private static String rectangle(double fromEast, double fromNorth, double width, double height) {
        return new TestDistrict(DISTRICT, WEST, SOUTH_EDGE).rectangle(fromEast, fromNorth, width, height);
    }

    /** A small compound in grid {@code grid}, the {@code n}-th from its south-west corner. */
    private void compound(Api officer, String id, int grid, int n, String mode) {
        String management = mode.equals("UNMANAGED") ? "{\"mode\":\"UNMANAGED\"}"
                : "{\"mode\":\"" + mode + "\",\"provider\":\"晋阳物业\",\"since\":\"2020-01-01\",\"feeStance\":\"CHARGING\"}";
        change(officer.post("/api/compounds", """
                {"compoundId":"%s","communityCode":"%s","name":"小区%s","households":100,"buildings":3,"units":9,
                 "floorArea":9000,"yearBuilt":1992,"category":"OLD_COMPOUND","boundary":%s,"management":%s,
                 "gridCodes":["%s"],"reason":"无物业小区摸底排查"}"""
                .formatted(id, GRIDS[grid].substring(0, 12), id,
                        rectangle(grid * 0.006 + 0.0005 + n * 0.002, 0.0005, 0.001, 0.001), management, GRIDS[grid])));
    }

    private void manage(Api officer, String id, String management) {
        change(officer.put("/api/compounds/" + id + "/management",
                "{\"management\":" + management + ",\"reason\":\"物业变更\"}"));
    }

    private long storedEvents() {
        return jdbc.sql("SELECT count(*) FROM eventstore.domain_event_entry").query(Long.class).single();
    }

    private void change(Api.Response response) {
        assertThat(response.status() / 100).as(response.body()).isEqualTo(2);
        position = Math.max(position, Long.parseLong(response.header(ReadYourWrites.POSITION_HEADER)));
    }

    private JsonNode read(Api reader, String path) {
        Api.Response response = reader.get(path, ReadYourWrites.POSITION_HEADER, String.valueOf(position));
        assertThat(response.status()).as(path + " " + response.body()).isEqualTo(200);
        return response.json();
    }
}
