package org.gridatlas.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import org.gridatlas.Api;
import org.gridatlas.GridAtlasIntegrationTest;
import org.gridatlas.TestAccounts;
import org.gridatlas.TestAccounts.TestAccount;
import org.gridatlas.command.access.Role;
import org.gridatlas.messages.ReadYourWrites;
import org.gridatlas.ui.MapPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * A district's campaign and a sub-district's inside it, and a community's in
 * the district's other sub-district. The eastern sub-district has the figures
 * of 北城街道: 50 compounds, 21 managed, 29 unmanaged; the western one six, four
 * unmanaged. The district launches first, the eastern office clears five and
 * then launches its own, the west's community launches, more are cleared and
 * one more is found. Each campaign counts its own area; the district's open
 * campaigns together count each compound once, checked against the records;
 * the eastern officer runs the eastern campaign and is refused the district's.
 */
@GridAtlasIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SubDistrictCampaignIT {

    private static final String DISTRICT = "140211";
    private static final String EAST = DISTRICT + "001";
    private static final String WEST = DISTRICT + "002";
    private static final String EAST_COMMUNITY = EAST + "001";
    private static final String WEST_COMMUNITY = WEST + "001";
    private static final double WEST_EDGE = 113.50;
    private static final double SOUTH_EDGE = 36.20;
    private static final String BBOX = "113.49,36.19,113.53,36.22";

    private static final TestAccount EAST_OFFICER =
            TestAccounts.account("campaign-east-officer", "北城街道专班", Role.CAMPAIGN_OFFICER, EAST);
    private static final TestAccount EAST_PLANNER =
            TestAccounts.account("campaign-east-planner", "北城街道规划", Role.PLANNER, EAST);

    /** A district of its own whose campaign was stored before campaigns had areas. */
    private static final String OLD_DISTRICT = "140212";

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    private Api officer;
    private Api eastOfficer;
    private Api eastPlanner;
    private Api leader;
    /** The last position a change was answered with, for reads that must see it. */
    private long position = -1;

    /** The baselines as the test made them. */
    private final Set<String> districtBaseline = new LinkedHashSet<>();
    private final Set<String> eastBaseline = new LinkedHashSet<>();
    private final Set<String> westBaseline = new LinkedHashSet<>();
    private final Set<String> cleared = new HashSet<>();

    @BeforeAll
    void launchTheCampaignsAndClearSomeCompounds() {
        Api api = new Api(port);
        accounts.ensure(EAST_OFFICER);
        accounts.ensure(EAST_PLANNER);
        officer = api.as(TestAccounts.OFFICER);
        eastOfficer = api.as(EAST_OFFICER);
        eastPlanner = api.as(EAST_PLANNER);
        leader = api.as(TestAccounts.LEADER);
        Api admin = api.as(TestAccounts.ADMIN);
        succeeded(admin.post("/api/districts", "{\"districtCode\":\"" + DISTRICT + "\",\"name\":\"清零测试区\"}"));
        succeeded(admin.post("/api/districts/" + DISTRICT + "/sub-districts",
                "{\"subDistrictCode\":\"" + EAST + "\",\"name\":\"北城街道\"}"));
        succeeded(admin.post("/api/districts/" + DISTRICT + "/sub-districts",
                "{\"subDistrictCode\":\"" + WEST + "\",\"name\":\"南城街道\"}"));
        succeeded(admin.post("/api/districts/" + DISTRICT + "/communities",
                "{\"communityCode\":\"" + EAST_COMMUNITY + "\",\"name\":\"北城社区\"}"));
        succeeded(admin.post("/api/districts/" + DISTRICT + "/communities",
                "{\"communityCode\":\"" + WEST_COMMUNITY + "\",\"name\":\"南城社区\"}"));

        for (int i = 1; i <= 50; i++) {
            register(officer, east(i), EAST_COMMUNITY, i, i <= 29);
        }
        for (int i = 1; i <= 6; i++) {
            register(officer, west(i), WEST_COMMUNITY, 60 + i, i <= 4);
        }
        succeeded(officer.post("/api/campaigns", launch("sdc-district", null, "全区无物业小区清零行动")));
        IntStream.rangeClosed(1, 29).mapToObj(SubDistrictCampaignIT::east).forEach(districtBaseline::add);
        IntStream.rangeClosed(1, 4).mapToObj(SubDistrictCampaignIT::west).forEach(districtBaseline::add);

        IntStream.rangeClosed(1, 5).forEach(i -> clear(eastOfficer, east(i)));
        succeeded(eastOfficer.post("/api/campaigns", launch("sdc-east", EAST, "北城街道无物业小区清零行动")));
        IntStream.rangeClosed(6, 29).mapToObj(SubDistrictCampaignIT::east).forEach(eastBaseline::add);
        succeeded(officer.post("/api/campaigns", launch("sdc-west", WEST_COMMUNITY, "南城社区无物业小区清零")));
        IntStream.rangeClosed(1, 4).mapToObj(SubDistrictCampaignIT::west).forEach(westBaseline::add);

        IntStream.rangeClosed(6, 15).forEach(i -> clear(eastOfficer, east(i)));
        IntStream.rangeClosed(1, 2).forEach(i -> clear(officer, west(i)));
        register(eastOfficer, east(51), EAST_COMMUNITY, 51, true);
    }

    private static String east(int i) {
        return String.format(Locale.ROOT, "sdc-e%02d", i);
    }

    private static String west(int i) {
        return "sdc-w" + i;
    }

    private static String launch(String id, String areaCode, String name) {
        return """
                {"campaignId":"%s","districtCode":"%s",%s"name":"%s","targetDate":"2099-12-31",
                 "milestones":[{"due":"2099-06-30","maxUnmanaged":10,"label":"过半"},{"due":"2099-12-31","maxUnmanaged":0,"label":"清零"}]}"""
                .formatted(id, DISTRICT, areaCode == null ? "" : "\"areaCode\":\"" + areaCode + "\",", name);
    }

    private void register(Api as, String id, String community, int n, boolean unmanaged) {
        double w = WEST_EDGE + n % 10 * 0.002;
        double s = SOUTH_EDGE + n / 10 * 0.002;
        String boundary = String.format(Locale.ROOT, "{\"type\":\"Polygon\",\"coordinates\":[[[%.4f,%.4f],[%.4f,%.4f],"
                + "[%.4f,%.4f],[%.4f,%.4f],[%.4f,%.4f]]]}", w, s, w + 0.0015, s, w + 0.0015, s + 0.0015, w, s + 0.0015, w, s);
        String management = unmanaged ? "{\"mode\":\"UNMANAGED\"}"
                : "{\"mode\":\"MARKET_COMPANY\",\"provider\":\"北城物业服务有限公司\",\"since\":\"2015-01-01\",\"feeStance\":\"CHARGING\"}";
        succeeded(as.post("/api/compounds", """
                {"compoundId":"%s","communityCode":"%s","name":"小区%s","households":80,"buildings":4,"units":8,
                 "floorArea":5200,"yearBuilt":1990,"category":"OLD_COMPOUND","boundary":%s,"management":%s}"""
                .formatted(id, community, id, boundary, management)));
    }

    private void clear(Api as, String compoundId) {
        succeeded(as.put("/api/compounds/" + compoundId + "/management", """
                {"management":{"mode":"STATE_OWNED_FALLBACK","provider":"街道国有物业公司","since":"2026-05-01",
                 "feeStance":"SERVE_FIRST"},"reason":"街道国有物业公司兜底"}"""));
        cleared.add(compoundId);
    }

    private Api.Response succeeded(Api.Response response) {
        assertThat(response.status() / 100).as(response.body()).isEqualTo(2);
        String answered = response.header(ReadYourWrites.POSITION_HEADER);
        if (answered != null) {
            position = Math.max(position, Long.parseLong(answered));
        }
        return response;
    }

    /** A read that sees every change made so far. */
    private JsonNode read(Api as, String path) {
        Api.Response response = as.get(path, ReadYourWrites.POSITION_HEADER, String.valueOf(position));
        assertThat(response.status()).as(path + " " + response.body()).isEqualTo(200);
        return response.json();
    }

    private long storedEvents() {
        return jdbc.sql("SELECT count(*) FROM eventstore.domain_event_entry").query(Long.class).single();
    }

    private static void refused(Api.Response response, int status, String problem) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).contains(problem);
    }

    private static void hasFigures(JsonNode progress, int compoundsAtLaunch, int atLaunch, int baselineCleared,
                                   int unmanagedNow, int clearances, int found) {
        assertThat(progress.get("compoundsAtLaunch").intValue()).as("compounds at launch").isEqualTo(compoundsAtLaunch);
        assertThat(progress.get("unmanagedAtLaunch").intValue()).as("baseline").isEqualTo(atLaunch);
        assertThat(progress.get("baselineCleared").intValue()).as("baseline cleared").isEqualTo(baselineCleared);
        assertThat(progress.get("baselineStillUnmanaged").intValue()).isEqualTo(atLaunch - baselineCleared);
        assertThat(progress.get("unmanagedNow").intValue()).as("unmanaged now").isEqualTo(unmanagedNow);
        assertThat(progress.get("clearancesSinceLaunch").intValue()).as("clearances").isEqualTo(clearances);
        assertThat(progress.get("foundUnmanagedSinceLaunch").intValue()).as("found").isEqualTo(found);
    }

    private int clearedOf(Set<String> baseline) {
        return (int) baseline.stream().filter(cleared::contains).count();
    }

    @Test
    @Order(1)
    void eachCampaignCountsTheCompoundsOfItsOwnArea() {
        JsonNode district = read(leader, "/api/campaigns/sdc-district");
        assertThat(district.get("areaCode").stringValue()).isEqualTo(DISTRICT);
        assertThat(district.get("areaLevel").stringValue()).isEqualTo("DISTRICT");
        assertThat(district.get("restrictedTo").isNull()).isTrue();
        hasFigures(district, 56, districtBaseline.size(), clearedOf(districtBaseline), 17, 17, 1);

        JsonNode east = read(leader, "/api/campaigns/sdc-east");
        assertThat(east.get("areaCode").stringValue()).isEqualTo(EAST);
        assertThat(east.get("areaLevel").stringValue()).isEqualTo("SUB_DISTRICT");
        assertThat(east.get("areaName").stringValue()).isEqualTo("北城街道");
        hasFigures(east, 50, 24, clearedOf(eastBaseline), 15, 10, 1);
        assertThat(east.get("milestones")).extracting(m -> m.get("status").stringValue()).containsExactly("OPEN", "OPEN");

        JsonNode west = read(leader, "/api/campaigns/sdc-west");
        assertThat(west.get("areaLevel").stringValue()).isEqualTo("COMMUNITY");
        assertThat(west.get("areaName").stringValue()).isEqualTo("南城社区");
        hasFigures(west, 6, 4, 2, 2, 2, 0);
        assertThat(west.get("milestones")).extracting(m -> m.get("status").stringValue()).containsExactly("REACHED", "OPEN");
    }

    @Test
    @Order(1)
    void theDistrictListsItsCampaignsOfEveryLevelAndFiltersThemByArea() {
        JsonNode all = read(leader, "/api/campaigns?districtCode=" + DISTRICT);
        assertThat(all).extracting(c -> c.get("campaignId").stringValue() + "@" + c.get("areaLevel").stringValue())
                .containsExactly("sdc-district@DISTRICT", "sdc-east@SUB_DISTRICT", "sdc-west@COMMUNITY");
        assertThat(read(leader, "/api/campaigns?districtCode=" + DISTRICT + "&areaCode=" + EAST))
                .extracting(c -> c.get("campaignId").stringValue()).containsExactly("sdc-east");
        assertThat(read(leader, "/api/campaigns?districtCode=" + DISTRICT + "&areaCode=" + DISTRICT))
                .extracting(c -> c.get("campaignId").stringValue()).containsExactly("sdc-district");
    }

    @Test
    @Order(1)
    void theDistrictSummaryCountsACompoundInSeveralBaselinesOnceAsTheRecordsShow() {
        JsonNode summary = read(leader, "/api/campaigns/summary?districtCode=" + DISTRICT);

        Set<String> union = new HashSet<>(districtBaseline);
        union.addAll(eastBaseline);
        union.addAll(westBaseline);
        Set<String> inSeveral = new HashSet<>(eastBaseline);
        inSeveral.addAll(westBaseline);
        inSeveral.retainAll(districtBaseline);
        List<JsonNode> records = new ArrayList<>();
        read(leader, "/api/compounds?bbox=" + BBOX).get("features").forEach(records::add);
        assertThat(records).hasSize(57);
        long unmanagedRecords = records.stream()
                .filter(f -> f.get("properties").get("managementMode").stringValue().equals("UNMANAGED")).count();
        long baselineRecordsCleared = records.stream().filter(f -> union.contains(f.get("id").stringValue()))
                .filter(f -> !f.get("properties").get("managementMode").stringValue().equals("UNMANAGED")).count();

        assertThat(summary.get("openCampaigns").intValue()).isEqualTo(3);
        assertThat(summary.get("openCampaignsByLevel").get("SUB_DISTRICT").intValue()).isEqualTo(1);
        assertThat(summary.get("baseline").intValue()).as("each compound once").isEqualTo(union.size()).isEqualTo(33);
        assertThat(summary.get("sumOfCampaignBaselines").intValue()).as("what a plain sum would say")
                .isEqualTo(districtBaseline.size() + eastBaseline.size() + westBaseline.size()).isEqualTo(61);
        assertThat(summary.get("inSeveralBaselines").intValue()).isEqualTo(inSeveral.size());
        assertThat(summary.get("baselineCleared").intValue()).isEqualTo(baselineRecordsCleared).isEqualTo(17);
        assertThat(summary.get("baselineStillUnmanaged").intValue()).isEqualTo(union.size() - 17);
        assertThat(summary.get("unmanagedNow").intValue()).isEqualTo(unmanagedRecords).isEqualTo(17);
    }

    @Test
    @Order(1)
    void eachCampaignsTrendAndLedgerKeepToItsArea() {
        assertThat(lastMonth(read(leader, "/api/campaigns/sdc-district/trend"))).isEqualTo(17);
        JsonNode eastTrend = read(leader, "/api/campaigns/sdc-east/trend");
        assertThat(lastMonth(eastTrend)).isEqualTo(15);
        assertThat(StreamSupport.stream(eastTrend.spliterator(), false).mapToInt(m -> m.get("relapses").intValue()).sum())
                .isZero();
        assertThat(lastMonth(read(leader, "/api/campaigns/sdc-west/trend"))).isEqualTo(2);

        String window = "&from=" + Instant.now().minusSeconds(86_400) + "&to=" + Instant.now().plusSeconds(86_400);
        JsonNode eastLedger = read(leader, "/api/compounds/management-ledger?districtCode=" + DISTRICT + "&areaCode=" + EAST
                + window);
        assertThat(eastLedger).allSatisfy(e -> assertThat(e.get("compoundId").stringValue()).startsWith("sdc-e"));
        assertThat(eastLedger).filteredOn(e -> e.get("transition").stringValue().equals("CLEARED")).hasSize(15);
        assertThat(read(leader, "/api/compounds/management-ledger?districtCode=" + DISTRICT + window))
                .filteredOn(e -> e.get("transition").stringValue().equals("CLEARED")).hasSize(17);
    }

    private static int lastMonth(JsonNode trend) {
        return trend.get(trend.size() - 1).get("unmanagedAtEnd").intValue();
    }

    @Test
    @Order(1)
    void secondOpenCampaignForTheSameAreaIsRefused() {
        long before = storedEvents();
        refused(eastOfficer.post("/api/campaigns", launch("sdc-east-2", EAST, "再次启动")), 422, "one-open-campaign-per-area");
        refused(officer.post("/api/campaigns", launch("sdc-district-2", null, "再次启动")), 422, "one-open-campaign-per-area");
        refused(officer.post("/api/campaigns", launch("sdc-elsewhere", "140105001", "越区")), 422, "campaign-area-unknown");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    @Order(1)
    void aSubDistrictOfficerIsRefusedTheDistrictsCampaignAndTheNeighbours() {
        long before = storedEvents();
        refused(eastOfficer.post("/api/campaigns", launch("sdc-by-east", null, "越权")), 403, "urn:gridatlas:problem:forbidden");
        refused(eastOfficer.post("/api/campaigns", launch("sdc-by-east", WEST, "越权")), 403, "urn:gridatlas:problem:forbidden");
        refused(eastOfficer.post("/api/campaigns/sdc-district/closure", "{\"reason\":\"越权收官\"}"), 403,
                "urn:gridatlas:problem:forbidden");
        refused(eastOfficer.post("/api/campaigns/sdc-west/closure", "{\"reason\":\"越权收官\"}"), 403,
                "urn:gridatlas:problem:forbidden");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    @Order(1)
    void aSubDistrictReaderSeesItsCampaignAndTheDistrictsCountedOverItsOwnArea() {
        JsonNode seen = read(eastPlanner, "/api/campaigns?districtCode=" + DISTRICT);
        assertThat(seen).extracting(c -> c.get("campaignId").stringValue()).containsExactly("sdc-district", "sdc-east");

        JsonNode district = seen.get(0);
        assertThat(district.get("restrictedTo")).extracting(JsonNode::stringValue).containsExactly(EAST);
        hasFigures(district, 50, 29, 15, 15, 15, 1);
        assertThat(district.get("milestones")).allSatisfy(m -> assertThat(m.get("status").isNull()).isTrue());
        assertThat(seen.get(1).get("restrictedTo").isNull()).isTrue();
        hasFigures(seen.get(1), 50, 24, 10, 15, 10, 1);

        refused(eastPlanner.get("/api/campaigns/sdc-west"), 403, "urn:gridatlas:problem:forbidden");
        refused(eastPlanner.get("/api/campaigns?districtCode=" + DISTRICT + "&areaCode=" + WEST_COMMUNITY), 403,
                "urn:gridatlas:problem:forbidden");
        JsonNode summary = read(eastPlanner, "/api/campaigns/summary?districtCode=" + DISTRICT);
        assertThat(summary.get("restrictedTo")).extracting(JsonNode::stringValue).containsExactly(EAST);
        assertThat(summary.get("openCampaigns").intValue()).isEqualTo(2);
        assertThat(summary.get("baseline").intValue()).isEqualTo(29);
        assertThat(summary.get("inSeveralBaselines").intValue()).isEqualTo(24);
        assertThat(summary.get("unmanagedNow").intValue()).isEqualTo(15);
    }

    @Test
    @Order(1)
    void theMapPageShowsTheDistrictsCampaignWithTheOthersBelowIt() throws Exception {
        read(leader, "/api/campaigns/summary?districtCode=" + DISTRICT);
        try (MapPage page = MapPage.open(port, TestAccounts.PLANNER, DISTRICT)) {
            assertThat(page.one(".campaign h2").getText()).isEqualTo("全区无物业小区清零行动");
            assertThat(page.one("[data-figure=unmanagedNow]").getText()).isEqualTo("17");
            assertThat(page.all(".area-campaigns li")).extracting(li -> li.getAttribute("data-campaign"))
                    .containsExactly("sdc-east", "sdc-west");
            assertThat(page.one(".area-campaigns li[data-level=SUB_DISTRICT]").getText())
                    .contains("北城街道", "北城街道无物业小区清零行动", "剩余 15 / 启动时 24 个");
            assertThat(page.one("[data-summary=baseline]").getText()).as("each compound once").isEqualTo("33");
            assertThat(page.one("[data-summary=unmanagedNow]").getText()).isEqualTo("17");
            assertThat(page.consoleErrors()).isEmpty();
        }
        try (MapPage page = MapPage.open(port, EAST_PLANNER, DISTRICT)) {
            assertThat(page.one(".campaign .restricted").getText()).isEqualTo("仅统计您辖区内的小区");
            assertThat(page.one("[data-figure=unmanagedNow]").getText()).isEqualTo("15");
            assertThat(page.all(".campaign .badge")).as("no verdicts over part of the area").isEmpty();
            assertThat(page.all(".area-campaigns li")).extracting(li -> li.getAttribute("data-campaign"))
                    .containsExactly("sdc-east");
            assertThat(page.consoleErrors()).isEmpty();
        }
    }

    @Test
    @Order(2)
    void aSubDistrictOfficerClosesTheirCampaignOnceTheirAreaIsDoneWhileTheDistrictsStaysOpen() {
        refused(eastOfficer.post("/api/campaigns/sdc-east/closure", "{\"reason\":\"提前收官\"}"), 422, "15 still are");
        IntStream.rangeClosed(16, 29).forEach(i -> clear(eastOfficer, east(i)));
        clear(eastOfficer, east(51));

        succeeded(eastOfficer.post("/api/campaigns/sdc-east/closure", "{\"reason\":\"北城街道无物业小区全部清零\"}"));
        refused(officer.post("/api/campaigns/sdc-district/closure", "{\"reason\":\"提前收官\"}"), 422, "2 still are");

        JsonNode east = read(leader, "/api/campaigns/sdc-east");
        assertThat(east.get("closedOn").isNull()).isFalse();
        hasFigures(east, 50, 24, 24, 0, 25, 1);
        JsonNode summary = read(leader, "/api/campaigns/summary?districtCode=" + DISTRICT);
        assertThat(summary.get("openCampaigns").intValue()).as("a closed campaign leaves the summary").isEqualTo(2);
        assertThat(summary.get("baseline").intValue()).isEqualTo(33);
        assertThat(summary.get("unmanagedNow").intValue()).isEqualTo(2);
    }

    /**
     * A launch stored before campaigns had areas, written into the event store
     * as it was then (no areaCode, no areaLevel), with the directory row the
     * eventstore migration V4 leaves for it.
     */
    @Test
    @Order(3)
    void oldLaunchEventsWithoutAreaReadAsDistrictCampaigns() {
        Api admin = new Api(port).as(TestAccounts.ADMIN);
        succeeded(admin.post("/api/districts", "{\"districtCode\":\"" + OLD_DISTRICT + "\",\"name\":\"旧数据测试区\"}"));
        succeeded(admin.post("/api/districts/" + OLD_DISTRICT + "/sub-districts",
                "{\"subDistrictCode\":\"" + OLD_DISTRICT + "001\",\"name\":\"旧街道\"}"));
        succeeded(admin.post("/api/districts/" + OLD_DISTRICT + "/communities",
                "{\"communityCode\":\"" + OLD_DISTRICT + "001001\",\"name\":\"旧社区\"}"));
        register(officer, "sdc-old-1", OLD_DISTRICT + "001001", 91, true);
        register(officer, "sdc-old-2", OLD_DISTRICT + "001001", 92, true);

        position = jdbc.sql("""
                        INSERT INTO eventstore.domain_event_entry (aggregate_identifier, sequence_number, type,
                            event_identifier, meta_data, payload, payload_type, time_stamp)
                        VALUES ('sdc-old', 0, 'Campaign', gen_random_uuid()::text,
                            convert_to('{"user":"test-officer","userName":"测试专班","reason":"升级前启动"}', 'UTF8'),
                            convert_to(:payload, 'UTF8'), 'org.gridatlas.messages.campaign.CampaignLaunchedEvent',
                            :at)
                        RETURNING global_index""")
                .param("payload", """
                        {"campaignId":"sdc-old","districtCode":"%s","name":"旧数据区清零行动","launchedOn":"2026-01-05",
                         "targetDate":"2099-12-31","milestones":[{"due":"2099-12-31","maxUnmanaged":0,"label":"清零"}],
                         "compoundsAtLaunch":2,"unmanagedAtLaunch":["sdc-old-1","sdc-old-2"]}""".formatted(OLD_DISTRICT))
                .param("at", Instant.now().toString())
                .query(Long.class).single();
        jdbc.sql("""
                        INSERT INTO eventstore.directory_campaign (campaign_id, district_code, area_code, open)
                        VALUES ('sdc-old', :district, :district, true)""")
                .param("district", OLD_DISTRICT).update();

        JsonNode old = read(leader, "/api/campaigns/sdc-old");
        assertThat(old.get("areaCode").stringValue()).isEqualTo(OLD_DISTRICT);
        assertThat(old.get("areaLevel").stringValue()).isEqualTo("DISTRICT");
        assertThat(old.get("unmanagedAtLaunch").intValue()).isEqualTo(2);
        assertThat(read(leader, "/api/history/sdc-old").toString()).contains("\"areaCode\"", "\"DISTRICT\"");

        refused(officer.post("/api/campaigns", launch("sdc-old-again", null, "再次启动").replace(DISTRICT, OLD_DISTRICT)),
                422, "one-open-campaign-per-area");
        succeeded(officer.post("/api/campaigns", launch("sdc-old-street", OLD_DISTRICT + "001", "旧街道清零")
                .replace("\"" + DISTRICT + "\"", "\"" + OLD_DISTRICT + "\"")));
        refused(officer.post("/api/campaigns/sdc-old/closure", "{\"reason\":\"提前收官\"}"), 422, "2 still are");
        clear(officer, "sdc-old-1");
        clear(officer, "sdc-old-2");
        succeeded(officer.post("/api/campaigns/sdc-old/closure", "{\"reason\":\"全部清零\"}"));
        assertThat(jdbc.sql("""
                        SELECT convert_from(payload, 'UTF8')::jsonb ->> 'areaCode' FROM eventstore.domain_event_entry
                        WHERE aggregate_identifier = 'sdc-old' AND sequence_number = 1""")
                .query(String.class).single()).as("the close names the district as the area").isEqualTo(OLD_DISTRICT);
        assertThat(read(leader, "/api/campaigns/sdc-old").get("closedOn").isNull()).isFalse();
    }
}
