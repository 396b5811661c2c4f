package org.gridatlas.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.gridatlas.Api;
import org.gridatlas.GridAtlasIntegrationTest;
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
 * OGC API – Features as the standard's requirements put it (Part 1 core,
 * GeoJSON, HTML; Part 2 CRS; queryables), checked leniently: the keys and
 * links a client relies on, not every byte. A district of its own (140501)
 * gives known answers, also as it was before its changes.
 */
@GridAtlasIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OgcApiFeaturesIT {

    private static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    private static final String EPSG_4326 = "http://www.opengis.net/def/crs/EPSG/0/4326";
    private static final String EPSG_4490 = "http://www.opengis.net/def/crs/EPSG/0/4490";
    private static final String EPSG_3857 = "http://www.opengis.net/def/crs/EPSG/0/3857";
    private static final List<String> COLLECTIONS = List.of("compounds", "grids", "micro-grids", "sub-districts",
            "communities", "party-organisations");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    Api planner;
    OgcDistrict district;

    @BeforeAll
    void enterTheDistrict() {
        Api api = new Api(port);
        planner = api.as(TestAccounts.PLANNER);
        district = new OgcDistrict(new TestDistrict("140501", 112.95, 37.35)).enter(api);
    }

    private JsonNode read(String path) {
        Api.Response response = district.get(planner, path);
        assertThat(response.status()).as(path + " " + response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> rels(JsonNode links) {
        List<String> rels = new ArrayList<>();
        links.forEach(l -> rels.add(l.get("rel").stringValue()));
        return rels;
    }

    private static String href(JsonNode links, String rel) {
        for (JsonNode link : links) {
            if (link.get("rel").stringValue().equals(rel)) {
                return link.get("href").stringValue();
            }
        }
        return null;
    }

    private String items(String query) {
        return "/ogc/collections/compounds/items?districtCode=" + district.area.code() + query;
    }

    @Test
    void theLandingPageLinksTheDefinitionTheConformanceAndTheData() {
        JsonNode landing = read("/ogc");
        assertThat(landing.get("title").stringValue()).isNotBlank();
        assertThat(rels(landing.get("links"))).contains("self", "service-desc", "conformance", "data");

        Api.Response api = planner.get("/ogc/api");
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.contentType()).startsWith("application/vnd.oai.openapi+json");
        JsonNode definition = api.json();
        assertThat(definition.get("openapi").stringValue()).startsWith("3.0");
        assertThat(definition.get("servers").get(0).get("url").stringValue()).endsWith("/ogc");
        assertThat(definition.get("paths").propertyNames()).contains("/", "/conformance", "/collections",
                "/collections/{collectionId}", "/collections/{collectionId}/items",
                "/collections/{collectionId}/items/{featureId}", "/collections/{collectionId}/queryables");

        assertThat(read("/ogc/conformance").get("conformsTo").toString()).contains(
                "ogcapi-features-1/1.0/conf/core", "ogcapi-features-1/1.0/conf/geojson",
                "ogcapi-features-1/1.0/conf/html", "ogcapi-features-1/1.0/conf/oas30", "ogcapi-features-2/1.0/conf/crs");
    }

    @Test
    void everyCollectionSaysItsCrssAndLinksItsItemsAndQueryables() {
        JsonNode collections = read("/ogc/collections");
        assertThat(rels(collections.get("links"))).contains("self");
        List<String> ids = new ArrayList<>();
        collections.get("collections").forEach(c -> ids.add(c.get("id").stringValue()));
        assertThat(ids).containsExactlyElementsOf(COLLECTIONS);
        for (String id : COLLECTIONS) {
            JsonNode collection = read("/ogc/collections/" + id);
            assertThat(collection.get("itemType").stringValue()).isEqualTo("feature");
            assertThat(collection.get("storageCrs").stringValue()).isEqualTo(CRS84);
            assertThat(collection.get("crs").toString()).contains(CRS84, EPSG_4326, EPSG_4490, EPSG_3857);
            assertThat(rels(collection.get("links"))).contains("self", "items",
                    "http://www.opengis.net/def/rel/ogc/1.0/queryables");
            JsonNode queryables = read("/ogc/collections/" + id + "/queryables");
            assertThat(queryables.get("type").stringValue()).isEqualTo("object");
            assertThat(queryables.get("$schema").stringValue()).contains("json-schema.org");
            assertThat(queryables.get("properties").propertyNames()).as(id).contains("districtCode");
            JsonNode page = read("/ogc/collections/" + id + "/items?limit=1");
            assertThat(page.get("type").stringValue()).isEqualTo("FeatureCollection");
            assertThat(page.has("timeStamp") && page.has("numberReturned")).as(id).isTrue();
        }
        assertThat(read("/ogc/collections/compounds/queryables").get("properties").get("managementMode").get("enum")
                .toString()).contains("UNMANAGED", "MARKET_COMPANY");
    }

    @Test
    void queryablesFilterAndPagesLinkOnCarryingEveryOtherParameter() {
        JsonNode all = read(items(""));
        assertThat(all.get("numberMatched").intValue()).isEqualTo(3);
        JsonNode unmanaged = read(items("&managementMode=UNMANAGED"));
        assertThat(unmanaged.get("numberMatched").intValue()).isEqualTo(1);
        assertThat(unmanaged.get("features").get(0).get("id").stringValue()).isEqualTo(district.c);

        List<String> seen = new ArrayList<>();
        String next = items("&limit=1");
        int pages = 0;
        while (next != null) {
            JsonNode page = read(next.replaceFirst("^https?://[^/]+", ""));
            assertThat(page.get("numberReturned").intValue()).isEqualTo(1);
            page.get("features").forEach(f -> seen.add(f.get("id").stringValue()));
            if (pages > 0) {
                assertThat(href(page.get("links"), "prev")).contains("offset=" + (pages - 1));
            }
            next = href(page.get("links"), "next");
            if (next != null) {
                assertThat(next).contains("districtCode=" + district.area.code(), "limit=1");
            }
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactly(district.a, district.b, district.c);
    }

    @Test
    void aSingleFeatureAndA404ProblemForAnUnknownOne() {
        JsonNode one = read("/ogc/collections/compounds/items/" + district.a);
        assertThat(one.get("type").stringValue()).isEqualTo("Feature");
        assertThat(one.get("properties").get("managementMode").stringValue()).isEqualTo("STATE_OWNED_FALLBACK");
        Api.Response missing = planner.get("/ogc/collections/compounds/items/no-such-compound");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(planner.get("/ogc/collections/no-such-layer").status()).isEqualTo(404);
        JsonNode organisation = read("/ogc/collections/party-organisations/items/" + district.branch);
        assertThat(organisation.get("geometry").get("type").stringValue()).isEqualTo("MultiPolygon");
        assertThat(organisation.get("properties").get("gridCodes").stringValue()).isEqualTo(district.area.grid(2));
    }

    @Test
    void latitudeFirstCrssSwapTheAxesAndWebMercatorIsWhatPostgisTransformsTo() {
        String path = "/ogc/collections/compounds/items/" + district.a;
        Api.Response lonLat = district.get(planner, path);
        assertThat(lonLat.header("Content-Crs")).isEqualTo("<" + CRS84 + ">");
        JsonNode corner = lonLat.json().get("geometry").get("coordinates").get(0).get(0);
        for (String latFirst : List.of(EPSG_4326, EPSG_4490)) {
            Api.Response swapped = district.get(planner, path + "?crs=" + latFirst);
            assertThat(swapped.header("Content-Crs")).isEqualTo("<" + latFirst + ">");
            JsonNode point = swapped.json().get("geometry").get("coordinates").get(0).get(0);
            assertThat(point.get(0).doubleValue()).isCloseTo(corner.get(1).doubleValue(), org.assertj.core.data.Offset.offset(1e-6));
            assertThat(point.get(1).doubleValue()).isCloseTo(corner.get(0).doubleValue(), org.assertj.core.data.Offset.offset(1e-6));
        }
        JsonNode mercator = district.get(planner, path + "?crs=" + EPSG_3857).json().get("geometry").get("coordinates")
                .get(0).get(0);
        Map<String, Object> expected = jdbc.sql("SELECT ST_X(p) AS x, ST_Y(p) AS y FROM (SELECT ST_Transform("
                        + "ST_SetSRID(ST_MakePoint(:lon, :lat), 4326), 3857) AS p) t")
                .param("lon", corner.get(0).doubleValue()).param("lat", corner.get(1).doubleValue()).query().singleRow();
        assertThat(mercator.get(0).doubleValue()).isCloseTo((Double) expected.get("x"), org.assertj.core.data.Offset.offset(0.01));
        assertThat(mercator.get(1).doubleValue()).isCloseTo((Double) expected.get("y"), org.assertj.core.data.Offset.offset(0.01));
        assertThat(mercator.get(0).doubleValue()).isGreaterThan(1e7);

        double[] box = district.box();
        String lonFirst = box[0] + "," + box[1] + "," + box[2] + "," + box[3];
        String latFirstBox = box[1] + "," + box[0] + "," + box[3] + "," + box[2];
        assertThat(read(items("&bbox=" + lonFirst)).get("numberMatched").intValue()).isEqualTo(3);
        assertThat(read(items("&bbox=" + latFirstBox + "&bbox-crs=" + EPSG_4326)).get("numberMatched").intValue())
                .isEqualTo(3);
        assertThat(read(items("&bbox=" + latFirstBox)).get("numberMatched").intValue())
                .as("the same numbers read lon-first lie elsewhere").isZero();
    }

    @Test
    void datetimeReadsEveryCollectionAsItWas() {
        Map<String, String> april = modes("&datetime=2026-04-30");
        assertThat(april).isEqualTo(Map.of(district.a, "UNMANAGED", district.b, "MARKET_COMPANY"));
        assertThat(modes("&datetime=2026-05-12T10:00:00Z")).containsEntry(district.a, "STATE_OWNED_FALLBACK");
        assertThat(modes("&datetime=2026-03-01")).isEmpty();
        assertThat(modes("")).containsEntry(district.a, "STATE_OWNED_FALLBACK").containsKey(district.c);
        String organisations = "/ogc/collections/party-organisations/items?districtCode=" + district.area.code();
        assertThat(read(organisations + "&datetime=2026-06-01").get("numberMatched").intValue()).isZero();
        assertThat(read(organisations + "&datetime=2026-06-02").get("numberMatched").intValue()).isEqualTo(1);
        JsonNode community = read("/ogc/collections/communities/items/" + district.area.community() + "?datetime=2026-04-30");
        assertThat(community.get("properties").get("compounds").intValue()).isEqualTo(2);
        assertThat(community.get("properties").get("unmanaged").intValue()).isEqualTo(1);
        assertThat(read("/ogc/collections/communities/items/" + district.area.community()).get("properties")
                .get("unmanaged").intValue()).as("now C is unmanaged, A is not").isEqualTo(1);
        assertThat(read("/ogc/collections/communities/items/" + district.area.community()).get("properties")
                .get("compounds").intValue()).isEqualTo(3);
    }

    private Map<String, String> modes(String query) {
        Map<String, String> modes = new TreeMap<>();
        read(items(query)).get("features").forEach(f -> modes.put(f.get("id").stringValue(),
                f.get("properties").get("managementMode").stringValue()));
        return modes;
    }

    @Test
    void unknownParametersAndBadValuesAre400ProblemsNamingTheParameter() {
        Map<String, String> bad = Map.of(
                "&colour=red", "colour",
                "&managementMode=SOMETIMES", "managementMode",
                "&bbox=1,2,3", "bbox",
                "&bbox=1,2,x,4", "bbox",
                "&crs=EPSG:4326", "crs",
                "&bbox-crs=urn:nothing", "bbox-crs",
                "&limit=0", "limit",
                "&offset=-1", "offset",
                "&datetime=2026-01-01/2026-02-01", "datetime",
                "&f=xml", "f");
        bad.forEach((query, field) -> {
            Api.Response response = planner.get(items(query));
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.contentType()).as(query).startsWith("application/problem+json");
            assertThat(response.json().get("errors").get(0).get("field").stringValue()).as(query).isEqualTo(field);
        });
        assertThat(planner.get("/ogc/collections?bbox=1,2,3,4").status()).isEqualTo(400);
    }

    @Test
    void gdalsAcceptGetsJsonABrowserGetsHtmlAndALargeLimitIsServedAsTheMaximum() {
        Api.Response gdal = district.get(planner, items(""), "Accept", "application/geo+json, application/json");
        assertThat(gdal.contentType()).startsWith("application/geo+json");
        assertThat(district.get(planner, items(""), "Accept", "application/json").contentType())
                .startsWith("application/json");
        Api.Response browser = district.get(planner, "/ogc/collections", "Accept", "text/html,application/xhtml+xml");
        assertThat(browser.contentType()).startsWith("text/html");
        assertThat(browser.body()).contains("图层", "小区 Compounds");
        assertThat(district.get(planner, items("&f=html")).body()).contains(district.a);
        assertThat(read(items("&limit=50000")).get("numberReturned").intValue()).isEqualTo(3);
        assertThat(new Api(port).get("/ogc/collections").status()).as("anonymous").isEqualTo(401);
    }
}
