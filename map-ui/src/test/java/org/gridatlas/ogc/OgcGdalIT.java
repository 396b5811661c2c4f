package org.gridatlas.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gridatlas.Api;
import org.gridatlas.GridAtlasIntegrationTest;
import org.gridatlas.ReadModel;
import org.gridatlas.TestAccounts;
import org.gridatlas.TestDistrict;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Clients we did not write read the OGC API: GDAL's OAPIF driver (ogrinfo)
 * opens every collection, pages across next links and reads the past through
 * datetime; OWSLib lists the collections and reads items. A district of its
 * own (140502) gives known answers.
 */
@GridAtlasIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OgcGdalIT {

    @LocalServerPort
    int port;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore events;

    Api planner;
    OgcDistrict district;

    @BeforeAll
    void enterTheDistrict() {
        Api api = new Api(port);
        planner = api.as(TestAccounts.PLANNER);
        district = new OgcDistrict(new TestDistrict("140502", 113.05, 37.35)).enter(api);
        ReadModel.awaitUpToDate(processing, events); // GDAL sends no read-your-writes header
    }

    private String ogc() {
        return "http://localhost:" + port + "/ogc";
    }

    private static String run(List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("GDAL_HTTP_AUTH", "BASIC");
        builder.environment().put("GDAL_HTTP_USERPWD", TestAccounts.PLANNER.username() + ":" + TestAccounts.PASSWORD);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
        return output;
    }

    /** The summary ogrinfo prints of one layer: from its name to the next layer's. */
    private static String layer(String report, String name) {
        int start = report.indexOf("Layer name: " + name + "\n");
        assertThat(start).as(name + " in\n" + report).isNotNegative();
        int end = report.indexOf("Layer name: ", start + 1);
        return report.substring(start, end < 0 ? report.length() : end);
    }

    private long numberMatched(String collection) {
        return planner.get("/ogc/collections/" + collection + "/items?limit=1").json().get("numberMatched").longValue();
    }

    @Test
    void ogrinfoOpensEveryCollectionWithItsCountGeometryCrsAndFieldTypes() throws Exception {
        String report = run(List.of("ogrinfo", "-ro", "-al", "-so", "OAPIF:" + ogc()));
        for (String collection : List.of("compounds", "grids", "micro-grids", "sub-districts", "communities",
                "party-organisations")) {
            String layer = layer(report, collection);
            assertThat(layer).as(collection).contains("Feature Count: " + numberMatched(collection) + "\n")
                    .contains("ID[\"EPSG\",4326]");
        }
        String compounds = layer(report, "compounds");
        assertThat(compounds).contains("Geometry: Polygon", "households: Integer", "floorArea: Real",
                "partyCovered: Integer(Boolean)", "registeredAt: DateTime", "managementMode: String",
                "gridCodes: String");
        assertThat(layer(report, "communities")).contains("Geometry: Multi Polygon", "unmanaged: Integer",
                "partyCompoundCoverage: Real");
        assertThat(layer(report, "sub-districts")).contains("Geometry: Multi Polygon", "compounds: Integer");
        assertThat(layer(report, "grids")).contains("Geometry: Polygon", "compounds: Integer");
        assertThat(layer(report, "micro-grids")).contains("Geometry: Polygon");
        assertThat(layer(report, "party-organisations")).contains("Geometry: Multi Polygon", "fullMembers: Integer",
                "active: Integer(Boolean)");
    }

    @Test
    void ogrinfoPagesAcrossNextLinks() throws Exception {
        double[] box = district.box();
        String output = run(List.of("ogrinfo", "-ro", "-al", "-q", "-oo", "PAGE_SIZE=1",
                "-spat", String.valueOf(box[0]), String.valueOf(box[1]), String.valueOf(box[2]), String.valueOf(box[3]),
                "--debug", "on", "OAPIF:" + ogc(), "compounds"));
        List<String> ids = values(output, "id \\(String\\) = (\\S+)");
        assertThat(ids).containsExactly(district.a, district.b, district.c);
        assertThat(values(output, "Fetch\\((\\S*/items\\?\\S*offset=\\d+\\S*)\\)")).as("GDAL followed next links")
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void ogrinfoReadsThePastThroughDatetime() throws Exception {
        String collection = ogc() + "/collections/compounds?datetime=2026-04-30";
        String past = run(List.of("ogrinfo", "-ro", "-al", "-q", "-where", "districtCode = '140502'",
                "OAPIF:" + collection));
        assertThat(values(past, "managementMode \\(String\\) = (\\S+)")).containsExactly("UNMANAGED", "MARKET_COMPANY");
        String now = run(List.of("ogrinfo", "-ro", "-al", "-q", "-where", "districtCode = '140502'", "OAPIF:" + ogc(),
                "compounds"));
        assertThat(values(now, "managementMode \\(String\\) = (\\S+)"))
                .containsExactly("STATE_OWNED_FALLBACK", "MARKET_COMPANY", "UNMANAGED");
        String geoJson = run(List.of("ogrinfo", "-ro", "-al", "-so", "GeoJSON:" + ogc()
                + "/collections/party-organisations/items?districtCode=140502&datetime=2026-06-01"));
        assertThat(geoJson).as("no branch before 2 June").contains("Feature Count: 0\n");
    }

    @Test
    void owslibListsTheCollectionsAndReadsItems() throws Exception {
        String script = """
                import sys
                from owslib.ogcapi.features import Features
                api = Features(sys.argv[1], auth=__import__('owslib.util', fromlist=['Authentication'])
                               .Authentication(sys.argv[2], sys.argv[3]))
                print('conformance', len(api.conformance()['conformsTo']))
                for c in api.collections()['collections']:
                    print('collection', c['id'])
                items = api.collection_items('compounds', districtCode='140502', limit=10)
                print('matched', items['numberMatched'])
                for f in items['features']:
                    print('item', f['id'], f['properties']['managementMode'])
                print('queryables', ','.join(sorted(api.collection_queryables('compounds')['properties'])))
                """;
        String output = run(List.of("/usr/bin/python3", "-c", script, ogc(), TestAccounts.PLANNER.username(),
                TestAccounts.PASSWORD));
        assertThat(values(output, "collection (\\S+)")).containsExactly("compounds", "grids", "micro-grids",
                "sub-districts", "communities", "party-organisations");
        assertThat(output).contains("matched 3", "item " + district.a + " STATE_OWNED_FALLBACK",
                "item " + district.c + " UNMANAGED").containsPattern("queryables \\S*managementMode");
    }

    private static List<String> values(String text, String regex) {
        List<String> values = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }
}
