package org.gridatlas.compound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.StreamSupport;

import org.gridatlas.Api;
import org.gridatlas.GridAtlasIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/** Register a compound over HTTP and find it on the map; bad input changes nothing. */
@GridAtlasIntegrationTest
class CompoundApiIT {

    /** A compound in the demo district's south-west, clear of the demo lattice. */
    private static final String SQUARE = """
            {"type":"Polygon","coordinates":[[[112.5101,37.7101],[112.5121,37.7101],[112.5121,37.7116],[112.5101,37.7116],[112.5101,37.7101]]]}""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    private long storedEvents() {
        return jdbc.sql("SELECT count(*) FROM eventstore.domain_event_entry").query(Long.class).single();
    }

    private static String body(String name, String boundary, String households, String mode) {
        return "{\"name\":" + name + ",\"boundary\":" + boundary + ",\"households\":" + households
                + ",\"managementMode\":" + mode + ",\"reason\":\"2026年摸底排查\"}";
    }

    private Api.Response register(String name) {
        return api.post("/api/compounds", body("\"" + name + "\"", SQUARE, "120", "\"UNMANAGED\""),
                "X-GridAtlas-User", URLEncoder.encode("李网格员", StandardCharsets.UTF_8),
                "X-Correlation-Id", "survey-2026-11");
    }

    @Test
    void aRegisteredCompoundAppearsInTheMapsGeoJson() {
        Api.Response created = register("测试新村");

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("compoundId").stringValue();
        assertThat(created.header("Location")).isEqualTo("/api/compounds/" + id);

        JsonNode feature = await().atMost(Duration.ofSeconds(10)).until(
                () -> featureWithId(api.get("/api/compounds?bbox=112.50,37.70,112.52,37.72"), id), f -> f != null);
        assertThat(feature.get("geometry").get("type").stringValue()).isEqualTo("Polygon");
        assertThat(feature.get("properties").get("name").stringValue()).isEqualTo("测试新村");
        assertThat(feature.get("properties").get("managementMode").stringValue()).isEqualTo("UNMANAGED");
        assertThat(feature.get("properties").get("households").intValue()).isEqualTo(120);
        assertThat(feature.get("geometry").get("coordinates").get(0).get(0).get(0).doubleValue()).isEqualTo(112.5101);

        Api.Response one = api.get("/api/compounds/" + id);
        assertThat(one.contentType()).startsWith("application/geo+json");
        assertThat(one.json().get("id").stringValue()).isEqualTo(id);
    }

    @Test
    void theStoredEventSaysWhoWhyAndWhichRequest() {
        String id = register("审计花园").json().get("compoundId").stringValue();

        JsonNode metadata = Api.JSON.readTree(jdbc.sql("""
                        SELECT convert_from(meta_data, 'UTF8') FROM eventstore.domain_event_entry
                        WHERE aggregate_identifier = :id""")
                .param("id", id).query(String.class).single());

        assertThat(metadata.get("user").stringValue()).isEqualTo("李网格员");
        assertThat(metadata.get("reason").stringValue()).isEqualTo("2026年摸底排查");
        assertThat(metadata.get("correlationId").stringValue()).isEqualTo("survey-2026-11");
        assertThat(metadata.get("causationId").stringValue()).as("the command's id").isNotBlank();
    }

    @Test
    void theMapsGeoJsonIsReadableByGdal(@TempDir Path dir) throws Exception {
        Api.Response collection = api.get("/api/compounds?bbox=112.4,37.6,112.7,37.9");
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
            self-intersection       | {"type":"Polygon","coordinates":[[[112.51,37.71],[112.52,37.72],[112.52,37.71],[112.51,37.72],[112.51,37.71]]]} | boundary                        | self-intersecting
            unclosed ring           | {"type":"Polygon","coordinates":[[[112.51,37.71],[112.52,37.71],[112.52,37.72],[112.51,37.72]]]}                | boundary.coordinates[0]         | not closed
            fewer than four         | {"type":"Polygon","coordinates":[[[112.51,37.71],[112.52,37.71],[112.51,37.71]]]}                               | boundary.coordinates[0]         | at least four positions
            longitude out of range  | {"type":"Polygon","coordinates":[[[190,37.71],[112.52,37.71],[112.52,37.72],[190,37.71]]]}                      | boundary.coordinates[0][0][0]   | longitude must be between -180 and 180
            latitude out of range   | {"type":"Polygon","coordinates":[[[112.51,37.71],[112.52,95],[112.52,37.72],[112.51,37.71]]]}                   | boundary.coordinates[0][1][1]   | latitude must be between -90 and 90
            wrong GeoJSON type      | {"type":"Point","coordinates":[112.51,37.71]}                                                                    | boundary.type                   | must be "Polygon"
            NaN                     | {"type":"Polygon","coordinates":[[[112.51,37.71],[NaN,37.71],[112.52,37.72],[112.51,37.71]]]}                   | boundary.coordinates[0][1][0]   | longitude must be a finite number
            NaN as a string         | {"type":"Polygon","coordinates":[[[112.51,37.71],["NaN",37.71],[112.52,37.72],[112.51,37.71]]]}                 | boundary.coordinates[0][1][0]   | longitude must be a number
            """)
    void anInvalidBoundaryIsRejectedAndNothingIsStored(String label, String boundary, String field, String reason) {
        long before = storedEvents();

        Api.Response response = api.post("/api/compounds", body("\"坏边界\"", boundary, "10", "\"UNMANAGED\""));

        assertProblem(response, field, reason);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing name          | {"boundary":%s,"households":10,"managementMode":"UNMANAGED"}               | name            | is required
            missing boundary      | {"name":"a","households":10,"managementMode":"UNMANAGED"}                  | boundary        | is required
            negative households   | {"name":"a","boundary":%s,"households":-1,"managementMode":"UNMANAGED"}    | households      | must be greater than or equal to 0
            households not number | {"name":"a","boundary":%s,"households":"many","managementMode":"UNMANAGED"} | households      | must be a number
            unknown mode          | {"name":"a","boundary":%s,"households":10,"managementMode":"OWNERLESS"}     | managementMode  | must be one of MARKET_COMPANY
            malformed JSON        | {"name":"a","boundary":                                                      | body            | is not valid JSON
            """)
    void badInputIsRejectedNamingTheFieldAndNothingIsStored(String label, String template, String field, String reason) {
        long before = storedEvents();

        Api.Response response = api.post("/api/compounds", template.replace("%s", SQUARE));

        assertProblem(response, field, reason);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aMapRequestWithoutABoxIsRejected() {
        assertProblem(api.get("/api/compounds"), "bbox", "is required");
        assertProblem(api.get("/api/compounds?bbox=112,37,x,38"), "bbox", "'x' is not a number");
    }

    @Test
    void anUnknownCompoundIsNotFound() {
        Api.Response response = api.get("/api/compounds/no-such-compound");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private static void assertProblem(Api.Response response, String field, String reason) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("type").stringValue()).isEqualTo("urn:gridatlas:problem:invalid-input");
        assertThat(problem.get("status").intValue()).isEqualTo(400);
        assertThat(problem.get("errors")).anySatisfy(error -> {
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
