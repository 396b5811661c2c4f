package org.gridatlas.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.gridatlas.Api;
import org.gridatlas.TestAccounts;
import org.gridatlas.TestAccounts.TestAccount;
import org.gridatlas.command.access.Role;
import org.gridatlas.GridAtlasIntegrationTest;
import org.gridatlas.TestDistrict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/** The audit trail of a compound, a micro-grid and a community: who, when, why, and each field before and after. */
@GridAtlasIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryIT {

    private static final TestDistrict AREA = new TestDistrict("140122", 112.20, 37.40);
    private static final String COMPOUND = "history-c1";
    private static final Box SURVEYED = new Box("112.2011", "37.4011", "112.2031", "37.4026");
    private static final Box RESURVEYED = new Box("112.2011", "37.4011", "112.2031", "37.4029");
    private static final String GRID = AREA.grid(1);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestAccounts accounts;
    Api api;

    /** A rectangle written the same way as GeoJSON for a request and as the WKT the history answers. */
    record Box(String west, String south, String east, String north) {

        String geoJson() {
            return "{\"type\":\"Polygon\",\"coordinates\":[[[%1$s,%2$s],[%3$s,%2$s],[%3$s,%4$s],[%1$s,%4$s],[%1$s,%2$s]]]}"
                    .formatted(west, south, east, north);
        }

        String wkt() {
            return "POLYGON ((%1$s %2$s, %3$s %2$s, %3$s %4$s, %1$s %4$s, %1$s %2$s))".formatted(west, south, east, north);
        }
    }

    /** The people who make the changes, each with an account of their own. */
    private static final Map<String, TestAccount> PEOPLE = Map.of(
            "李网格员", TestAccounts.account("history-li", "李网格员", Role.CAMPAIGN_OFFICER, "14"),
            "王科长", TestAccounts.account("history-wang", "王科长", Role.CAMPAIGN_OFFICER, "14"),
            "张测绘", TestAccounts.account("history-zhang", "张测绘", Role.CAMPAIGN_OFFICER, "14"),
            "刘主任", TestAccounts.account("history-liu", "刘主任", Role.CAMPAIGN_OFFICER, "14"),
            "赵网格长", TestAccounts.account("history-zhao", "赵网格长", Role.GRID_COORDINATOR, "14"),
            "周敏", TestAccounts.account("history-zhou", "周敏", Role.ADMINISTRATOR, "14"));

    /** Signed in as the person of that name. */
    private Api as(String person) {
        TestAccount account = PEOPLE.get(person);
        accounts.ensure(account);
        return api.as(account);
    }

    private static void succeeded(Api.Response response) {
        assertThat(response.status() / 100).as(response.body()).isEqualTo(2);
    }

    @BeforeAll
    void recordTheChanges() {
        api = new Api(port);
        AREA.create(api);
        succeeded(as("李网格员").post("/api/compounds", """
                {"compoundId":"%s","communityCode":"%s","name":"测试新村","address":"测试路1号","households":120,
                 "buildings":4,"units":12,"floorArea":8600.5,"yearBuilt":1995,"category":"OLD_COMPOUND",
                 "boundary":%s,"management":{"mode":"UNMANAGED","since":"2026-03-01"},"gridCodes":["%s"],
                 "reason":"2026年摸底排查"}""".formatted(COMPOUND, AREA.community(), SURVEYED.geoJson(), GRID)));
        succeeded(as("王科长").put("/api/compounds/" + COMPOUND + "/attributes", """
                {"name":"幸福新村","address":"测试路1号","households":136,"buildings":4,"units":12,"floorArea":8600.5,
                 "yearBuilt":1995,"category":"OLD_COMPOUND","reason":"门牌核对"}"""));
        succeeded(as("张测绘").put("/api/compounds/" + COMPOUND + "/boundary",
                "{\"boundary\":" + RESURVEYED.geoJson() + ",\"reason\":\"实地复测\"}"));
        succeeded(as("刘主任").put("/api/compounds/" + COMPOUND + "/management", """
                {"management":{"mode":"MARKET_COMPANY","provider":"恒安物业服务有限公司","since":"2026-04-01",
                 "feeStance":"SERVE_FIRST"},"reason":"物业企业入驻"}"""));

        succeeded(as("赵网格长").put("/api/grids/" + GRID + "/micro-grids", division("112.203", "王秀英")
                .replace("{\"microGrids\"", "{\"reason\":\"首次划分微网格\",\"microGrids\"")));
        succeeded(as("赵网格长").put("/api/grids/" + GRID + "/micro-grids",
                division("112.204", "王秀英\",\"张志强").replace("{\"microGrids\"", "{\"reason\":\"院落调整\",\"microGrids\"")));
        succeeded(as("周敏").put("/api/districts/" + AREA.code() + "/areas/" + AREA.community() + "/name",
                "{\"name\":\"光明社区\",\"reason\":\"民政批复更名\"}"));
    }

    /** Grid 1 cut in two at {@code edge} degrees east; the western micro-grid has the given helpers. */
    private static String division(String edge, String westHelpers) {
        return """
                {"microGrids":[
                 {"microGridCode":"%s01","name":"西院","helpers":["%s"],"boundary":%s},
                 {"microGridCode":"%s02","name":"东院","helpers":["刘海燕"],"boundary":%s}]}"""
                .formatted(GRID, westHelpers, new Box("112.2", "37.4", edge, "37.405").geoJson(),
                        GRID, new Box(edge, "37.4", "112.206", "37.405").geoJson());
    }

    private JsonNode history(String recordId) {
        Api.Response response = api.as(TestAccounts.PLANNER).get("/api/history/" + recordId);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /** The entry's changes as field → "before → after", empty shown as —. */
    private static Map<String, String> changes(JsonNode entry) {
        Map<String, String> changes = new LinkedHashMap<>();
        entry.get("changes").forEach(c -> changes.put(c.get("field").stringValue(),
                text(c.get("before")) + " → " + text(c.get("after"))));
        return changes;
    }

    private static String text(JsonNode value) {
        return value.isNull() ? "—" : value.isString() ? value.stringValue() : value.toString();
    }

    private static JsonNode change(JsonNode entry, String field) {
        return StreamSupport.stream(entry.get("changes").spliterator(), false)
                .filter(c -> c.get("field").stringValue().equals(field)).findFirst().orElseThrow();
    }

    private double geodesicSquareMetres(String wkt) {
        return jdbc.sql("SELECT ST_Area(ST_GeomFromText(:wkt, 4326)::geography)").param("wkt", wkt)
                .query(Double.class).single();
    }

    @Test
    void aCompoundsHistorySaysWhoChangedWhatWhyAndWhen() {
        JsonNode history = history(COMPOUND);

        assertThat(history).extracting(e -> e.get("operation").stringValue()).containsExactly("compound registered",
                "attributes changed", "boundary corrected", "management changed (cleared)");
        assertThat(history).extracting(e -> e.get("userName").stringValue()).containsExactly("李网格员", "王科长", "张测绘", "刘主任");
        assertThat(history).extracting(e -> e.get("reason").stringValue())
                .containsExactly("2026年摸底排查", "门牌核对", "实地复测", "物业企业入驻");
        assertThat(history).extracting(e -> e.get("version").longValue()).containsExactly(0L, 1L, 2L, 3L);
        assertThat(history).allSatisfy(e -> {
            assertThat(e.get("recordedAt").stringValue()).endsWith("Z");
            assertThat(Instant.parse(e.get("recordedAt").stringValue())).isBefore(Instant.now());
            assertThat(e.get("correlationId").stringValue()).isNotBlank();
            assertThat(e.get("aggregateId").stringValue()).isEqualTo(COMPOUND);
        });

        assertThat(changes(history.get(0))).containsEntry("name", "— → 测试新村").containsEntry("households", "— → 120")
                .containsEntry("management.mode", "— → UNMANAGED").containsEntry("gridCodes", "— → [\"" + GRID + "\"]")
                .containsEntry("boundary", "— → " + SURVEYED.wkt())
                .doesNotContainKey("management.provider");
        assertThat(changes(history.get(1))).containsExactly(Map.entry("name", "测试新村 → 幸福新村"),
                Map.entry("households", "120 → 136"));
        assertThat(changes(history.get(2))).containsExactly(Map.entry("boundary", SURVEYED.wkt() + " → " + RESURVEYED.wkt()));
        assertThat(changes(history.get(3))).containsExactly(Map.entry("management.mode", "UNMANAGED → MARKET_COMPANY"),
                Map.entry("management.provider", "— → 恒安物业服务有限公司"),
                Map.entry("management.since", "2026-03-01 → 2026-04-01"),
                Map.entry("management.feeStance", "— → SERVE_FIRST"));
    }

    @Test
    void aCorrectedBoundaryShowsItsAreaBeforeAndAfterInSquareMetres() {
        JsonNode area = change(history(COMPOUND).get(2), "boundary").get("area");

        long before = area.get("beforeSquareMetres").longValue();
        long after = area.get("afterSquareMetres").longValue();
        // 0.002° × 0.0015° at 37.4° N is about 177 m × 167 m; PostGIS measures it on the ellipsoid.
        assertThat((double) before).isCloseTo(geodesicSquareMetres(SURVEYED.wkt()), within(0.01 * before));
        assertThat((double) after).isCloseTo(geodesicSquareMetres(RESURVEYED.wkt()), within(0.01 * after));
        assertThat(area.get("changeSquareMetres").longValue()).isEqualTo(after - before).isBetween(5_700L, 6_100L);
        assertThat(change(history(COMPOUND).get(0), "boundary").get("area").get("beforeSquareMetres").isNull()).isTrue();
        assertThat(change(history(COMPOUND).get(1), "name").has("area")).isFalse();
    }

    @Test
    void theRawPayloadStaysInEachEntry() {
        JsonNode management = history(COMPOUND).get(3);

        assertThat(management.get("event").stringValue()).isEqualTo("ManagementChangedEvent");
        assertThat(management.get("payload").get("transition").stringValue()).isEqualTo("CLEARED");
        assertThat(management.get("payload").get("management").get("provider").stringValue()).isEqualTo("恒安物业服务有限公司");
    }

    @Test
    void aMicroGridsHistoryIsItsOwnPartOfItsGridsEvents() {
        JsonNode west = history(GRID + "01");

        assertThat(west).extracting(e -> e.get("operation").stringValue())
                .containsExactly("micro-grid added", "micro-grid boundary and helpers changed");
        assertThat(west).extracting(e -> e.get("aggregateId").stringValue()).containsOnly(GRID);
        assertThat(west.get(1).get("userName").stringValue()).isEqualTo("赵网格长");
        assertThat(west.get(1).get("reason").stringValue()).isEqualTo("院落调整");
        assertThat(changes(west.get(0))).containsExactly(Map.entry("name", "— → 西院"),
                Map.entry("boundary", "— → " + new Box("112.2", "37.4", "112.203", "37.405").wkt()),
                Map.entry("helpers", "— → [\"王秀英\"]"));
        assertThat(changes(west.get(1))).containsExactly(
                Map.entry("boundary", new Box("112.2", "37.4", "112.203", "37.405").wkt() + " → "
                        + new Box("112.2", "37.4", "112.204", "37.405").wkt()),
                Map.entry("helpers", "[\"王秀英\"] → [\"王秀英\",\"张志强\"]"));
        JsonNode area = change(west.get(1), "boundary").get("area");
        assertThat(area.get("changeSquareMetres").longValue()).isPositive()
                .isEqualTo(area.get("afterSquareMetres").longValue() - area.get("beforeSquareMetres").longValue());

        JsonNode east = history(GRID + "02");
        assertThat(east).extracting(e -> e.get("operation").stringValue())
                .containsExactly("micro-grid added", "micro-grid boundary changed");
        assertThat(change(east.get(1), "boundary").get("area").get("changeSquareMetres").longValue()).isNegative();
    }

    @Test
    void aCommunitysHistoryIsItsOwnPartOfItsDistrictsEvents() {
        JsonNode community = history(AREA.community());

        assertThat(community).extracting(e -> e.get("operation").stringValue())
                .containsExactly("community added", "community renamed");
        assertThat(community).extracting(e -> e.get("aggregateId").stringValue()).containsOnly(AREA.code());
        assertThat(changes(community.get(1))).containsExactly(Map.entry("name", "测试社区 → 光明社区"));
        assertThat(community.get(1).get("userName").stringValue()).isEqualTo("周敏");
        assertThat(community.get(1).get("reason").stringValue()).isEqualTo("民政批复更名");

        JsonNode subDistrict = history(AREA.subDistrict());
        assertThat(subDistrict).extracting(e -> e.get("operation").stringValue())
                .containsExactly("sub-district added", "community added", "community renamed");
        assertThat(changes(subDistrict.get(2)))
                .containsExactly(Map.entry("communities." + AREA.community() + ".name", "测试社区 → 光明社区"));
    }

    @Test
    void anUnknownRecordIsANotFoundProblem() {
        for (String unknown : List.of("no-such-record", GRID + "09", AREA.code() + "009", "149999001")) {
            Api.Response response = api.as(TestAccounts.PLANNER).get("/api/history/" + unknown);

            assertThat(response.status()).as(unknown).isEqualTo(404);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("type").stringValue()).isEqualTo("urn:gridatlas:problem:not-found");
        }
    }
}
