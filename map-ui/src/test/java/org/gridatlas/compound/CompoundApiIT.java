package org.gridatlas.compound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.StreamSupport;

import org.gridatlas.Api;
import org.gridatlas.TestAccounts;
import org.gridatlas.GridAtlasIntegrationTest;
import org.gridatlas.TestDistrict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/** Register a compound over HTTP and find it on the map; bad input changes nothing. */
@GridAtlasIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompoundApiIT {

    private static final TestDistrict AREA = new TestDistrict("140181", 112.30, 37.70);
    private static final String SQUARE = AREA.rectangle(0.0011, 0.0011, 0.002, 0.0015);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Api api;
    Api admin;
    Api officer;
    Api coordinator;
    Api planner;

    @BeforeAll
    void createTheDistrict() {
        api = new Api(port);
        admin = api.as(TestAccounts.ADMIN);
        officer = api.as(TestAccounts.OFFICER);
        coordinator = api.as(TestAccounts.COORDINATOR);
        planner = api.as(TestAccounts.PLANNER);
        AREA.create(api);
    }

    private long storedEvents() {
        return jdbc.sql("SELECT count(*) FROM eventstore.domain_event_entry").query(Long.class).single();
    }

    /** A complete registration with the given boundary, as raw text: it may hold what strict JSON does not. */
    private static String withBoundary(String boundary) {
        return """
                {"communityCode":"%s","name":"测试新村","address":"测试路1号","households":120,"buildings":4,
                 "units":12,"floorArea":8600.5,"yearBuilt":1995,"category":"OLD_COMPOUND","boundary":%s,
                 "management":{"mode":"UNMANAGED"},"gridCodes":["%s"],"reason":"2026年摸底排查"}"""
                .formatted(AREA.community(), boundary, AREA.grid(1));
    }

    /** A complete registration with one member replaced by {@code member: value}, or removed when value is null. */
    private static String body(String member, String value) {
        JsonNode tree = Api.JSON.readTree(withBoundary(SQUARE));
        var object = (tools.jackson.databind.node.ObjectNode) tree;
        if (member != null) {
            if (value == null) {
                object.remove(member);
            } else {
                object.set(member, Api.JSON.readTree(value));
            }
        }
        return object.toString();
    }

    private Api.Response register(String json) {
        return officer.post("/api/compounds", json,
                "X-Correlation-Id", "survey-2026-11");
    }

    @Test
    void aRegisteredCompoundAppearsInTheMapsGeoJson() {
        Api.Response created = register(body("name", "\"测试新村\""));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").stringValue();
        assertThat(created.header("Location")).isEqualTo("/api/compounds/" + id);

        String box = (AREA.west() - 0.01) + "," + (AREA.south() - 0.01) + "," + (AREA.west() + 0.02) + "," + (AREA.south() + 0.02);
        JsonNode feature = await().atMost(Duration.ofSeconds(20)).until(
                () -> featureWithId(planner.get("/api/compounds?bbox=" + box), id), f -> f != null);
        assertThat(feature.get("geometry").get("type").stringValue()).isEqualTo("Polygon");
        assertThat(feature.get("properties").get("name").stringValue()).isEqualTo("测试新村");
        assertThat(feature.get("properties").get("managementMode").stringValue()).isEqualTo("UNMANAGED");
        assertThat(feature.get("properties").get("households").intValue()).isEqualTo(120);
        assertThat(feature.get("properties").get("communityCode").stringValue()).isEqualTo(AREA.community());

        Api.Response one = planner.get("/api/compounds/" + id);
        assertThat(one.contentType()).startsWith("application/geo+json");
        JsonNode properties = one.json().get("properties");
        assertThat(properties.get("floorArea").decimalValue()).isEqualByComparingTo("8600.5");
        assertThat(properties.get("gridCodes").get(0).stringValue()).isEqualTo(AREA.grid(1));
        assertThat(properties.get("category").stringValue()).isEqualTo("OLD_COMPOUND");
    }

    @Test
    void theStoredEventSaysWhoWhyAndWhichRequest() {
        String id = register(body("name", "\"审计花园\"")).json().get("id").stringValue();

        JsonNode metadata = Api.JSON.readTree(jdbc.sql("""
                        SELECT convert_from(meta_data, 'UTF8') FROM eventstore.domain_event_entry
                        WHERE aggregate_identifier = :id""")
                .param("id", id).query(String.class).single());

        assertThat(metadata.get("user").stringValue()).as("the signed-in account").isEqualTo(TestAccounts.OFFICER.username());
        assertThat(metadata.get("userName").stringValue()).isEqualTo(TestAccounts.OFFICER.displayName());
        assertThat(metadata.get("reason").stringValue()).isEqualTo("2026年摸底排查");
        assertThat(metadata.get("correlationId").stringValue()).isEqualTo("survey-2026-11");
        assertThat(metadata.get("causationId").stringValue()).as("the command's id").isNotBlank();
    }

    @Test
    void theMapsGeoJsonIsReadableByGdal(@TempDir Path dir) throws Exception {
        Api.Response collection = planner.get("/api/compounds?bbox=112.2,37.6,112.9,37.9");
        assertThat(collection.contentType()).startsWith("application/geo+json");
        int features = collection.json().get("features").size();
        Path file = dir.resolve("compounds.geojson");
        Files.writeString(file, collection.body(), StandardCharsets.UTF_8);

        Process ogrinfo = new ProcessBuilder("ogrinfo", "-ro", "-so", "-al", file.toString())
                .redirectErrorStream(true).start();
        String report = new String(ogrinfo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(ogrinfo.waitFor()).as(report).isZero();
        assertThat(report).contains("Geometry: Polygon", "Feature Count: " + features, "managementMode: String");
        assertThat(features).isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            self-intersection       | {"type":"Polygon","coordinates":[[[112.31,37.71],[112.32,37.72],[112.32,37.71],[112.31,37.72],[112.31,37.71]]]} | boundary                        | self-intersecting
            unclosed ring           | {"type":"Polygon","coordinates":[[[112.31,37.71],[112.32,37.71],[112.32,37.72],[112.31,37.72]]]}                | boundary.coordinates[0]         | not closed
            fewer than four         | {"type":"Polygon","coordinates":[[[112.31,37.71],[112.32,37.71],[112.31,37.71]]]}                               | boundary.coordinates[0]         | at least four positions
            longitude out of range  | {"type":"Polygon","coordinates":[[[190,37.71],[112.32,37.71],[112.32,37.72],[190,37.71]]]}                      | boundary.coordinates[0][0][0]   | longitude must be between -180 and 180
            latitude out of range   | {"type":"Polygon","coordinates":[[[112.31,37.71],[112.32,95],[112.32,37.72],[112.31,37.71]]]}                   | boundary.coordinates[0][1][1]   | latitude must be between -90 and 90
            wrong GeoJSON type      | {"type":"Point","coordinates":[112.31,37.71]}                                                                    | boundary.type                   | must be "Polygon"
            NaN                     | {"type":"Polygon","coordinates":[[[112.31,37.71],[NaN,37.71],[112.32,37.72],[112.31,37.71]]]}                   | boundary.coordinates[0][1][0]   | longitude must be a finite number
            NaN as a string         | {"type":"Polygon","coordinates":[[[112.31,37.71],["NaN",37.71],[112.32,37.72],[112.31,37.71]]]}                 | boundary.coordinates[0][1][0]   | longitude must be a number
            """)
    void anInvalidBoundaryIsRejectedAndNothingIsStored(String label, String boundary, String field, String reason) {
        long before = storedEvents();

        Api.Response response = register(withBoundary(boundary));

        assertProblem(response, 400, field, reason);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing name          | name           |                      | 400 | name             | is required
            missing boundary      | boundary       |                      | 400 | boundary         | is required
            missing management    | management     |                      | 400 | management       | is required
            missing mode          | management     | {}                   | 400 | management.mode  | is required
            households not number | households     | "many"               | 400 | households       | must be a whole number
            unknown category      | category       | "CASTLE"             | 400 | category         | must be one of COMMERCIAL
            bad identifier        | compoundId     | "a b"                | 400 | compoundId       | must be 1 to 64 letters
            impossible date       | management     | {"mode":"MARKET_COMPANY","provider":"p","since":"2026-02-30","feeStance":"CHARGING"} | 400 | management.since | must be a date as YYYY-MM-DD
            negative households   | households     | -1                   | 422 | households       | households must be between 0
            unknown community     | communityCode  | "140181001999"       | 422 | communityCode    | no community with this code
            unknown grid          | gridCodes      | ["140181001001009"]  | 422 | gridCodes        | every grid must be a grid
            provider when unmanaged | management   | {"mode":"UNMANAGED","provider":"某公司"} | 422 | management.provider | an unmanaged compound has no provider
            """)
    void badInputIsRejectedNamingTheFieldAndNothingIsStored(String label, String member, String value, int status,
                                                           String field, String reason) {
        long before = storedEvents();

        Api.Response response = register(body(member, value));

        assertProblem(response, status, field, reason);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void malformedJsonIsRejected() {
        assertProblem(register("{\"name\":\"a\",\"boundary\":"), 400, "body", "is not valid JSON");
    }

    @Test
    void aMapRequestWithoutABoxIsRejected() {
        assertProblem(planner.get("/api/compounds"), 400, "bbox", "is required");
        assertProblem(planner.get("/api/compounds?bbox=112,37,x,38"), 400, "bbox", "'x' is not a number");
    }

    @Test
    void anUnknownCompoundIsNotFound() {
        Api.Response response = planner.get("/api/compounds/no-such-compound");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    static void assertProblem(Api.Response response, int status, String field, String reason) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("type").stringValue()).isEqualTo(status == 400
                ? "urn:gridatlas:problem:invalid-input" : "urn:gridatlas:problem:rule-broken");
        assertThat(problem.get("status").intValue()).isEqualTo(status);
        assertThat(problem.get("errors")).as(response.body()).anySatisfy(error -> {
            assertThat(error.get("field").stringValue()).isEqualTo(field);
            assertThat(error.get("reason").stringValue()).contains(reason);
        });
    }

    private static JsonNode featureWithId(Api.Response collection, String id) {
        return StreamSupport.stream(collection.json().get("features").spliterator(), false)
                .filter(f -> id.equals(f.get("id").stringValue()))
                .findFirst().orElse(null);
    }
}
