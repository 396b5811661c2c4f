package org.gridatlas.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.gridatlas.Api;
import org.gridatlas.GridAtlasIntegrationTest;
import org.gridatlas.ReadModel;
import org.gridatlas.TestAccounts;
import org.gridatlas.TestAccounts.TestAccount;
import org.gridatlas.TestDistrict;
import org.gridatlas.command.access.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The read side of micro-grid edits through the API: each micro-grid's
 * lineage with who, when and why, retired codes that stay readable, people
 * that survive a redraw, and the 409 that tells a coordinator what changed
 * since the version they started from.
 */
@GridAtlasIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MicroGridLineageIT {

    private static final TestDistrict AREA = new TestDistrict("140311", 112.60, 37.20);
    private static final TestDistrict COMPOUNDS = new TestDistrict("140312", 112.62, 37.20);
    private static final String REDRAWN = AREA.grid(1);
    private static final String CONTESTED = AREA.grid(2);
    private static final TestAccount WANG = TestAccounts.account("lineage-wang", "王网格长", Role.GRID_COORDINATOR, "14");
    private static final TestAccount ZHAO = TestAccounts.account("lineage-zhao", "赵网格长", Role.GRID_COORDINATOR, "14");
    /** A planner of another district only. */
    private static final TestAccount ELSEWHERE = TestAccounts.account("lineage-elsewhere", "外区规划", Role.PLANNER, "140312");

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore events;
    @Autowired
    JdbcClient jdbc;
    Api api;

    @BeforeAll
    void enterTheDistrictAndRedrawTwice() {
        api = new Api(port);
        List.of(WANG, ZHAO, ELSEWHERE).forEach(accounts::ensure);
        AREA.create(api);
        COMPOUNDS.create(api);
        succeeded(api.as(WANG).put("/api/grids/" + REDRAWN + "/micro-grids", division(REDRAWN, "首次划分微网格",
                microGrid(REDRAWN + "01", "西院", 0, 0.003, "王秀英"), microGrid(REDRAWN + "02", "东院", 0.003, 0.003, "刘海燕"))));
        succeeded(api.as(ZHAO).put("/api/grids/" + REDRAWN + "/micro-grids", division(REDRAWN, "东院并入新楼区，改号",
                microGrid(REDRAWN + "01", "西院", 0, 0.003, "王秀英", "张志强"),
                microGrid(REDRAWN + "03", "新楼区", 0.003, 0.003, "刘海燕"))));
        ReadModel.awaitUpToDate(processing, events);
    }

    /** A micro-grid of the district's first grid, {@code west} degrees from its corner and {@code width} wide. */
    private static String microGrid(String code, String name, double west, double width, String... helpers) {
        return "{\"microGridCode\":\"%s\",\"name\":\"%s\",\"boundary\":%s,\"helpers\":[%s]}".formatted(code, name,
                AREA.rectangle(west, 0, width, 0.005), String.join(",", List.of(helpers).stream().map(h -> "\"" + h + "\"").toList()));
    }

    private static String division(String grid, String reason, String... microGrids) {
        return "{\"microGrids\":[" + String.join(",", microGrids) + "],\"reason\":\"" + reason + "\"}";
    }

    private static void succeeded(Api.Response response) {
        assertThat(response.status() / 100).as(response.body()).isEqualTo(2);
    }

    private JsonNode lineage(String code) {
        Api.Response response = api.as(TestAccounts.PLANNER).get("/api/micro-grids/" + code + "/lineage");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::stringValue).toList();
    }

    private long storedEventsOf(String aggregateId) {
        return jdbc.sql("SELECT count(*) FROM eventstore.domain_event_entry WHERE aggregate_identifier = :id")
                .param("id", aggregateId).query(Long.class).single();
    }

    private long gridVersion(String grid) {
        return api.as(TestAccounts.PLANNER).get("/api/grids/" + grid).json().get("properties").get("version").longValue();
    }

    @Test
    void aMicroGridLeftOutOfARedrawIsRetiredAndItsLineageStaysReadable() {
        JsonNode east = lineage(REDRAWN + "02");

        assertThat(east.get("microGridCode").stringValue()).isEqualTo(REDRAWN + "02");
        assertThat(east.get("gridCode").stringValue()).isEqualTo(REDRAWN);
        assertThat(east.get("name").stringValue()).isEqualTo("东院");
        assertThat(east.get("current").booleanValue()).isFalse();
        JsonNode steps = east.get("steps");
        assertThat(steps).hasSize(2);
        assertThat(steps).extracting(s -> s.get("operation").stringValue()).containsExactly("REDRAW", "REDRAW");
        assertThat(texts(steps.get(0).get("before"))).isEmpty();
        assertThat(texts(steps.get(0).get("after"))).containsExactly(REDRAWN + "01", REDRAWN + "02");
        assertThat(texts(steps.get(1).get("before"))).containsExactly(REDRAWN + "02");
        assertThat(texts(steps.get(1).get("after"))).containsExactly(REDRAWN + "03");
        assertThat(steps).extracting(s -> s.get("user").stringValue()).containsExactly(WANG.username(), ZHAO.username());
        assertThat(steps).extracting(s -> s.get("userName").stringValue()).containsExactly("王网格长", "赵网格长");
        assertThat(steps).extracting(s -> s.get("reason").stringValue()).containsExactly("首次划分微网格", "东院并入新楼区，改号");
        Instant first = Instant.parse(steps.get(0).get("at").stringValue());
        Instant second = Instant.parse(steps.get(1).get("at").stringValue());
        assertThat(first).isBeforeOrEqualTo(second).isBefore(Instant.now());
        assertThat(api.as(TestAccounts.PLANNER).get("/api/grids/" + REDRAWN + "/micro-grids").json().get("features"))
                .extracting(f -> f.get("id").stringValue()).containsExactly(REDRAWN + "01", REDRAWN + "03");
    }

    @Test
    void aKeptMicroGridWhoseBoundaryStayedHasOnlyTheStepThatDrewIt() {
        JsonNode west = lineage(REDRAWN + "01");

        assertThat(west.get("current").booleanValue()).isTrue();
        assertThat(west.get("name").stringValue()).isEqualTo("西院");
        assertThat(texts(west.get("cameFrom"))).isEmpty();
        assertThat(texts(west.get("replacedBy"))).isEmpty();
        assertThat(west.get("steps")).hasSize(1);
        assertThat(west.get("steps").get(0).get("reason").stringValue()).isEqualTo("首次划分微网格");
    }

    @Test
    void microGridFeaturesCarryTheirPeopleAndTheGridsVersion() {
        JsonNode features = api.as(TestAccounts.PLANNER).get("/api/micro-grids?districtCode=" + AREA.code()).json().get("features");

        JsonNode west = StreamSupport.stream(features.spliterator(), false)
                .filter(f -> f.get("id").stringValue().equals(REDRAWN + "01")).findFirst().orElseThrow().get("properties");
        assertThat(texts(west.get("helpers"))).containsExactly("王秀英", "张志强");
        assertThat(west.get("buildingLeaders").isArray()).isTrue();
        assertThat(west.get("unitLeaders").isArray()).isTrue();
        assertThat(west.get("gridVersion").longValue()).isEqualTo(gridVersion(REDRAWN)).isPositive();
    }

    @Test
    void theSecondOfTwoCoordinatorsEditingFromTheSameVersionLearnsWhatTheFirstDid() {
        long version = gridVersion(CONTESTED);
        String edge = "{\"microGrids\":[{\"microGridCode\":\"%s01\",\"name\":\"北院\",\"boundary\":%s},"
                + "{\"microGridCode\":\"%s02\",\"name\":\"南院\",\"boundary\":%s}],\"reason\":\"%s\",\"expectedVersion\":%d}";
        succeeded(api.as(WANG).put("/api/grids/" + CONTESTED + "/micro-grids", edge.formatted(CONTESTED,
                AREA.rectangle(0.006, 0.0025, 0.006, 0.0025), CONTESTED, AREA.rectangle(0.006, 0, 0.006, 0.0025),
                "按道路南北分", version)));
        long stored = storedEventsOf(CONTESTED);

        Api.Response second = api.as(ZHAO).put("/api/grids/" + CONTESTED + "/micro-grids", edge.formatted(CONTESTED,
                AREA.rectangle(0.006, 0.002, 0.006, 0.003), CONTESTED, AREA.rectangle(0.006, 0, 0.006, 0.002),
                "按楼栋分", version));

        assertThat(second.status()).as(second.body()).isEqualTo(409);
        assertThat(second.contentType()).startsWith("application/problem+json");
        JsonNode problem = second.json();
        assertThat(problem.get("expectedVersion").longValue()).isEqualTo(version);
        assertThat(problem.get("currentVersion").longValue()).isEqualTo(version + 1);
        JsonNode changes = problem.get("changes");
        assertThat(changes).hasSize(1);
        JsonNode first = changes.get(0);
        assertThat(first.get("version").longValue()).isEqualTo(version + 1);
        assertThat(first.get("operation").stringValue()).isEqualTo("MicroGridsRedrawn");
        assertThat(first.get("user").stringValue()).isEqualTo(WANG.username());
        assertThat(first.get("userName").stringValue()).isEqualTo("王网格长");
        assertThat(first.get("reason").stringValue()).isEqualTo("按道路南北分");
        assertThat(Instant.parse(first.get("at").stringValue())).isBefore(Instant.now());
        assertThat(storedEventsOf(CONTESTED)).as("nothing stored for the second").isEqualTo(stored);
    }

    @Test
    void anUnknownCodeIsNotFound() {
        Api.Response response = api.as(TestAccounts.PLANNER).get("/api/micro-grids/" + REDRAWN + "99/lineage");

        assertThat(response.status()).as(response.body()).isEqualTo(404);
        assertThat(response.json().get("type").stringValue()).isEqualTo("urn:gridatlas:problem:not-found");
    }

    @Test
    void aReaderOfAnotherDistrictIsRefusedTheLineage() {
        Api.Response response = api.as(ELSEWHERE).get("/api/micro-grids/" + REDRAWN + "01/lineage");

        assertThat(response.status()).as(response.body()).isEqualTo(403);
    }

    @Test
    void anUnknownParameterIsRefused() {
        Api.Response response = api.as(TestAccounts.PLANNER).get("/api/micro-grids/" + REDRAWN + "01/lineage?depth=2");

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").stringValue()).isEqualTo("depth");
    }

    @Test
    void aCompoundsLeadersAreNamedAndCounted() {
        String compound = "lineage-c1";
        succeeded(api.as(TestAccounts.OFFICER).post("/api/compounds", """
                {"compoundId":"%s","communityCode":"%s","name":"测试新村","address":"测试路1号","households":120,
                 "buildings":4,"units":12,"floorArea":8600.5,"yearBuilt":1995,"category":"OLD_COMPOUND",
                 "boundary":%s,"management":{"mode":"UNMANAGED","since":"2026-03-01"},"gridCodes":["%s"],
                 "reason":"摸底排查"}""".formatted(compound, COMPOUNDS.community(),
                COMPOUNDS.rectangle(0.001, 0.001, 0.002, 0.002), COMPOUNDS.grid(1))));
        long stored = storedEventsOf(compound);

        Api.Response nameless = api.as(WANG).put("/api/compounds/" + compound + "/leaders/named", """
                {"buildingLeaders":[{"name":" "}],"unitLeaders":[],"reason":"推选"}""");
        assertThat(nameless.status()).as(nameless.body()).isEqualTo(422);
        assertThat(nameless.json().get("errors").get(0).get("field").stringValue()).isEqualTo("buildingLeaders[0].name");
        assertThat(storedEventsOf(compound)).isEqualTo(stored);

        succeeded(api.as(WANG).put("/api/compounds/" + compound + "/leaders/named", """
                {"buildingLeaders":[{"name":"张秀兰","phone":"13800001111","building":"1号楼"},{"name":"李建国"}],
                 "unitLeaders":[{"name":"周敏","building":"1号楼2单元"}],"reason":"居民推选"}"""));
        ReadModel.awaitUpToDate(processing, events);

        JsonNode properties = api.as(TestAccounts.PLANNER).get("/api/compounds/" + compound).json().get("properties");
        long version = properties.get("version").longValue();
        assertThat(properties.get("buildingLeaders").intValue()).isEqualTo(2);
        assertThat(properties.get("unitLeaders").intValue()).isEqualTo(1);
        assertThat(properties.get("namedBuildingLeaders")).extracting(l -> l.get("name").stringValue())
                .containsExactly("张秀兰", "李建国");
        assertThat(properties.get("namedBuildingLeaders").get(0).get("phone").stringValue()).isEqualTo("13800001111");
        assertThat(properties.get("namedUnitLeaders").get(0).get("building").stringValue()).isEqualTo("1号楼2单元");

        // the change list of a stale version is every aggregate's, not only a grid's
        Api.Response stale = api.as(ZHAO).put("/api/compounds/" + compound + "/leaders/named", """
                {"buildingLeaders":[],"unitLeaders":[],"reason":"换届","expectedVersion":%d}""".formatted(version - 1));
        assertThat(stale.status()).as(stale.body()).isEqualTo(409);
        assertThat(stale.json().get("changes")).extracting(c -> c.get("operation").stringValue())
                .containsExactly("CompoundLeadersNamed");
        assertThat(stale.json().get("changes").get(0).get("reason").stringValue()).isEqualTo("居民推选");
        assertThat(storedEventsOf(compound)).isEqualTo(version + 1);
    }
}
