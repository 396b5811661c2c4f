package org.gridatlas;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small district of its own for a test class: one sub-district, one
 * community and two grids side by side, each 0.006° × 0.005°, the first with
 * its south-west corner at ({@code west}, {@code south}).
 */
public record TestDistrict(String code, double west, double south) {

    public String subDistrict() {
        return code + "001";
    }

    public String community() {
        return code + "001001";
    }

    public String grid(int n) {
        return community() + "00" + n;
    }

    /** A GeoJSON rectangle in degrees from the district's corner. */
    public String rectangle(double fromEast, double fromNorth, double width, double height) {
        double w = west + fromEast;
        double s = south + fromNorth;
        double e = w + width;
        double n = s + height;
        return String.format(java.util.Locale.ROOT,
                "{\"type\":\"Polygon\",\"coordinates\":[[[%.7f,%.7f],[%.7f,%.7f],[%.7f,%.7f],[%.7f,%.7f],[%.7f,%.7f]]]}",
                w, s, e, s, e, n, w, n, w, s);
    }

    /** A GeoJSON LineString through (east, north) offsets in degrees from the district's corner. */
    public String line(double... offsets) {
        StringBuilder json = new StringBuilder("{\"type\":\"LineString\",\"coordinates\":[");
        for (int i = 0; i + 1 < offsets.length; i += 2) {
            json.append(i == 0 ? "" : ",").append(String.format(java.util.Locale.ROOT, "[%.7f,%.7f]",
                    west + offsets[i], south + offsets[i + 1]));
        }
        return json.append("]}").toString();
    }

    public String gridBoundary(int n) {
        return rectangle((n - 1) * 0.006, 0, 0.006, 0.005);
    }

    /** Enters the district as an administrator would, and its grids as a coordinator. */
    public void create(Api api) {
        Api admin = api.as(TestAccounts.ADMIN);
        Api coordinator = api.as(TestAccounts.COORDINATOR);
        created(admin.post("/api/districts", "{\"districtCode\":\"" + code + "\",\"name\":\"测试" + code + "\"}"));
        created(admin.post("/api/districts/" + code + "/sub-districts",
                "{\"subDistrictCode\":\"" + subDistrict() + "\",\"name\":\"测试街道\"}"));
        created(admin.post("/api/districts/" + code + "/communities",
                "{\"communityCode\":\"" + community() + "\",\"name\":\"测试社区\"}"));
        for (int n = 1; n <= 2; n++) {
            created(coordinator.post("/api/grids", "{\"gridCode\":\"" + grid(n) + "\",\"communityCode\":\"" + community()
                    + "\",\"name\":\"第" + n + "网格\",\"boundary\":" + gridBoundary(n) + "}"));
        }
    }

    private static void created(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }
}
