package org.gridatlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * Every GeoJSON endpoint answers clients that ask for plain JSON, as GDAL does
 * ({@code Accept: text/plain, application/json}); whoever asks for nothing in
 * particular or for GeoJSON still gets {@code application/geo+json}. Read from
 * the demo district, which every test run has.
 */
@GridAtlasIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlainJsonClientsIT {

    private static final String DEMO = "140105";

    @LocalServerPort
    int port;
    Api planner;
    List<String> geoJsonPaths;

    @BeforeAll
    void findOneOfEach() {
        planner = new Api(port).as(TestAccounts.PLANNER);
        JsonNode box = planner.get("/api/compounds/extent?districtCode=" + DEMO).json().get("bbox");
        String bbox = box.get(0).doubleValue() + "," + box.get(1).doubleValue() + ","
                + box.get(2).doubleValue() + "," + box.get(3).doubleValue();
        JsonNode compounds = planner.get("/api/compounds?bbox=" + bbox).json().get("features");
        JsonNode grids = planner.get("/api/grids?districtCode=" + DEMO).json().get("features");
        JsonNode problems = planner.get("/api/problems?bbox=" + bbox).json().get("features");
        assertThat(compounds.size()).as("the demo's compounds").isPositive();
        assertThat(grids.size()).as("the demo's grids").isPositive();
        assertThat(problems.size()).as("the demo's problems").isPositive();
        String grid = grids.get(0).get("id").stringValue();
        geoJsonPaths = List.of(
                "/api/compounds?bbox=" + bbox,
                "/api/compounds/" + compounds.get(0).get("id").stringValue(),
                "/api/grids?districtCode=" + DEMO,
                "/api/grids/" + grid,
                "/api/grids/" + grid + "/micro-grids",
                "/api/micro-grids?districtCode=" + DEMO,
                "/api/problems?bbox=" + bbox,
                "/api/problems/" + problems.get(0).get("id").stringValue(),
                "/api/areas?districtCode=" + DEMO + "&level=COMMUNITY",
                "/api/changes/compounds?districtCode=" + DEMO + "&from=2026-01-01&to=2026-12-31");
    }

    @Test
    void everyGeoJsonEndpointAnswersAPlainJsonClientWithJson() {
        for (String path : geoJsonPaths) {
            Api.Response response = planner.get(path, "Accept", "text/plain, application/json");

            assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
            assertThat(response.contentType()).as(path).startsWith("application/json");
            assertThat(response.json().get("type").stringValue()).as(path).isIn("FeatureCollection", "Feature");
        }
    }

    @Test
    void aClientAskingForGeoJsonOrForAnythingGetsGeoJson() {
        for (String path : geoJsonPaths) {
            assertThat(planner.get(path, "Accept", "application/geo+json").contentType()).as(path)
                    .startsWith("application/geo+json");
            assertThat(planner.get(path, "Accept", "*/*").contentType()).as(path).startsWith("application/geo+json");
        }
    }

    @Test
    void gdalReadsTheLayersStraightFromTheirAddresses() throws Exception {
        for (String path : geoJsonPaths.stream().filter(p -> p.contains("?")).toList()) {
            ProcessBuilder builder = new ProcessBuilder("ogrinfo", "-ro", "-so", "-al",
                    "GeoJSON:http://localhost:" + port + path).redirectErrorStream(true);
            builder.environment().put("GDAL_HTTP_AUTH", "BASIC");
            builder.environment().put("GDAL_HTTP_USERPWD", TestAccounts.PLANNER.username() + ":" + TestAccounts.PASSWORD);
            Process ogrinfo = builder.start();
            String report = new String(ogrinfo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(ogrinfo.waitFor(60, TimeUnit.SECONDS)).as(path).isTrue();

            assertThat(ogrinfo.exitValue()).as(path + "\n" + report).isZero();
            assertThat(report).as(path).contains("Feature Count: ").doesNotContain("Feature Count: 0\n");
        }
    }
}
