package org.gridatlas.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;

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
 * A coordinator splits, reshapes, merges and retires micro-grids and names
 * their people through the operation endpoints, each stored as its own event;
 * a dry run answers with what would change and stores nothing, and a broken
 * rule answers with the rule and the offending piece, where it is.
 */
@GridAtlasIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MicroGridEditIT {

    private static final TestDistrict EDITED = new TestDistrict("140301", 112.60, 36.30);
    private static final TestDistrict REJECTED = new TestDistrict("140302", 112.60, 36.20);
    private static final TestDistrict DRY = new TestDistrict("140303", 112.60, 36.10);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore events;
    Api coordinator;
    Api planner;

    @BeforeAll
    void createTheDistricts() {
        Api api = new Api(port);
        coordinator = api.as(TestAccounts.COORDINATOR);
        planner = api.as(TestAccounts.PLANNER);
        for (TestDistrict district : List.of(EDITED, REJECTED, DRY)) {
            district.create(api);
            Api.Response divided = coordinator.put("/api/grids/" + district.grid(1) + "/micro-grids",
                    "{\"microGrids\":[" + microGrid(district, "01", "西片", district.rectangle(0, 0, 0.003, 0.005))
                            + "," + microGrid(district, "02", "东片", district.rectangle(0.003, 0, 0.003, 0.005))
                            + "],\"reason\":\"初次划分\"}");
            assertThat(divided.status()).as(divided.body()).isEqualTo(200);
        }
    }

    private static String microGrid(TestDistrict district, String suffix, String name, String boundary) {
        return "{\"microGridCode\":\"" + district.grid(1) + suffix + "\",\"name\":\"" + name + "\",\"boundary\":" + boundary + "}";
    }

    private static String line(TestDistrict district, double... offsets) {
        return district.line(offsets);
    }

    private long storedEvents() {
        return jdbc.sql("SELECT count(*) FROM eventstore.domain_event_entry").query(Long.class).single();
    }

    private String lastEventType(String gridCode) {
        return jdbc.sql("SELECT payload_type FROM eventstore.domain_event_entry WHERE aggregate_identifier = :id "
                + "ORDER BY sequence_number DESC LIMIT 1").param("id", gridCode).query(String.class).single();
    }

    private static Api.Response ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response;
    }

    private static JsonNode rejected(Api.Response response, int status, String rule) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"" + rule + "\"");
        return response.json();
    }

    private static String codes(JsonNode array) {
        StringBuilder joined = new StringBuilder();
        array.forEach(code -> joined.append(joined.isEmpty() ? "" : ",").append(code.stringValue()));
        return joined.toString();
    }

    @Test
    void splitMoveMergeRetireAndNamePeopleEachStoreTheirOwnEvent() {
        String grid = EDITED.grid(1);
        String base = "/api/grids/" + grid + "/micro-grids/";
        // a cut across the west micro-grid at half height ends on its shared edge with the east one
        String cut = line(EDITED, -0.001, 0.0025, 0.003, 0.0025);

        long before = storedEvents();
        Api.Response split = ok(coordinator.post(base + grid + "01/split",
                "{\"line\":" + cut + ",\"parts\":[{\"microGridCode\":\"" + grid + "03\",\"name\":\"西南片\",\"helpers\":[\"赵辅助员\"]},"
                        + "{\"microGridCode\":\"" + grid + "04\",\"name\":\"西北片\"}],\"reason\":\"按楼栋拆分西片\"}"));
        // drawn at version 0, divided at 1
        long version = split.json().get("version").longValue();
        assertThat(version).isEqualTo(2);
        assertThat(storedEvents()).isEqualTo(before + 1);
        assertThat(lastEventType(grid)).endsWith("MicroGridSplitEvent");

        // 03 lies south of 04: the cut runs east–west, so the parts are named south to north
        String edge = line(EDITED, 0, 0.0025, 0.0015, 0.003, 0.003, 0.0025);
        ok(coordinator.put(base + grid + "03/shared-edges/" + grid + "04",
                "{\"edge\":" + edge + ",\"reason\":\"南片多含一栋楼\",\"expectedVersion\":" + version + "}"));
        assertThat(lastEventType(grid)).endsWith("SharedEdgeMovedEvent");

        ok(coordinator.post(base + "merge", "{\"microGridCodes\":[\"" + grid + "03\",\"" + grid + "04\"],"
                + "\"merged\":{\"microGridCode\":\"" + grid + "05\",\"name\":\"西片\"},\"reason\":\"人手不足，合并\"}"));
        assertThat(lastEventType(grid)).endsWith("MicroGridsMergedEvent");

        ok(coordinator.post(base + grid + "05/retire", "{\"neighbourCode\":\"" + grid + "02\",\"reason\":\"并入东片\"}"));
        assertThat(lastEventType(grid)).endsWith("MicroGridRetiredEvent");

        Api.Response people = ok(coordinator.put(base + grid + "02/people", "{\"helpers\":[\"孙辅助员\"],"
                + "\"buildingLeaders\":[{\"name\":\"王楼长\",\"phone\":\"138-0000-0000\",\"building\":\"3号楼\"}],"
                + "\"unitLeaders\":[{\"name\":\"李单元长\",\"building\":\"3号楼2单元\"}],\"reason\":\"新任楼栋长\"}"));
        assertThat(people.json().get("version").longValue()).isEqualTo(version + 4);
        assertThat(storedEvents()).isEqualTo(before + 5);

        // the read side follows: one micro-grid left with its people, the old codes' lineage leading to it
        ReadModel.awaitUpToDate(processing, events);
        assertThat(planner.get("/api/grids/" + grid).json().get("properties").get("version").longValue()).isEqualTo(version + 4);
        JsonNode features = planner.get("/api/grids/" + grid + "/micro-grids").json().get("features");
        assertThat(features).extracting(f -> f.get("id").stringValue()).containsExactly(grid + "02");
        JsonNode east = features.get(0).get("properties");
        assertThat(codes(east.get("helpers"))).isEqualTo("孙辅助员");
        assertThat(east.get("buildingLeaders").get(0).get("name").stringValue()).isEqualTo("王楼长");
        assertThat(east.get("buildingLeaders").get(0).get("phone").stringValue()).isEqualTo("138-0000-0000");
        assertThat(east.get("unitLeaders").get(0).get("building").stringValue()).isEqualTo("3号楼2单元");
        JsonNode west = planner.get("/api/micro-grids/" + grid + "01/lineage").json();
        assertThat(west.get("current").booleanValue()).isFalse();
        assertThat(codes(west.get("replacedBy"))).isEqualTo(grid + "03," + grid + "04");
        JsonNode merged = planner.get("/api/micro-grids/" + grid + "05/lineage").json();
        assertThat(merged.get("steps")).extracting(s -> s.get("operation").stringValue()).containsExactly("REDRAW", "SPLIT", "MOVE_SHARED_EDGE", "MERGE", "RETIRE");
        assertThat(codes(merged.get("cameFrom"))).isEqualTo(grid + "03," + grid + "04");

                // 02 now covers the whole grid: a dry-run split shows it as it stands
        JsonNode whole = ok(coordinator.post(base + grid + "02/split?dryRun=true",
                "{\"line\":" + line(EDITED, 0.003, -0.001, 0.003, 0.006) + ",\"parts\":[{\"microGridCode\":\"" + grid
                        + "06\",\"name\":\"甲\"},{\"microGridCode\":\"" + grid + "07\",\"name\":\"乙\"}]}")).json();
        double area = 0;
        for (JsonNode feature : whole.get("microGrids").get("features")) {
            JsonNode ring = feature.get("geometry").get("coordinates").get(0);
            assertThat(ring.get(0).get(0).doubleValue()).isBetween(EDITED.west() - 1e-9, EDITED.west() + 0.006 + 1e-9);
            area += shoelace(ring);
        }
        assertThat(area).isCloseTo(0.006 * 0.005, within(1e-10));

        JsonNode reused = rejected(coordinator.put("/api/grids/" + grid + "/micro-grids",
                "{\"microGrids\":[" + microGrid(EDITED, "01", "旧码", EDITED.gridBoundary(1)) + "],\"reason\":\"复用旧码\"}"),
                422, "micro-grid-code-retired");
        assertThat(reused.get("detail").stringValue()).contains(grid + "01");
        rejected(coordinator.post(base + grid + "02/split", "{\"line\":" + line(EDITED, 0.003, -0.001, 0.003, 0.006)
                + ",\"parts\":[{\"microGridCode\":\"" + grid + "03\",\"name\":\"甲\"},{\"microGridCode\":\"" + grid
                + "08\",\"name\":\"乙\"}],\"reason\":\"复用旧码\"}"), 422, "micro-grid-code-used");
        assertThat(storedEvents()).isEqualTo(before + 5);
    }

    private static boolean hasPosition(JsonNode ring, double lon, double lat) {
        for (JsonNode position : ring) {
            if (Math.abs(position.get(0).doubleValue() - lon) < 1e-9 && Math.abs(position.get(1).doubleValue() - lat) < 1e-9) {
                return true;
            }
        }
        return false;
    }

    private static double shoelace(JsonNode ring) {
        double twice = 0;
        for (int i = 0; i + 1 < ring.size(); i++) {
            twice += ring.get(i).get(0).doubleValue() * ring.get(i + 1).get(1).doubleValue()
                    - ring.get(i + 1).get(0).doubleValue() * ring.get(i).get(1).doubleValue();
        }
        return Math.abs(twice / 2);
    }

    @Test
    void aDryRunAnswersWithTheChangedMicroGridsAndStoresNothing() {
        String grid = DRY.grid(1);
        String body = "{\"line\":" + line(DRY, -0.001, 0.0025, 0.003, 0.0025) + ",\"parts\":[{\"microGridCode\":\"" + grid
                + "03\",\"name\":\"西南片\",\"helpers\":[\"赵辅助员\"]},{\"microGridCode\":\"" + grid + "04\",\"name\":\"西北片\"}]}";
        long before = storedEvents();

        JsonNode outcome = ok(coordinator.post("/api/grids/" + grid + "/micro-grids/" + grid + "01/split?dryRun=true", body)).json();

        assertThat(storedEvents()).isEqualTo(before);
        assertThat(outcome.get("dryRun").booleanValue()).isTrue();
        assertThat(codes(outcome.get("before"))).isEqualTo(grid + "01");
        assertThat(codes(outcome.get("after"))).isEqualTo(grid + "03," + grid + "04");
        JsonNode features = outcome.get("microGrids").get("features");
        assertThat(outcome.get("microGrids").get("type").stringValue()).isEqualTo("FeatureCollection");
        // the east neighbour gains the cut's end as a vertex, so it changes too
        assertThat(features).extracting(f -> f.get("id").stringValue()).containsExactly(grid + "03", grid + "04", grid + "02");
        assertThat(features.get(0).get("properties").get("name").stringValue()).isEqualTo("西南片");
        assertThat(features.get(0).get("properties").get("helpers").get(0).stringValue()).isEqualTo("赵辅助员");
        assertThat(hasPosition(features.get(2).get("geometry").get("coordinates").get(0), DRY.west() + 0.003, DRY.south() + 0.0025))
                .isTrue();

        rejected(coordinator.post("/api/grids/" + grid + "/micro-grids/" + grid + "01/split", body), 422, "reason-required");
        ok(coordinator.post("/api/grids/" + grid + "/micro-grids/" + grid + "01/retire?dryRun=true",
                "{\"neighbourCode\":\"" + grid + "02\"}"));
        ok(coordinator.post("/api/grids/" + grid + "/micro-grids/merge?dryRun=true",
                "{\"microGridCodes\":[\"" + grid + "01\",\"" + grid + "02\"],\"merged\":{\"microGridCode\":\"" + grid + "09\",\"name\":\"全\"}}"));
        ok(coordinator.put("/api/grids/" + grid + "/micro-grids/" + grid + "01/shared-edges/" + grid + "02?dryRun=true",
                "{\"edge\":" + line(DRY, 0.003, 0, 0.002, 0.0025, 0.003, 0.005) + "}"));
        assertThat(storedEvents()).isEqualTo(before);
        JsonNode misspelt = rejected(coordinator.post("/api/grids/" + grid + "/micro-grids/" + grid + "01/retire?dry=true",
                "{\"neighbourCode\":\"" + grid + "02\"}"), 400, "dry");
        assertThat(misspelt.toString()).contains("dryRun");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void anOverlapIsReportedWhereItIsWithItsArea() {
        String grid = REJECTED.grid(2);
        long before = storedEvents();
        // the west part reaches 0.0005° into the east one: a strip of about 45 m × 556 m
        JsonNode problem = rejected(coordinator.put("/api/grids/" + grid + "/micro-grids", "{\"microGrids\":["
                + "{\"microGridCode\":\"" + grid + "01\",\"name\":\"西\",\"boundary\":" + REJECTED.rectangle(0.006, 0, 0.0035, 0.005) + "},"
                + "{\"microGridCode\":\"" + grid + "02\",\"name\":\"东\",\"boundary\":" + REJECTED.rectangle(0.009, 0, 0.003, 0.005) + "}"
                + "],\"reason\":\"重新划分\"}"), 400, "micro-grids-overlap");

        JsonNode error = problem.get("errors").get(0);
        assertThat(error.get("rule").stringValue()).isEqualTo("micro-grids-overlap");
        assertThat(error.get("reason").stringValue()).contains(grid + "02");
        assertThat(error.get("geometry").get("type").stringValue()).isEqualTo("Polygon");
        for (JsonNode position : error.get("geometry").get("coordinates").get(0)) {
            assertThat(position.get(0).doubleValue()).isBetween(REJECTED.west() + 0.009 - 1e-9, REJECTED.west() + 0.0095 + 1e-9);
        }
        double expected = 0.0005 * 0.005 * 111_320 * 111_320 * Math.cos(Math.toRadians(REJECTED.south() + 0.0025));
        assertThat(error.get("areaSquareMetres").doubleValue()).isCloseTo(expected, within(expected * 0.01));
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aSplitLineThatMissesIsRefusedWithItsRule() {
        String grid = REJECTED.grid(1);
        String body = "{\"line\":" + line(REJECTED, 0.0045, -0.001, 0.0045, 0.006) + ",\"parts\":[{\"microGridCode\":\"" + grid
                + "03\",\"name\":\"甲\"},{\"microGridCode\":\"" + grid + "04\",\"name\":\"乙\"}],\"reason\":\"拆分\"}";
        long before = storedEvents();

        JsonNode problem = rejected(coordinator.post("/api/grids/" + grid + "/micro-grids/" + grid + "01/split", body),
                400, "split-line-must-cross");
        rejected(coordinator.post("/api/grids/" + grid + "/micro-grids/" + grid + "01/split?dryRun=true", body),
                400, "split-line-must-cross");
        assertThat(problem.get("errors").get(0).get("field").stringValue()).isEqualTo("line");

        JsonNode dangling = rejected(coordinator.post("/api/grids/" + grid + "/micro-grids/" + grid + "01/split",
                body.replace(line(REJECTED, 0.0045, -0.001, 0.0045, 0.006), line(REJECTED, 0.0015, -0.001, 0.0015, 0.002))),
                400, "split-line-must-end-outside");
        assertThat(dangling.get("errors").get(0).get("geometry").get("type").stringValue()).isEqualTo("Point");
        rejected(coordinator.post("/api/grids/" + grid + "/micro-grids/" + grid + "01/split",
                body.replace(line(REJECTED, 0.0045, -0.001, 0.0045, 0.006), "{\"type\":\"LineString\",\"coordinates\":[[1,2],[3,4]]}")),
                400, "line.coordinates[0]");
        rejected(coordinator.post("/api/grids/" + grid + "/micro-grids/" + grid + "01/retire",
                "{\"neighbourCode\":\"" + grid + "01\",\"reason\":\"自己\"}"), 422, "micro-grid-neighbour-distinct");
        rejected(coordinator.post("/api/grids/" + grid + "/micro-grids/" + grid + "09/retire",
                "{\"neighbourCode\":\"" + grid + "01\",\"reason\":\"无此微网格\"}"), 422, "micro-grid-unknown");
        assertThat(storedEvents()).isEqualTo(before);
    }
}
