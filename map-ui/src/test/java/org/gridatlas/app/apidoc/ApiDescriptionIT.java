package org.gridatlas.app.apidoc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gridatlas.Api;
import org.gridatlas.GridAtlasIntegrationTest;
import org.gridatlas.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** The OpenAPI document at /v3/api-docs as a client generator or a reader of the Swagger UI gets it. */
@GridAtlasIntegrationTest
class ApiDescriptionIT {

    @LocalServerPort
    int port;

    private JsonNode openApi;

    @BeforeEach
    void readTheDocument() {
        Api.Response response = new Api(port).as(TestAccounts.ADMIN).get("/v3/api-docs");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        openApi = response.json();
    }

    @Test
    void theDocumentNamesTheApiAndTheVersionMavenBuilt() {
        // Set by failsafe from the pom's ${project.version}, so the test does not read the version from the application itself.
        String built = System.getProperty("gridatlas.project-version");
        assertThat(built).as("failsafe passes gridatlas.project-version").isNotBlank();

        JsonNode info = openApi.get("info");
        assertThat(info.get("title").asString()).isEqualTo("GridAtlas 网格图谱 API");
        assertThat(info.get("version").asString()).isEqualTo(built);
        assertThat(info.get("description").asString()).contains("RFC 9457", "grants");
    }

    @Test
    void parametersAnOperationCannotDoWithoutAreMarkedRequired() {
        assertThat(parameter("/api/statistics/compounds", "districtCode").get("required").asBoolean()).isTrue();
        assertThat(parameter("/api/statistics/compounds", "areaCode").path("required").asBoolean(false)).isFalse();
        // Declared optional in Java only so that a missing box is refused with the box's own rule.
        assertThat(parameter("/api/compounds", "bbox").get("required").asBoolean()).isTrue();
        assertThat(parameter("/api/problems", "bbox").get("required").asBoolean()).isTrue();
        // A box or an area: either filter alone is enough.
        assertThat(parameter("/api/grids", "bbox").path("required").asBoolean(false)).isFalse();
        assertThat(parameter("/api/campaigns/{campaignId}/trend", "campaignId").get("required").asBoolean()).isTrue();
    }

    @Test
    void everyParameterOfEveryReadIsDescribedAndTyped() {
        List<String> undescribed = new ArrayList<>();
        int parameters = 0;
        for (Map.Entry<String, JsonNode> path : openApi.get("paths").properties()) {
            JsonNode get = path.getValue().get("get");
            if (!path.getKey().startsWith("/api/") || get == null) {
                continue;
            }
            for (JsonNode p : get.path("parameters")) {
                parameters++;
                String name = "GET " + path.getKey() + " " + p.get("in").asString() + " " + p.get("name").asString();
                if (p.path("description").asString("").isBlank()) {
                    undescribed.add(name + ": no description");
                }
                if (p.path("schema").path("type").asString("").isBlank() && !p.path("schema").has("$ref")) {
                    undescribed.add(name + ": no schema type");
                }
                if (p.get("in").asString().equals("path") && !p.path("required").asBoolean(false)) {
                    undescribed.add(name + ": a path parameter not marked required");
                }
            }
        }
        assertThat(parameters).as("GET parameters under /api").isGreaterThan(50);
        assertThat(undescribed).isEmpty();
    }

    private JsonNode parameter(String path, String name) {
        for (JsonNode p : openApi.get("paths").get(path).get("get").get("parameters")) {
            if (p.get("name").asString().equals(name)) {
                return p;
            }
        }
        throw new AssertionError("GET " + path + " has no parameter " + name);
    }
}
