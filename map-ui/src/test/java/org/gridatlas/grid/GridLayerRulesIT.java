package org.gridatlas.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.gridatlas.Api;
import org.gridatlas.GridAtlasIntegrationTest;
import org.gridatlas.ReadModel;
import org.gridatlas.TestAccounts;
import org.gridatlas.TestDistrict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The grid layer can be trusted: grids of a community do not overlap, a
 * compound names only grids it lies in, assignments follow redrawn boundaries
 * on their own, and micro-grids count the households of their compounds.
 */
@GridAtlasIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GridLayerRulesIT {

    /** Rules refusing input. */
    private static final TestDistrict REFUSING = new TestDistrict("140321", 112.90, 37.30);
    /** Assignments following boundaries. */
    private static final TestDistrict FOLLOWING = new TestDistrict("140322", 112.95, 37.30);
    /** Households per micro-grid. */
    private static final TestDistrict COUNTING = new TestDistrict("140323", 113.00, 37.30);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore events;
    Api api;
    Api officer;
    Api coordinator;
    Api planner;

    @BeforeAll
    void createTheDistricts() {
        api = new Api(port);
        officer = api.as(TestAccounts.OFFICER);
        coordinator = api.as(TestAccounts.COORDINATOR);
        planner = api.as(TestAccounts.PLANNER);
        REFUSING.create(api);
        FOLLOWING.create(api);
        COUNTING.create(api);
    }

    private long storedEvents() {
        return jdbc.sql("SELECT count(*) FROM eventstore.domain_event_entry").query(Long.class).single();
    }

    private long eventsOf(String aggregateId) {
        return jdbc.sql("SELECT count(*) FROM eventstore.domain_event_entry WHERE aggregate_identifier = :id")
                .param("id", aggregateId).query(Long.class).single();
    }

    private static String registration(TestDistrict area, String id, int households, String boundary, List<String> grids) {
        return """
                {"compoundId":"%s","communityCode":"%s","name":"规则小区%s","address":"测试路1号","households":%d,
                 "buildings":4,"units":12,"floorArea":8600.5,"yearBuilt":1995,"category":"OLD_COMPOUND",
                 "boundary":%s,"management":{"mode":"UNMANAGED"},"gridCodes":%s,"reason":"摸底排查"}"""
                .formatted(id, area.community(), id, households, boundary, Api.JSON.writeValueAsString(grids));
    }

    private void register(TestDistrict area, String id, int households, String boundary, List<String> grids) {
        Api.Response response = officer.post("/api/compounds", registration(area, id, households, boundary, grids));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    private static void succeeded(Api.Response response) {
        assertThat(response.status() / 100).as(response.body()).isEqualTo(2);
    }

    private static JsonNode onlyError(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode errors = response.json().get("errors");
        assertThat(errors).as(response.body()).hasSize(1);
        return errors.get(0);
    }

    private List<String> gridsOf(String compoundId) {
        List<String> grids = new ArrayList<>();
        planner.get("/api/compounds/" + compoundId).json().get("properties").get("gridCodes")
                .forEach(g -> grids.add(g.stringValue()));
        return grids;
    }

    @Test
    void aGridOverlappingItsNeighbourIsRefusedWithTheOverlapAndItsArea() {
        long before = storedEvents();
        // grid 3 drawn over the north-eastern quarter of grid 2: 0.003° × 0.0025°, about 73,900 m² at 37.3°N
        Api.Response drawn = coordinator.post("/api/grids", """
                {"gridCode":"%s","communityCode":"%s","name":"第三网格","boundary":%s}"""
                .formatted(REFUSING.community() + "003", REFUSING.community(), REFUSING.rectangle(0.009, 0.0025, 0.003, 0.0025)));
        JsonNode error = onlyError(drawn);
        assertThat(error.get("field").stringValue()).isEqualTo("boundary");
        assertThat(error.get("rule").stringValue()).isEqualTo("grid-overlaps-neighbour");
        assertThat(error.get("reason").stringValue()).contains(REFUSING.grid(2)).contains("m²");
        assertThat(error.get("geometry").get("type").stringValue()).isEqualTo("Polygon");
        assertThat(error.get("areaSquareMetres").doubleValue()).isBetween(70_000.0, 78_000.0);
        // the overlap lies where grid 2's north-eastern quarter is, not at a corner of either grid
        JsonNode ring = error.get("geometry").get("coordinates").get(0);
        assertThat(StreamSupport.stream(ring.spliterator(), false).mapToDouble(p -> p.get(0).doubleValue()).min().orElseThrow())
                .isCloseTo(REFUSING.west() + 0.009, org.assertj.core.api.Assertions.within(1e-6));

        Api.Response redrawn = coordinator.put("/api/grids/" + REFUSING.grid(1) + "/boundary", """
                {"boundary":%s,"reason":"扩大网格"}""".formatted(REFUSING.rectangle(0, 0, 0.008, 0.005)));
        assertThat(onlyError(redrawn).get("rule").stringValue()).isEqualTo("grid-overlaps-neighbour");
        assertThat(storedEvents()).as("a refused grid stores nothing").isEqualTo(before);
    }

    @Test
    void aGridTouchingItsNeighbourByASliverIsDrawn() {
        // one unit of the seventh decimal into grid 2 along 0.002° of its edge: about 2 m², under the 5 m² tolerance
        String sliver = String.format(java.util.Locale.ROOT,
                "{\"type\":\"Polygon\",\"coordinates\":[[[%.7f,%.7f],[%.7f,%.7f],[%.7f,%.7f],[%.7f,%.7f],[%.7f,%.7f]]]}",
                REFUSING.west() + 0.0119999, REFUSING.south(), REFUSING.west() + 0.018, REFUSING.south(),
                REFUSING.west() + 0.018, REFUSING.south() + 0.002, REFUSING.west() + 0.0119999, REFUSING.south() + 0.002,
                REFUSING.west() + 0.0119999, REFUSING.south());
        succeeded(coordinator.post("/api/grids", """
                {"gridCode":"%s","communityCode":"%s","name":"第四网格","boundary":%s}"""
                .formatted(REFUSING.community() + "004", REFUSING.community(), sliver)));
    }

    @Test
    void aCompoundAHundredKilometresFromItsGridIsRefused() {
        long before = storedEvents();
        // 1.13° east at 37.3°N is about 100 km
        Api.Response response = officer.post("/api/compounds", registration(REFUSING, "rules-far", 120,
                REFUSING.rectangle(1.13, 0.001, 0.002, 0.002), List.of(REFUSING.grid(1))));
        JsonNode error = onlyError(response);
        assertThat(error.get("field").stringValue()).isEqualTo("gridCodes[0]");
        assertThat(error.get("rule").stringValue()).isEqualTo("compound-outside-grid");
        assertThat(error.get("reason").stringValue()).matches("lies (9\\d|10\\d)\\d{3} m from grid " + REFUSING.grid(1) + ".*");
        assertThat(error.get("geometry").get("type").stringValue()).as("the compound's boundary").isEqualTo("Polygon");
        assertThat(storedEvents()).isEqualTo(before);

        register(REFUSING, "rules-near", 120, REFUSING.rectangle(0.001, 0.001, 0.002, 0.002), List.of(REFUSING.grid(1)));
        Api.Response reassigned = officer.put("/api/compounds/rules-near/grids",
                "{\"gridCodes\":[\"" + REFUSING.grid(2) + "\"],\"reason\":\"改划网格\"}");
        JsonNode assignment = onlyError(reassigned);
        assertThat(assignment.get("rule").stringValue()).isEqualTo("compound-outside-grid");
        assertThat(assignment.get("reason").stringValue()).contains("m from grid " + REFUSING.grid(2));
    }

    @Test
    void compoundsFollowARedrawnGridBoundaryOnTheirOwn() {
        // straddles the line between grids 1 and 2 (at 0.006): 0.001° in each
        register(FOLLOWING, "rules-straddling", 120, FOLLOWING.rectangle(0.005, 0.001, 0.002, 0.002),
                List.of(FOLLOWING.grid(1), FOLLOWING.grid(2)));
        register(FOLLOWING, "rules-east", 80, FOLLOWING.rectangle(0.008, 0.001, 0.002, 0.002), List.of(FOLLOWING.grid(2)));
        // registered without grids: the system assigns the one it lies in
        register(FOLLOWING, "rules-unassigned", 60, FOLLOWING.rectangle(0.001, 0.001, 0.002, 0.002), List.of());
        ReadModel.awaitUpToDate(processing, events);
        assertThat(gridsOf("rules-unassigned")).containsExactly(FOLLOWING.grid(1));
        long eastEvents = eventsOf("rules-east");

        // grid 1 withdraws west of the straddling compound
        succeeded(coordinator.put("/api/grids/" + FOLLOWING.grid(1) + "/boundary", """
                {"boundary":%s,"reason":"网格边界调整"}""".formatted(FOLLOWING.rectangle(0, 0, 0.0045, 0.005))));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(gridsOf("rules-straddling")).containsExactly(FOLLOWING.grid(2)));
        ReadModel.awaitUpToDate(processing, events);

        JsonNode history = planner.get("/api/history/rules-straddling").json();
        JsonNode last = history.get(history.size() - 1);
        assertThat(last.get("user").stringValue()).isEqualTo("system");
        assertThat(last.get("reason").stringValue()).contains("网格边界调整后自动归属")
                .contains("follows the redrawn boundary of grid " + FOLLOWING.grid(1));
        // in the redraw's correlation, so the trail leads from the reassignment to the redraw
        String redraw = jdbc.sql("""
                        SELECT convert_from(meta_data, 'UTF8')::jsonb ->> 'correlationId' FROM eventstore.domain_event_entry
                        WHERE aggregate_identifier = :grid AND payload_type LIKE '%GridBoundaryRedrawnEvent'""")
                .param("grid", FOLLOWING.grid(1)).query(String.class).single();
        assertThat(last.get("correlationId").stringValue()).isEqualTo(redraw);
        assertThat(eventsOf("rules-east")).as("a compound whose grids still fit gets nothing").isEqualTo(eastEvents);

        // grid 2 grows east: both its compounds already name it, so nothing is sent
        long straddlingEvents = eventsOf("rules-straddling");
        succeeded(coordinator.put("/api/grids/" + FOLLOWING.grid(2) + "/boundary", """
                {"boundary":%s,"reason":"网格边界调整"}""".formatted(FOLLOWING.rectangle(0.006, 0, 0.007, 0.005))));
        ReadModel.awaitUpToDate(processing, events);
        assertThat(eventsOf("rules-straddling")).isEqualTo(straddlingEvents);
        assertThat(eventsOf("rules-east")).isEqualTo(eastEvents);
    }

    @Test
    void microGridsCountTheHouseholdsOfTheirCompoundsAndAreFlaggedOutsideTheRange() {
        String grid = COUNTING.grid(1);
        succeeded(coordinator.put("/api/grids/" + grid + "/micro-grids", """
                {"reason":"首次划分","microGrids":[
                 {"microGridCode":"%s01","name":"西院","helpers":[],"boundary":%s},
                 {"microGridCode":"%s02","name":"东院","helpers":[],"boundary":%s}]}"""
                .formatted(grid, COUNTING.rectangle(0, 0, 0.003, 0.005), grid, COUNTING.rectangle(0.003, 0, 0.003, 0.005))));
        register(COUNTING, "rules-west", 20, COUNTING.rectangle(0.001, 0.001, 0.001, 0.001), List.of(grid));
        register(COUNTING, "rules-east-a", 200, COUNTING.rectangle(0.004, 0.001, 0.001, 0.001), List.of(grid));
        // mostly east: 0.0015° east of the line, 0.0005° west of it
        register(COUNTING, "rules-east-b", 150, COUNTING.rectangle(0.0025, 0.003, 0.002, 0.001), List.of(grid));
        ReadModel.awaitUpToDate(processing, events);

        assertThat(microGrid(grid + "01").get("households").intValue()).isEqualTo(20);
        assertThat(microGrid(grid + "01").get("householdsFlag").stringValue()).isEqualTo("BELOW");
        assertThat(microGrid(grid + "02").get("households").intValue()).isEqualTo(350);
        assertThat(microGrid(grid + "02").get("householdsFlag").stringValue()).isEqualTo("ABOVE");
        assertThat(compound("rules-east-b").get("microGridCode").stringValue()).isEqualTo(grid + "02");

        succeeded(officer.put("/api/compounds/rules-west/attributes", """
                {"name":"规则小区rules-west","address":"测试路1号","households":100,"buildings":4,"units":12,
                 "floorArea":8600.5,"yearBuilt":1995,"category":"OLD_COMPOUND","reason":"入户核对"}"""));
        // the line moves east past compound b: it now counts in the west
        succeeded(coordinator.put("/api/grids/" + grid + "/micro-grids", """
                {"reason":"院落调整","microGrids":[
                 {"microGridCode":"%s01","name":"西院","helpers":[],"boundary":%s},
                 {"microGridCode":"%s02","name":"东院","helpers":[],"boundary":%s}]}"""
                .formatted(grid, COUNTING.rectangle(0, 0, 0.0038, 0.005), grid, COUNTING.rectangle(0.0038, 0, 0.0022, 0.005))));
        ReadModel.awaitUpToDate(processing, events);
        assertThat(compound("rules-east-b").get("microGridCode").stringValue()).isEqualTo(grid + "01");
        assertThat(microGrid(grid + "01").get("households").intValue()).isEqualTo(250);
        assertThat(microGrid(grid + "01").get("householdsFlag").isNull()).as("within 30 to 300").isTrue();
        assertThat(microGrid(grid + "02").get("households").intValue()).isEqualTo(200);
        assertThat(microGrid(grid + "02").get("householdsFlag").isNull()).isTrue();

        JsonNode range = planner.get("/api/map/config").json().get("microGridHouseholds");
        assertThat(range.get("min").intValue()).isEqualTo(30);
        assertThat(range.get("max").intValue()).isEqualTo(300);
    }

    private JsonNode microGrid(String code) {
        Api.Response response = planner.get("/api/grids/" + code.substring(0, 15) + "/micro-grids");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return StreamSupport.stream(response.json().get("features").spliterator(), false)
                .filter(f -> code.equals(f.get("id").stringValue())).findFirst().orElseThrow().get("properties");
    }

    private JsonNode compound(String id) {
        return planner.get("/api/compounds/" + id).json().get("properties");
    }
}
