package org.gridatlas.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.gridatlas.Api;
import org.gridatlas.TestAccounts;
import org.gridatlas.messages.ReadYourWrites;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A district of its own for a body test: two sub-districts, the first with two
 * communities and the second with one, entered through the API; compounds are
 * registered as the test needs them. Remembers the position of the last change
 * so that reads see it.
 */
final class BodyDistrict {

    final String code;
    /** The test officer and planner, over all test districts. */
    final Api officer;
    final Api planner;
    private final double west;
    private final double south;
    private final Api api;
    private final JdbcClient jdbc;
    private long position;
    private int compounds;

    BodyDistrict(String code, double west, double south, Api api, JdbcClient jdbc) {
        this.code = code;
        this.west = west;
        this.south = south;
        this.api = api;
        this.jdbc = jdbc;
        this.officer = api.as(TestAccounts.OFFICER);
        this.planner = api.as(TestAccounts.PLANNER);
    }

    /** Every event stored so far, to show that a refusal stored none. */
    long storedEvents() {
        return jdbc.sql("SELECT count(*) FROM eventstore.domain_event_entry").query(Long.class).single();
    }

    String subDistrict(int n) {
        return code + "00" + n;
    }

    String community(int subDistrict, int n) {
        return subDistrict(subDistrict) + "00" + n;
    }

    void create(String name, String... subDistrictAndCommunityNames) {
        Api admin = api.as(TestAccounts.ADMIN);
        changed(admin.post("/api/districts", "{\"districtCode\":\"" + code + "\",\"name\":\"" + name + "\"}"), 201);
        int[][] communities = {{1, 1}, {1, 2}, {2, 1}};
        changed(admin.post("/api/districts/" + code + "/sub-districts",
                "{\"subDistrictCode\":\"" + subDistrict(1) + "\",\"name\":\"" + subDistrictAndCommunityNames[0] + "\"}"), 201);
        changed(admin.post("/api/districts/" + code + "/sub-districts",
                "{\"subDistrictCode\":\"" + subDistrict(2) + "\",\"name\":\"" + subDistrictAndCommunityNames[1] + "\"}"), 201);
        for (int i = 0; i < communities.length; i++) {
            changed(admin.post("/api/districts/" + code + "/communities", "{\"communityCode\":\""
                    + community(communities[i][0], communities[i][1]) + "\",\"name\":\""
                    + subDistrictAndCommunityNames[2 + i] + "\"}"), 201);
        }
    }

    /** Registers an unmanaged old compound in the community, on a square of its own. */
    void compound(String id, String community, String name, int households) {
        double w = west + 0.002 * compounds++;
        String square = String.format(Locale.ROOT, "{\"type\":\"Polygon\",\"coordinates\":[[[%.4f,%.4f],[%.4f,%.4f],"
                + "[%.4f,%.4f],[%.4f,%.4f],[%.4f,%.4f]]]}", w, south, w + 0.001, south, w + 0.001, south + 0.001,
                w, south + 0.001, w, south);
        changed(officer.post("/api/compounds", """
                {"compoundId":"%s","communityCode":"%s","name":"%s","households":%d,"buildings":4,"units":12,
                 "floorArea":9000,"yearBuilt":1985,"category":"OLD_COMPOUND","boundary":%s,"management":{"mode":"UNMANAGED"}}"""
                .formatted(id, community, name, households, square)), 201);
    }

    /** Asserts the status and remembers how far the change reached. */
    Api.Response changed(Api.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        String at = response.header(ReadYourWrites.POSITION_HEADER);
        if (at != null) {
            position = Math.max(position, Long.parseLong(at));
        }
        return response;
    }

    /** The planner's read, once every change made so far is in. */
    Api.Response read(String path) {
        return read(planner, path);
    }

    /** A read that waits for every change made so far. */
    Api.Response read(Api reader, String path) {
        Api.Response response = reader.get(path, ReadYourWrites.POSITION_HEADER, String.valueOf(position));
        assertThat(response.status()).as(path + " → " + response.body()).isEqualTo(200);
        return response;
    }

    /** One member of a body as a request sends them. */
    static String member(String id, String name, String role, boolean partyMember) {
        return "{\"memberId\":\"%s\",\"name\":\"%s\",\"role\":\"%s\",\"partyMember\":%s}".formatted(id, name, role, partyMember);
    }
}
