package org.gridatlas.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.gridatlas.Api;
import org.gridatlas.TestAccounts;
import org.gridatlas.TestDistrict;
import org.gridatlas.demo.SimulatedClock;
import org.gridatlas.messages.ReadYourWrites;

/**
 * A district entered for the OGC tests with Axon's clock at chosen instants:
 * compound A registered unmanaged on 10 March and cleared on 12 May, B
 * managed, C registered unmanaged in July, and a grid branch founded on 2 June.
 */
final class OgcDistrict {

    static final Instant REGISTERED = Instant.parse("2026-03-10T02:00:00Z");
    static final Instant CLEARED = Instant.parse("2026-05-12T02:00:00Z");
    static final Instant BRANCH_FOUNDED = Instant.parse("2026-06-02T02:00:00Z");
    static final Instant LATER = Instant.parse("2026-07-20T02:00:00Z");

    final TestDistrict area;
    final String a;
    final String b;
    final String c;
    final String branch;
    /** The event-store position of the last change, for read-your-writes. */
    long position;

    OgcDistrict(TestDistrict area) {
        this.area = area;
        this.a = "ogc-" + area.code() + "-a";
        this.b = "ogc-" + area.code() + "-b";
        this.c = "ogc-" + area.code() + "-c";
        this.branch = "ogc-" + area.code() + "-branch";
    }

    OgcDistrict enter(Api api) {
        Api officer = api.as(TestAccounts.OFFICER);
        try (SimulatedClock clock = SimulatedClock.install(REGISTERED)) {
            area.create(api);
            register(officer, a, 0, 1, "{\"mode\":\"UNMANAGED\"}");
            register(officer, b, 0.003, 1, "{\"mode\":\"MARKET_COMPANY\",\"provider\":\"北城物业\",\"since\":\"2015-01-01\","
                    + "\"feeStance\":\"CHARGING\"}");
            clock.set(CLEARED);
            succeeded(officer.put("/api/compounds/" + a + "/management", """
                    {"management":{"mode":"STATE_OWNED_FALLBACK","provider":"街道国有物业公司","since":"2026-05-12",
                     "feeStance":"SERVE_FIRST"},"reason":"国有物业兜底"}"""));
            clock.set(BRANCH_FOUNDED);
            succeeded(officer.post("/api/party-organisations", """
                    {"organisationId":"%s","districtCode":"%s","type":"GRID_BRANCH","name":"第二网格党支部",
                     "fullMembers":5,"foundedOn":"2026-06-02","compoundIds":[],"gridCodes":["%s"]}"""
                    .formatted(branch, area.code(), area.grid(2))));
            clock.set(LATER);
            register(officer, c, 0.006, 2, "{\"mode\":\"UNMANAGED\"}");
        }
        return this;
    }

    /** A GET that waits for the projections to have read this district's changes. */
    Api.Response get(Api as, String path, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = ReadYourWrites.POSITION_HEADER;
        all[1] = String.valueOf(position);
        System.arraycopy(headers, 0, all, 2, headers.length);
        return as.get(path, all);
    }

    /** A box around the district's compounds, as minLon,minLat,maxLon,maxLat. */
    double[] box() {
        return new double[] {area.west() - 0.001, area.south() - 0.001, area.west() + 0.013, area.south() + 0.006};
    }

    private void register(Api as, String id, double fromEast, int grid, String management) {
        succeeded(as.post("/api/compounds", """
                {"compoundId":"%s","communityCode":"%s","name":"小区%s","households":80,"buildings":4,"units":8,
                 "floorArea":5200,"yearBuilt":1990,"category":"OLD_COMPOUND","boundary":%s,"management":%s,
                 "gridCodes":["%s"]}"""
                .formatted(id, area.community(), id, area.rectangle(fromEast + 0.0005, 0.001, 0.002, 0.002), management,
                        area.grid(grid))));
    }

    private void succeeded(Api.Response response) {
        assertThat(response.status() / 100).as(response.body()).isEqualTo(2);
        String answered = response.header(ReadYourWrites.POSITION_HEADER);
        if (answered != null) {
            position = Math.max(position, Long.parseLong(answered));
        }
    }
}
