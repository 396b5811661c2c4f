package org.gridatlas.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.gridatlas.Api;
import org.gridatlas.GridAtlasIntegrationTest;
import org.gridatlas.TestAccounts;
import org.gridatlas.TestAccounts.TestAccount;
import org.gridatlas.TestDistrict;
import org.gridatlas.command.access.Role;
import org.gridatlas.messages.ReadYourWrites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The statistics add up: a district of two sub-districts and four
 * communities (one still empty) with compounds of every category and many
 * modes and strategies is entered through the API, its compounds are read
 * back one by one, and every count and sum the statistics answer, for the
 * district and for each of its areas, is checked against the sum of what was
 * read back. A planner of one sub-district sees only its figures and grids.
 */
@GridAtlasIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsSumsIT {

    private static final String DISTRICT = "140202";
    private static final String NORTH = DISTRICT + "001";
    private static final String SOUTH = DISTRICT + "002";
    private static final String[] COMMUNITIES = {NORTH + "001", NORTH + "002", SOUTH + "001", SOUTH + "002"};
    /** Grids per community: the last community has none and no compounds, and must still be listed. */
    private static final int[] GRIDS = {2, 1, 1, 0};
    private static final double WEST = 113.10;
    private static final double SOUTH_EDGE = 37.90;
    /** A neighbouring district whose compounds and grids must stay out of every figure. */
    private static final TestDistrict OTHER = new TestDistrict("140203", 113.20, 37.90);
    private static final TestAccount NORTH_PLANNER =
            TestAccounts.account("stats-north-planner", "北街道规划", Role.PLANNER, NORTH);

    /** A compound as registered: where, what kind, how it is managed, and what it holds. */
    record Registered(String id, int community, String category, String mode, int buildings, int units,
                      int households, String floorArea) {
    }

    private static final List<Registered> COMPOUNDS = List.of(
            new Registered("stats-c01", 0, "OLD_COMPOUND", "UNMANAGED", 6, 18, 216, "15120.50"),
            new Registered("stats-c02", 0, "UNIT_DORMITORY", "UNMANAGED", 5, 15, 180, "12600"),
            new Registered("stats-c03", 0, "COMMERCIAL", "MARKET_COMPANY", 12, 36, 620, "54000"),
            new Registered("stats-c04", 1, "SCATTERED_BUILDINGS", "UNMANAGED", 1, 2, 24, "1800.25"),
            new Registered("stats-c05", 1, "OLD_COMPOUND", "COMMUNITY_TRUSTEESHIP", 4, 12, 144, "9800"),
            new Registered("stats-c06", 1, "URBAN_VILLAGE", "UNMANAGED", 9, 9, 310, "21000"),
            new Registered("stats-c07", 2, "RESETTLEMENT_HOUSING", "STATE_OWNED_FALLBACK", 15, 45, 900, "81000.75"),
            new Registered("stats-c08", 2, "OLD_COMPOUND", "UNMANAGED", 3, 6, 72, "4300"),
            new Registered("stats-c09", 2, "UNIT_DORMITORY", "ORIGINAL_EMPLOYER", 2, 4, 48, "3100"),
            new Registered("stats-c10", 2, "SCATTERED_BUILDINGS", "SHARED_PROPERTY_SOCIETY", 1, 1, 16, "950.5"),
            new Registered("stats-c11", 0, "OLD_COMPOUND", "UNMANAGED", 7, 21, 252, "16380"));

    /** Strategies for some unmanaged compounds (一区一策); c02 is then cleared, so its strategy counts but not as unmanaged. */
    private static final Map<String, String> STRATEGIES = Map.of(
            "stats-c01", "RED_PROPERTY_ENTERPRISE", "stats-c02", "ORIGINAL_EMPLOYER", "stats-c04", "SUBSIDISED_TRANSITION",
            "stats-c06", "BASIC_FALLBACK", "stats-c08", "SUBSIDISED_TRANSITION", "stats-c11", "RED_PROPERTY_ENTERPRISE");

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    Api api;
    Api planner;
    /** The highest position any change here was answered with: reads wait for it. */
    long position = -1;
    /** Every compound of the district as read back through the API after all changes. */
    List<Compound> readBack;

    /** A compound as the API answers it, with what the figures are summed from. */
    record Compound(String id, String subDistrict, String community, String category, String mode, String strategy,
                    int buildings, int units, int households, BigDecimal floorArea, BigDecimal subsidyCommitment) {

        boolean unmanaged() {
            return mode.equals("UNMANAGED");
        }
    }

    /** What the statistics must answer for some compounds. */
    record Totals(int compounds, int unmanaged, int buildings, int units, int households, BigDecimal floorArea) {

        static Totals of(List<Compound> compounds) {
            return new Totals(compounds.size(), (int) compounds.stream().filter(Compound::unmanaged).count(),
                    compounds.stream().mapToInt(Compound::buildings).sum(), compounds.stream().mapToInt(Compound::units).sum(),
                    compounds.stream().mapToInt(Compound::households).sum(),
                    compounds.stream().map(Compound::floorArea).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
    }

    @BeforeAll
    void enterTheDistrict() {
        api = new Api(port);
        accounts.ensure(NORTH_PLANNER);
        planner = api.as(TestAccounts.PLANNER);
        Api admin = api.as(TestAccounts.ADMIN);
        Api coordinator = api.as(TestAccounts.COORDINATOR);
        Api officer = api.as(TestAccounts.OFFICER);
        OTHER.create(api);
        change(officer.post("/api/compounds", registration("stats-other", OTHER.community(), OTHER.grid(1),
                OTHER.rectangle(0.001, 0.001, 0.001, 0.001), "OLD_COMPOUND", 3, 9, 99, "7000")));

        change(admin.post("/api/districts", "{\"districtCode\":\"" + DISTRICT + "\",\"name\":\"统计测试区\"}"));
        change(admin.post("/api/districts/" + DISTRICT + "/sub-districts", "{\"subDistrictCode\":\"" + NORTH + "\",\"name\":\"北街道\"}"));
        change(admin.post("/api/districts/" + DISTRICT + "/sub-districts", "{\"subDistrictCode\":\"" + SOUTH + "\",\"name\":\"南街道\"}"));
        for (int c = 0; c < COMMUNITIES.length; c++) {
            change(admin.post("/api/districts/" + DISTRICT + "/communities",
                    "{\"communityCode\":\"" + COMMUNITIES[c] + "\",\"name\":\"社区" + (c + 1) + "\"}"));
            for (int g = 1; g <= GRIDS[c]; g++) {
                change(coordinator.post("/api/grids", "{\"gridCode\":\"" + grid(c, g) + "\",\"communityCode\":\""
                        + COMMUNITIES[c] + "\",\"name\":\"社区" + (c + 1) + "第" + g + "网格\",\"boundary\":" + gridBoundary(c, g) + "}"));
            }
        }
        change(coordinator.put("/api/grids/" + grid(0, 1) + "/workers", "{\"workers\":[\"李建国\",\"王秀英\"],\"reason\":\"配备网格员\"}"));
        change(coordinator.put("/api/grids/" + grid(0, 1) + "/micro-grids", """
                {"reason":"按院落划细","microGrids":[
                 {"microGridCode":"%s01","name":"第一微网格","helpers":["张志强"],"boundary":%s},
                 {"microGridCode":"%s02","name":"第二微网格","helpers":["刘海燕","赵敏"],"boundary":%s}]}"""
                .formatted(grid(0, 1), rectangle(0, 0, 0.003, 0.005), grid(0, 1), rectangle(0.003, 0, 0.003, 0.005))));

        for (int i = 0; i < COMPOUNDS.size(); i++) {
            Registered r = COMPOUNDS.get(i);
            String management = r.mode().equals("UNMANAGED") ? "{\"mode\":\"UNMANAGED\"}"
                    : "{\"mode\":\"" + r.mode() + "\",\"provider\":\"晋阳物业\",\"since\":\"2020-01-01\",\"feeStance\":\"CHARGING\"}";
            change(officer.post("/api/compounds", registration(r.id(), COMMUNITIES[r.community()], grid(r.community(), 1),
                    compoundBoundary(r.community(), i), r.category(), r.buildings(), r.units(), r.households(), r.floorArea())
                    .replace("{\"mode\":\"UNMANAGED\"}", management)));
        }
        STRATEGIES.forEach((id, strategy) -> change(officer.put("/api/compounds/" + id + "/clearance-strategy",
                "{\"strategy\":\"" + strategy + "\",\"plannedDate\":\"2030-06-30\","
                        + (strategy.equals("SUBSIDISED_TRANSITION") ? "\"subsidy\":{\"yuanPerSquareMetreMonth\":0.5,\"months\":6}," : "")
                        + "\"reason\":\"一区一策\"}")));
        change(officer.put("/api/compounds/stats-c02/management", "{\"management\":{\"mode\":\"ORIGINAL_EMPLOYER\","
                + "\"provider\":\"原纺织厂物业\",\"since\":\"2026-03-01\",\"feeStance\":\"SERVE_FIRST\"},\"reason\":\"原单位物业点对点协建\"}"));
        change(officer.post("/api/party-organisations", partyOrganisation("stats-p-north", "北小区党支部", "stats-c01")));
        change(officer.post("/api/party-organisations", partyOrganisation("stats-p-south", "南小区党支部", "stats-c07")));

        readBack = COMPOUNDS.stream().map(r -> compound(read(planner, "/api/compounds/" + r.id()))).toList();
    }

    // ---- the compound figures

    @Test
    void theCompoundsReadBackAreTheOnesRegistered() {
        for (int i = 0; i < COMPOUNDS.size(); i++) {
            Registered r = COMPOUNDS.get(i);
            Compound c = readBack.get(i);
            assertThat(List.of(c.community(), c.category(), c.buildings(), c.units(), c.households()))
                    .isEqualTo(List.of(COMMUNITIES[r.community()], r.category(), r.buildings(), r.units(), r.households()));
            assertThat(c.floorArea()).isEqualByComparingTo(r.floorArea());
            assertThat(c.strategy()).isEqualTo(STRATEGIES.get(r.id()));
        }
        assertThat(readBack).filteredOn(Compound::unmanaged).extracting(Compound::id)
                .containsExactlyInAnyOrder("stats-c01", "stats-c04", "stats-c06", "stats-c08", "stats-c11");
    }

    @Test
    void theDistrictsFiguresAreTheSumsOfItsCompounds() {
        JsonNode figures = read(planner, "/api/statistics/compounds?districtCode=" + DISTRICT);
        assertThat(figures.get("areaCode").isNull()).isTrue();
        assertAreaFigures(figures, readBack, "the district");
        assertThat(figures.get("relapses").intValue()).isZero();
        assertThat(figures.get("subsidyCommitmentYuan").decimalValue()).isEqualByComparingTo(readBack.stream()
                .map(Compound::subsidyCommitment).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(figures.get("subsidyCommitmentYuan").decimalValue()).as("0.5 yuan/m² for six months of c04 and c08")
                .isEqualByComparingTo(new BigDecimal("1800.25").add(new BigDecimal("4300")).multiply(new BigDecimal("3")));

        assertThat(figures.get("bySubDistrict")).extracting(a -> a.get("code").stringValue()).containsExactly(NORTH, SOUTH);
        assertThat(figures.get("byCommunity")).extracting(a -> a.get("code").stringValue()).containsExactly(COMMUNITIES);
        for (JsonNode area : figures.get("bySubDistrict")) {
            assertArea(area, in(area.get("code").stringValue()));
        }
        for (JsonNode area : figures.get("byCommunity")) {
            assertArea(area, in(area.get("code").stringValue()));
        }
        assertThat(figures.get("byCommunity").get(3).get("compounds").intValue()).as("an empty community is listed").isZero();
        assertThat(figures.get("byCommunity").get(1).get("name").stringValue()).isEqualTo("社区2");
    }

    @Test
    void eachAreasFiguresAreTheSumsOfItsOwnCompounds() {
        List<String> areas = new ArrayList<>(List.of(NORTH, SOUTH));
        areas.addAll(List.of(COMMUNITIES));
        for (String area : areas) {
            JsonNode figures = read(planner, "/api/statistics/compounds?districtCode=" + DISTRICT + "&areaCode=" + area);
            assertThat(figures.get("areaCode").stringValue()).isEqualTo(area);
            assertAreaFigures(figures, in(area), area);
            List<String> inside = StreamSupport.stream(figures.get("byCommunity").spliterator(), false)
                    .map(a -> a.get("code").stringValue()).toList();
            assertThat(inside).as("the communities listed lie in " + area).allMatch(code -> code.startsWith(area)).isNotEmpty();
            if (area.length() == 12) {
                assertThat(figures.get("bySubDistrict")).as("a community holds no sub-district").isEmpty();
            }
        }
        JsonNode whole = read(planner, "/api/statistics/compounds?districtCode=" + DISTRICT + "&areaCode=" + DISTRICT);
        assertThat(whole.get("compounds").intValue()).as("the district as its own area").isEqualTo(readBack.size());
    }

    @Test
    void aMistypedDistrictOrAnAreaOfAnotherDistrictIsNotFound() {
        assertThat(planner.get("/api/statistics/compounds?districtCode=149997").status()).isEqualTo(404);
        for (String area : new String[] {DISTRICT + "009", OTHER.subDistrict(), "140"}) {
            Api.Response response = planner.get("/api/statistics/compounds?districtCode=" + DISTRICT + "&areaCode=" + area);
            assertThat(response.status()).as(area).isEqualTo(404);
            assertThat(response.body()).contains("urn:gridatlas:problem:not-found");
        }
        assertThat(planner.get("/api/statistics/governance?districtCode=" + DISTRICT + "&areaCode=" + OTHER.community()).status())
                .isEqualTo(404);
    }

    @Test
    void theCompoundLayerCarriesWhatTheFiguresAreSummedFrom() {
        JsonNode layer = read(planner, "/api/compounds?bbox=" + bbox());
        Map<String, JsonNode> features = StreamSupport.stream(layer.get("features").spliterator(), false)
                .collect(Collectors.toMap(f -> f.get("id").stringValue(), f -> f.get("properties")));
        for (Compound c : readBack) {
            JsonNode p = features.get(c.id());
            assertThat(List.of(p.get("buildings").intValue(), p.get("units").intValue(), p.get("households").intValue()))
                    .isEqualTo(List.of(c.buildings(), c.units(), c.households()));
            assertThat(p.get("floorArea").decimalValue()).isEqualByComparingTo(c.floorArea());
            assertThat(p.get("category").stringValue()).isEqualTo(c.category());
        }
    }

    // ---- party coverage and governance, by area

    @Test
    void governanceAndPartyCoverageCountPerArea() {
        JsonNode district = read(planner, "/api/statistics/governance?districtCode=" + DISTRICT);
        assertThat(district.get("grids").intValue()).isEqualTo(4);
        assertThat(district.get("gridWorkers").intValue()).isEqualTo(2);
        assertThat(district.get("microGrids").intValue()).isEqualTo(2);
        assertThat(district.get("microGridHelpers").intValue()).isEqualTo(3);
        assertThat(district.get("compoundsWithoutCommittee").intValue()).isEqualTo(readBack.size());
        JsonNode community = read(planner, "/api/statistics/governance?districtCode=" + DISTRICT + "&areaCode=" + COMMUNITIES[1]);
        assertThat(List.of(community.get("grids").intValue(), community.get("gridWorkers").intValue(),
                community.get("microGrids").intValue(), community.get("compoundsWithoutCommittee").intValue()))
                .isEqualTo(List.of(1, 0, 0, in(COMMUNITIES[1]).size()));

        JsonNode party = read(planner, "/api/statistics/party-coverage?districtCode=" + DISTRICT);
        assertThat(party.get("organisationsByType").get("COMPOUND_BRANCH").intValue()).isEqualTo(2);
        assertThat(party.get("fullMembers").intValue()).isEqualTo(6);
        assertThat(party.get("compounds").get("covered").intValue()).isEqualTo(2);
        assertThat(party.get("unmanagedCompounds").get("covered").intValue()).as("c01").isEqualTo(1);
        JsonNode south = read(planner, "/api/statistics/party-coverage?districtCode=" + DISTRICT + "&areaCode=" + SOUTH);
        assertThat(south.get("organisationsByType").get("COMPOUND_BRANCH").intValue()).as("the one covering c07").isEqualTo(1);
        assertThat(south.get("compounds").get("total").intValue()).isEqualTo(in(SOUTH).size());
        assertThat(south.get("compounds").get("covered").intValue()).isEqualTo(1);
        assertThat(south.get("unmanagedCompounds").get("covered").intValue()).isZero();
    }

    // ---- grids by district and community, and their extent

    @Test
    void gridsAreFilteredByDistrictAndCommunity() {
        List<String> all = new ArrayList<>();
        for (int c = 0; c < COMMUNITIES.length; c++) {
            List<String> own = new ArrayList<>();
            for (int g = 1; g <= GRIDS[c]; g++) {
                own.add(grid(c, g));
            }
            all.addAll(own);
            assertThat(ids(read(planner, "/api/grids?communityCode=" + COMMUNITIES[c]))).isEqualTo(own);
        }
        assertThat(ids(read(planner, "/api/grids?districtCode=" + DISTRICT))).isEqualTo(all);
        assertThat(ids(read(planner, "/api/grids?districtCode=" + OTHER.code()))).containsExactly(OTHER.grid(1), OTHER.grid(2));
        assertThat(ids(read(planner, "/api/grids?districtCode=" + DISTRICT + "&communityCode=" + OTHER.community())))
                .as("a community of another district").isEmpty();
        String firstGridOnly = String.format(Locale.ROOT, "%.4f,%.4f,%.4f,%.4f", WEST + 0.001, SOUTH_EDGE + 0.001, WEST + 0.002, SOUTH_EDGE + 0.002);
        assertThat(ids(read(planner, "/api/grids?bbox=" + firstGridOnly + "&districtCode=" + DISTRICT))).containsExactly(grid(0, 1));

        assertThat(ids(read(planner, "/api/micro-grids?communityCode=" + COMMUNITIES[0])))
                .containsExactly(grid(0, 1) + "01", grid(0, 1) + "02");
        assertThat(ids(read(planner, "/api/micro-grids?districtCode=" + DISTRICT))).hasSize(2);
        assertThat(ids(read(planner, "/api/micro-grids?communityCode=" + COMMUNITIES[1]))).isEmpty();

        Api.Response unbounded = planner.get("/api/grids");
        assertThat(unbounded.status()).isEqualTo(400);
        assertThat(unbounded.body()).contains("\"field\":\"bbox\"", "unless districtCode or communityCode");
    }

    @Test
    void theGridExtentIsTheBoxAroundTheGridsAsked() {
        // The communities lie side by side from west to east, each grid 0.006° wide and 0.005° high.
        assertExtent(read(planner, "/api/grids/extent?districtCode=" + DISTRICT), WEST, SOUTH_EDGE, WEST + 4 * 0.006, SOUTH_EDGE + 0.005);
        assertExtent(read(planner, "/api/grids/extent?communityCode=" + COMMUNITIES[1]),
                WEST + 2 * 0.006, SOUTH_EDGE, WEST + 3 * 0.006, SOUTH_EDGE + 0.005);
        assertThat(read(planner, "/api/grids/extent?communityCode=" + COMMUNITIES[3]).get("bbox").isNull())
                .as("a community without grids").isTrue();
        assertExtent(read(planner, "/api/micro-grids/extent?districtCode=" + DISTRICT), WEST, SOUTH_EDGE, WEST + 0.006, SOUTH_EDGE + 0.005);
        assertExtent(read(planner, "/api/grids/extent?districtCode=" + OTHER.code()),
                OTHER.west(), OTHER.south(), OTHER.west() + 0.012, OTHER.south() + 0.005);
    }

    // ---- read scope

    @Test
    void aPlannerOfOneSubDistrictSeesOnlyItsFiguresAndGrids() {
        Api north = api.as(NORTH_PLANNER);
        JsonNode figures = read(north, "/api/statistics/compounds?districtCode=" + DISTRICT);
        assertAreaFigures(figures, in(NORTH), "the north as its planner sees the district");
        assertThat(figures.get("bySubDistrict")).extracting(a -> a.get("code").stringValue()).containsExactly(NORTH);
        assertThat(figures.get("byCommunity")).extracting(a -> a.get("code").stringValue())
                .containsExactly(COMMUNITIES[0], COMMUNITIES[1]);
        assertThat(read(north, "/api/statistics/compounds?districtCode=" + DISTRICT + "&areaCode=" + COMMUNITIES[0])
                .get("compounds").intValue()).isEqualTo(in(COMMUNITIES[0]).size());
        for (String path : new String[] {"/api/statistics/compounds?districtCode=" + DISTRICT + "&areaCode=" + SOUTH,
                "/api/statistics/governance?districtCode=" + DISTRICT + "&areaCode=" + COMMUNITIES[2],
                "/api/grids?communityCode=" + COMMUNITIES[2], "/api/grids/extent?communityCode=" + COMMUNITIES[2],
                "/api/statistics/compounds?districtCode=" + OTHER.code(), "/api/grids/extent?districtCode=" + OTHER.code()}) {
            Api.Response refused = north.get(path);
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.body()).contains("urn:gridatlas:problem:forbidden");
        }

        JsonNode governance = read(north, "/api/statistics/governance?districtCode=" + DISTRICT);
        assertThat(governance.get("grids").intValue()).isEqualTo(3);
        JsonNode party = read(north, "/api/statistics/party-coverage?districtCode=" + DISTRICT);
        assertThat(party.get("organisationsByType").get("COMPOUND_BRANCH").intValue()).as("not the south's branch").isEqualTo(1);
        assertThat(party.get("compounds").get("total").intValue()).isEqualTo(in(NORTH).size());

        assertThat(ids(read(north, "/api/grids?districtCode=" + DISTRICT))).containsExactly(grid(0, 1), grid(0, 2), grid(1, 1));
        assertExtent(read(north, "/api/grids/extent?districtCode=" + DISTRICT), WEST, SOUTH_EDGE, WEST + 3 * 0.006, SOUTH_EDGE + 0.005);
        assertExtent(read(north, "/api/grids/extent"), WEST, SOUTH_EDGE, WEST + 3 * 0.006, SOUTH_EDGE + 0.005);
        JsonNode compounds = read(north, "/api/compounds/extent?districtCode=" + DISTRICT);
        assertThat(compounds.get("bbox").get(2).doubleValue()).as("the north's compounds end in its second community")
                .isLessThan(WEST + 3 * 0.006);
    }

    // ---- what the district is entered with

    private static String grid(int community, int n) {
        return COMMUNITIES[community] + "00" + n;
    }

    /** A rectangle from the district's south-west corner, in degrees. */
    private static String rectangle(double fromEast, double fromNorth, double width, double height) {
        return new TestDistrict(DISTRICT, WEST, SOUTH_EDGE).rectangle(fromEast, fromNorth, width, height);
    }

    /** Grids lie side by side, community after community, from west to east. */
    private static double gridWest(int community, int n) {
        int before = 0;
        for (int c = 0; c < community; c++) {
            before += GRIDS[c];
        }
        return (before + n - 1) * 0.006;
    }

    private static String gridBoundary(int community, int n) {
        return rectangle(gridWest(community, n), 0, 0.006, 0.005);
    }

    /** The i-th compound inside its community's first grid, small and apart from the others. */
    private static String compoundBoundary(int community, int i) {
        return rectangle(gridWest(community, 1) + 0.0005 + (i % 4) * 0.0013, 0.0005 + (i / 4) * 0.0013, 0.001, 0.001);
    }

    private static String bbox() {
        return String.format(Locale.ROOT, "%.3f,%.3f,%.3f,%.3f", WEST - 0.001, SOUTH_EDGE - 0.001, WEST + 0.03, SOUTH_EDGE + 0.006);
    }

    private static String registration(String id, String community, String grid, String boundary, String category,
                                       int buildings, int units, int households, String floorArea) {
        return """
                {"compoundId":"%s","communityCode":"%s","name":"小区%s","households":%d,"buildings":%d,"units":%d,
                 "floorArea":%s,"yearBuilt":1992,"category":"%s","boundary":%s,"management":{"mode":"UNMANAGED"},
                 "gridCodes":["%s"],"reason":"无物业小区摸底排查"}"""
                .formatted(id, community, id, households, buildings, units, floorArea, category, boundary, grid);
    }

    private static String partyOrganisation(String id, String name, String compoundId) {
        return """
                {"organisationId":"%s","districtCode":"%s","type":"COMPOUND_BRANCH","name":"%s","fullMembers":3,
                 "foundedOn":"2026-03-20","compoundIds":["%s"],"gridCodes":[]}""".formatted(id, DISTRICT, name, compoundId);
    }

    /** A change must succeed; its position is remembered so that reads see it. */
    private void change(Api.Response response) {
        assertThat(response.status() / 100).as(response.body()).isEqualTo(2);
        position = Math.max(position, Long.parseLong(response.header(ReadYourWrites.POSITION_HEADER)));
    }

    private JsonNode read(Api reader, String path) {
        Api.Response response = reader.get(path, ReadYourWrites.POSITION_HEADER, String.valueOf(position));
        assertThat(response.status()).as(path + " " + response.body()).isEqualTo(200);
        return response.json();
    }

    private static Compound compound(JsonNode feature) {
        JsonNode p = feature.get("properties");
        JsonNode subsidy = p.get("subsidy");
        return new Compound(feature.get("id").stringValue(), p.get("subDistrictCode").stringValue(),
                p.get("communityCode").stringValue(), p.get("category").stringValue(), p.get("managementMode").stringValue(),
                p.get("clearanceStrategy").isNull() ? null : p.get("clearanceStrategy").stringValue(),
                p.get("buildings").intValue(), p.get("units").intValue(), p.get("households").intValue(),
                p.get("floorArea").decimalValue(),
                subsidy.isNull() ? BigDecimal.ZERO : subsidy.get("commitmentYuan").decimalValue());
    }

    /** The compounds read back that lie in the area. */
    private List<Compound> in(String areaCode) {
        return readBack.stream().filter(c -> c.community().startsWith(areaCode)).toList();
    }

    private static List<String> ids(JsonNode collection) {
        return StreamSupport.stream(collection.get("features").spliterator(), false).map(f -> f.get("id").stringValue()).toList();
    }

    // ---- the checks

    /** Every count and sum of the answer against those of {@code compounds}. */
    private static void assertAreaFigures(JsonNode figures, List<Compound> compounds, String what) {
        assertThat(figures.get("districtCode").stringValue()).isEqualTo(DISTRICT);
        assertTotals(figures, Totals.of(compounds), what);
        assertGrouped(figures.get("totalsByMode"), figures.get("byMode"), compounds, Compound::mode, c -> true, what + " by mode");
        assertGrouped(figures.get("totalsByCategory"), figures.get("byCategory"), compounds, Compound::category, c -> true,
                what + " by category");
        assertGrouped(figures.get("totalsByStrategy"), figures.get("byStrategy"), compounds, Compound::strategy,
                c -> c.strategy() != null, what + " by strategy");
        assertCounts(figures.get("unmanagedByCategory"), compounds, Compound::category, Compound::unmanaged);
        assertCounts(figures.get("byStrategyStillUnmanaged"), compounds, Compound::strategy,
                c -> c.strategy() != null && c.unmanaged());
    }

    /** A sub-district or community: its sums, and its counts by category, of all and of unmanaged compounds. */
    private static void assertArea(JsonNode area, List<Compound> compounds) {
        assertTotals(area, Totals.of(compounds), area.get("code").stringValue());
        assertCounts(area.get("byCategory"), compounds, Compound::category, c -> true);
        assertCounts(area.get("unmanagedByCategory"), compounds, Compound::category, Compound::unmanaged);
    }

    private static void assertTotals(JsonNode node, Totals expected, String what) {
        assertThat(List.of(node.get("compounds").intValue(), node.get("unmanaged").intValue(), node.get("buildings").intValue(),
                node.get("units").intValue(), node.get("households").intValue()))
                .as(what + ": compounds, unmanaged, buildings, units, households")
                .isEqualTo(List.of(expected.compounds(), expected.unmanaged(), expected.buildings(), expected.units(),
                        expected.households()));
        assertThat(node.get("floorArea").decimalValue()).as(what + ": floor area").isEqualByComparingTo(expected.floorArea());
    }

    /** Totals per key and the plain counts per key, over the compounds that have one. */
    private static void assertGrouped(JsonNode totals, JsonNode counts, List<Compound> compounds, Function<Compound, String> key,
                                      Predicate<Compound> keyed, String what) {
        Map<String, List<Compound>> groups = compounds.stream().filter(keyed)
                .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
        assertThat(totals.propertyNames()).as(what).containsExactlyInAnyOrderElementsOf(groups.keySet());
        groups.forEach((k, group) -> assertTotals(totals.get(k), Totals.of(group), what + " " + k));
        assertCounts(counts, compounds.stream().filter(keyed).toList(), key, c -> true);
    }

    /** Counts per key of the compounds that match, where there is at least one. */
    private static void assertCounts(JsonNode counts, List<Compound> compounds, Function<Compound, String> key,
                                     Predicate<Compound> counted) {
        Map<String, Integer> expected = compounds.stream().filter(counted)
                .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.summingInt(c -> 1)));
        Map<String, Integer> actual = new TreeMap<>();
        counts.propertyNames().forEach(name -> actual.put(name, counts.get(name).intValue()));
        assertThat(actual).isEqualTo(expected);
    }

    private static void assertExtent(JsonNode extent, double w, double s, double e, double n) {
        JsonNode box = extent.get("bbox");
        assertThat(List.of(box.get(0).doubleValue(), box.get(1).doubleValue(), box.get(2).doubleValue(), box.get(3).doubleValue()))
                .usingElementComparator((a, b) -> Math.abs(a - b) < 1e-6 ? 0 : Double.compare(a, b))
                .containsExactly(w, s, e, n);
    }
}
