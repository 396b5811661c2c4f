package org.gridatlas.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.gridatlas.Api;
import org.gridatlas.GridAtlasIntegrationTest;
import org.gridatlas.TestAccounts;
import org.gridatlas.demo.SimulatedClock;
import org.gridatlas.messages.ReadYourWrites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The dashboard's outlook and ranking over two known histories. One is
 * entered here with simulated timestamps in a district of its own: launched
 * four months ago with 20 unmanaged compounds in three communities, then
 * month by month 4, 3, 3 and 2 cleared, one relapse two months ago and one
 * compound found unmanaged last month. The other is the demo district, whose
 * last two full months cleared 8 and 0 with 6 relapses: its verdict is read
 * from the numbers its own trend gives, never written down here.
 */
@GridAtlasIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignOutlookIT {

    private static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");
    private static final String DISTRICT = "140431";
    private static final String A = DISTRICT + "001";
    private static final String B = DISTRICT + "002";
    private static final String A1 = A + "001";
    private static final String A2 = A + "002";
    private static final String B1 = B + "001";
    private static final String CAMPAIGN = "outlook-140431";
    private static final String DEMO = "140105";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private Api officer;
    private Api leader;
    private long position = -1;
    private final LocalDate today = LocalDate.now(OFFICE);
    private final YearMonth current = YearMonth.from(today);
    private LocalDate target;

    @BeforeAll
    void enterAHistoryOfFourMonths() {
        Api api = new Api(port);
        officer = api.as(TestAccounts.OFFICER);
        leader = api.as(TestAccounts.LEADER);
        Api admin = api.as(TestAccounts.ADMIN);
        YearMonth launch = current.minusMonths(4);
        target = today.plusMonths(3);
        try (SimulatedClock clock = SimulatedClock.install(at(launch, 2))) {
            succeeded(admin.post("/api/districts", "{\"districtCode\":\"" + DISTRICT + "\",\"name\":\"看板测试区\"}"));
            for (String[] sub : new String[][] {{A, "东关街道"}, {B, "西关街道"}}) {
                succeeded(admin.post("/api/districts/" + DISTRICT + "/sub-districts",
                        "{\"subDistrictCode\":\"" + sub[0] + "\",\"name\":\"" + sub[1] + "\"}"));
            }
            for (String[] community : new String[][] {{A1, "东一社区"}, {A2, "东二社区"}, {B1, "西一社区"}}) {
                succeeded(admin.post("/api/districts/" + DISTRICT + "/communities",
                        "{\"communityCode\":\"" + community[0] + "\",\"name\":\"" + community[1] + "\"}"));
            }
            clock.set(at(launch, 3));
            IntStream.rangeClosed(1, 8).forEach(i -> register("h4-a1-" + i, A1, i, i <= 6));
            IntStream.rangeClosed(1, 4).forEach(i -> register("h4-a2-" + i, A2, 10 + i, true));
            IntStream.rangeClosed(1, 10).forEach(i -> register("h4-b1-" + i, B1, 20 + i, true));

            clock.set(at(launch, 5));
            succeeded(officer.post("/api/campaigns", """
                    {"campaignId":"%s","districtCode":"%s","name":"看板测试区清零行动","targetDate":"%s",
                     "milestones":[{"due":"%s","maxUnmanaged":18,"label":"首批"},{"due":"%s","maxUnmanaged":5,"label":"攻坚"}]}"""
                    .formatted(CAMPAIGN, DISTRICT, target, launch.plusMonths(1).atDay(28), today.plusMonths(1))));

            month(clock, launch, List.of("h4-a1-1", "h4-a1-2", "h4-b1-1", "h4-b1-2"));
            month(clock, launch.plusMonths(1), List.of("h4-a1-3", "h4-a2-1", "h4-b1-3"));
            month(clock, launch.plusMonths(2), List.of("h4-b1-4", "h4-b1-5", "h4-b1-6"));
            clock.set(at(launch.plusMonths(2), 20));
            succeeded(officer.put("/api/compounds/h4-a1-1/management", """
                    {"management":{"mode":"UNMANAGED","since":"%s"},"reason":"业主拒缴，物业撤出"}"""
                    .formatted(launch.plusMonths(2).atDay(20))));
            month(clock, launch.plusMonths(3), List.of("h4-a2-2", "h4-b1-7"));
            clock.set(at(launch.plusMonths(3), 21));
            register("h4-a2-5", A2, 15, true);
        }
    }

    private static Instant at(YearMonth month, int day) {
        return month.atDay(day).atTime(LocalTime.of(10, 0)).atZone(OFFICE).toInstant();
    }

    /** Clears the compounds on the 10th, 11th … of the month. */
    private void month(SimulatedClock clock, YearMonth month, List<String> compoundIds) {
        for (int i = 0; i < compoundIds.size(); i++) {
            LocalDate day = month.atDay(10 + i);
            clock.set(at(month, 10 + i));
            succeeded(officer.put("/api/compounds/" + compoundIds.get(i) + "/management", """
                    {"management":{"mode":"STATE_OWNED_FALLBACK","provider":"街道国有物业公司","since":"%s",
                     "feeStance":"SERVE_FIRST"},"reason":"街道国有物业公司兜底"}""".formatted(day)));
        }
    }

    private void register(String id, String community, int n, boolean unmanaged) {
        double w = 114.30 + n % 10 * 0.002;
        double s = 36.43 + n / 10 * 0.002;
        String boundary = String.format(Locale.ROOT, "{\"type\":\"Polygon\",\"coordinates\":[[[%.4f,%.4f],[%.4f,%.4f],"
                + "[%.4f,%.4f],[%.4f,%.4f],[%.4f,%.4f]]]}", w, s, w + 0.0015, s, w + 0.0015, s + 0.0015, w, s + 0.0015, w, s);
        String management = unmanaged ? "{\"mode\":\"UNMANAGED\"}"
                : "{\"mode\":\"MARKET_COMPANY\",\"provider\":\"东关物业\",\"since\":\"2015-01-01\",\"feeStance\":\"CHARGING\"}";
        succeeded(officer.post("/api/compounds", """
                {"compoundId":"%s","communityCode":"%s","name":"小区%s","households":80,"buildings":4,"units":8,
                 "floorArea":5200,"yearBuilt":1990,"category":"OLD_COMPOUND","boundary":%s,"management":%s}"""
                .formatted(id, community, id, boundary, management)));
    }

    private void succeeded(Api.Response response) {
        assertThat(response.status() / 100).as(response.body()).isEqualTo(2);
        String answered = response.header(ReadYourWrites.POSITION_HEADER);
        if (answered != null) {
            position = Math.max(position, Long.parseLong(answered));
        }
    }

    private JsonNode read(String path) {
        Api.Response response = leader.get(path, ReadYourWrites.POSITION_HEADER, String.valueOf(position));
        assertThat(response.status()).as(path + " " + response.body()).isEqualTo(200);
        return response.json();
    }

    // ---------------------------------------------------------------- the history entered here

    @Test
    void theSeriesRunsFromTheLaunchWithTheMonthsAsEntered() {
        JsonNode months = read("/api/campaigns/" + CAMPAIGN + "/outlook").get("months");
        assertThat(months).extracting(m -> m.get("month").stringValue()).containsExactly(
                IntStream.rangeClosed(0, 4).mapToObj(i -> current.minusMonths(4 - i).toString()).toArray(String[]::new));
        assertThat(months).extracting(m -> m.get("clearances").intValue()).containsExactly(4, 3, 3, 2, 0);
        assertThat(months).extracting(m -> m.get("relapses").intValue()).containsExactly(0, 0, 1, 0, 0);
        assertThat(months).as("the survey before launch is not found during the campaign")
                .extracting(m -> m.get("found").intValue()).containsExactly(0, 0, 0, 1, 0);
        assertThat(months).extracting(m -> m.get("unmanagedAtStart").intValue()).containsExactly(20, 16, 13, 11, 10);
        assertThat(months).extracting(m -> m.get("unmanagedAtEnd").intValue()).containsExactly(16, 13, 11, 10, 10);
    }

    @Test
    void theProjectionTakesTheLastThreeFullMonthsAndIsLateWithinTheGrace() {
        JsonNode outlook = read("/api/campaigns/" + CAMPAIGN + "/outlook");
        assertThat(outlook.get("baseline").intValue()).isEqualTo(20);
        assertThat(outlook.get("targetDate").stringValue()).isEqualTo(target.toString());
        JsonNode p = outlook.get("projection");
        JsonNode window = p.get("window");
        assertThat(window.get("firstMonth").stringValue()).isEqualTo(current.minusMonths(3).toString());
        assertThat(window.get("lastMonth").stringValue()).isEqualTo(current.minusMonths(1).toString());
        assertThat(window.get("months").decimalValue()).isEqualByComparingTo("3");
        assertThat(window.get("clearances").intValue()).isEqualTo(8);
        assertThat(window.get("relapses").intValue()).isEqualTo(1);
        assertThat(window.get("found").intValue()).isEqualTo(1);
        assertThat(window.get("net").intValue()).isEqualTo(6)
                .isEqualTo(window.get("unmanagedAtStart").intValue() - window.get("unmanagedAtEnd").intValue());
        assertThat(p.get("ratePerMonth").decimalValue()).isEqualByComparingTo("2");
        assertThat(p.get("remaining").intValue()).isEqualTo(10);
        assertThat(p.get("monthsToClear").decimalValue()).isEqualByComparingTo("5.0");
        // five months of 30.44 days, rounded up to whole days
        assertThat(p.get("projectedClearance").stringValue()).isEqualTo(today.plusDays(153).toString());
        assertThat(p.get("never").booleanValue()).isFalse();
        assertThat(p.get("verdict").stringValue()).isEqualTo("AT_RISK");
        assertThat(p.get("reason").stringValue()).isEqualTo("WITHIN_GRACE");
        assertThat(p.get("milestonesAhead")).singleElement().satisfies(m -> {
            assertThat(m.get("label").stringValue()).isEqualTo("攻坚");
            assertThat(m.get("projectedUnmanaged").intValue()).isEqualTo(8);
            assertThat(m.get("withinThreshold").booleanValue()).isFalse();
        });
    }

    @Test
    void eachCommunityIsMeasuredAgainstItsOwnBaselineAtLaunch() {
        JsonNode ranking = read("/api/campaigns/" + CAMPAIGN + "/ranking?level=COMMUNITY");
        Map<String, JsonNode> byCode = byCode(ranking);
        assertThat(byCode).containsOnlyKeys(A1, A2, B1);
        hasFigures(byCode.get(A1), 8, 6, 2, "0.3333", 4, 3, 1, 0);
        hasFigures(byCode.get(A2), 5, 4, 2, "0.5", 3, 2, 0, 1);
        hasFigures(byCode.get(B1), 10, 10, 7, "0.7", 3, 7, 0, 0);
        assertThat(byCode.get(A1).get("name").stringValue()).isEqualTo("东一社区");
        assertThat(ranks(byCode, "rankByRemaining")).containsExactly(1, 2, 2);
        assertThat(ranks(byCode, "rankByClearanceRate")).containsExactly(3, 2, 1);
        assertThat(ranks(byCode, "rankByRelapses")).containsExactly(1, 2, 2);
        assertThat(ranking.get("areas")).as("most left first").extracting(a -> a.get("code").stringValue())
                .containsExactly(A1, A2, B1);
    }

    @Test
    void theSubDistrictsAddUpToTheCampaignsOwnFigures() {
        JsonNode ranking = read("/api/campaigns/" + CAMPAIGN + "/ranking?level=SUB_DISTRICT");
        Map<String, JsonNode> byCode = byCode(ranking);
        hasFigures(byCode.get(A), 13, 10, 4, "0.4", 7, 5, 1, 1);
        hasFigures(byCode.get(B), 10, 10, 7, "0.7", 3, 7, 0, 0);
        sumsAreTheCampaigns(ranking, read("/api/campaigns/" + CAMPAIGN));
    }

    private static void hasFigures(JsonNode area, int compounds, int baseline, int baselineCleared, String rate,
                                   int remaining, int clearances, int relapses, int found) {
        String code = area.get("code").stringValue();
        assertThat(area.get("compounds").intValue()).as(code + " compounds").isEqualTo(compounds);
        assertThat(area.get("baseline").intValue()).as(code + " baseline").isEqualTo(baseline);
        assertThat(area.get("baselineCleared").intValue()).as(code + " baseline cleared").isEqualTo(baselineCleared);
        assertThat(area.get("clearanceRate").decimalValue()).as(code + " rate").isEqualByComparingTo(rate);
        assertThat(area.get("remaining").intValue()).as(code + " remaining").isEqualTo(remaining);
        assertThat(area.get("clearances").intValue()).as(code + " clearances").isEqualTo(clearances);
        assertThat(area.get("relapses").intValue()).as(code + " relapses").isEqualTo(relapses);
        assertThat(area.get("found").intValue()).as(code + " found").isEqualTo(found);
    }

    private static Map<String, JsonNode> byCode(JsonNode ranking) {
        Map<String, JsonNode> byCode = new HashMap<>();
        ranking.get("areas").forEach(a -> byCode.put(a.get("code").stringValue(), a));
        return byCode;
    }

    private static List<Integer> ranks(Map<String, JsonNode> byCode, String rank) {
        return List.of(byCode.get(A1).get(rank).intValue(), byCode.get(A2).get(rank).intValue(),
                byCode.get(B1).get(rank).intValue());
    }

    private static void sumsAreTheCampaigns(JsonNode ranking, JsonNode progress) {
        int[] sums = new int[6];
        ranking.get("areas").forEach(a -> {
            sums[0] += a.get("baseline").intValue();
            sums[1] += a.get("baselineCleared").intValue();
            sums[2] += a.get("remaining").intValue();
            sums[3] += a.get("clearances").intValue();
            sums[4] += a.get("relapses").intValue();
            sums[5] += a.get("found").intValue();
            if (a.get("baseline").intValue() > 0) {
                assertThat(a.get("clearanceRate").doubleValue()).as(a.get("code").stringValue()).isCloseTo(
                        (double) a.get("baselineCleared").intValue() / a.get("baseline").intValue(),
                        org.assertj.core.data.Offset.offset(0.00005));
            } else {
                assertThat(a.get("clearanceRate").isNull()).isTrue();
            }
        });
        assertThat(sums[0]).as("baseline").isEqualTo(progress.get("unmanagedAtLaunch").intValue());
        assertThat(sums[1]).as("baseline cleared").isEqualTo(progress.get("baselineCleared").intValue());
        assertThat(sums[2]).as("remaining").isEqualTo(progress.get("unmanagedNow").intValue());
        assertThat(sums[3]).as("clearances").isEqualTo(progress.get("clearancesSinceLaunch").intValue());
        assertThat(sums[4]).as("relapses").isEqualTo(progress.get("relapsesSinceLaunch").intValue());
        assertThat(sums[5]).as("found").isEqualTo(progress.get("foundUnmanagedSinceLaunch").intValue());
        JsonNode totals = ranking.get("totals");
        assertThat(totals.get("baseline").intValue()).isEqualTo(sums[0]);
        assertThat(totals.get("remaining").intValue()).isEqualTo(sums[2]);
        assertThat(totals.get("relapses").intValue()).isEqualTo(sums[4]);
    }

    // ---------------------------------------------------------------- the demo district

    private String demoCampaign() {
        List<JsonNode> campaigns = new ArrayList<>();
        read("/api/campaigns?districtCode=" + DEMO).forEach(campaigns::add);
        return campaigns.stream().filter(c -> c.get("areaLevel").stringValue().equals("DISTRICT"))
                .reduce((first, second) -> second).orElseThrow().get("campaignId").stringValue();
    }

    @Test
    void theDemosSeriesIsItsTrendMonthByMonth() {
        String id = demoCampaign();
        JsonNode months = read("/api/campaigns/" + id + "/outlook").get("months");
        JsonNode trend = read("/api/campaigns/" + id + "/trend");
        assertThat(months).hasSameSizeAs(trend);
        for (int i = 0; i < trend.size(); i++) {
            JsonNode m = months.get(i);
            JsonNode t = trend.get(i);
            assertThat(m.get("month").stringValue()).isEqualTo(t.get("month").stringValue());
            assertThat(m.get("unmanagedAtEnd").intValue()).as(t.get("month").stringValue())
                    .isEqualTo(t.get("unmanagedAtEnd").intValue());
            assertThat(m.get("clearances").intValue()).isEqualTo(t.get("clearances").intValue());
            assertThat(m.get("relapses").intValue()).isEqualTo(t.get("relapses").intValue());
        }
    }

    @Test
    void theDemoWhoseLastMonthsClearedLittleAndRelapsedIsNotOnTrack() {
        String id = demoCampaign();
        JsonNode outlook = read("/api/campaigns/" + id + "/outlook");
        JsonNode progress = read("/api/campaigns/" + id);
        JsonNode trend = read("/api/campaigns/" + id + "/trend");
        JsonNode p = outlook.get("projection");
        JsonNode window = p.get("window");

        // the window's figures are the trend's last three full months
        List<JsonNode> full = new ArrayList<>();
        trend.forEach(m -> {
            if (YearMonth.parse(m.get("month").stringValue()).isBefore(current)) {
                full.add(m);
            }
        });
        List<JsonNode> last3 = full.subList(full.size() - 3, full.size());
        int cleared = last3.stream().mapToInt(m -> m.get("clearances").intValue()).sum();
        int relapsed = last3.stream().mapToInt(m -> m.get("relapses").intValue()).sum();
        assertThat(window.get("firstMonth").stringValue()).isEqualTo(last3.get(0).get("month").stringValue());
        assertThat(window.get("clearances").intValue()).isEqualTo(cleared);
        assertThat(window.get("relapses").intValue()).isEqualTo(relapsed).isPositive();
        assertThat(last3.get(2).get("clearances").intValue()).as("the last month cleared none").isZero();
        int net = cleared - relapsed - window.get("found").intValue();
        assertThat(window.get("net").intValue()).isEqualTo(net);
        assertThat(p.get("ratePerMonth").doubleValue()).isCloseTo(net / 3.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(p.get("remaining").intValue()).isEqualTo(progress.get("unmanagedNow").intValue());

        LocalDate targetDate = LocalDate.parse(progress.get("targetDate").stringValue());
        if (net > 0) {
            LocalDate projected = LocalDate.parse(p.get("projectedClearance").stringValue());
            double months = progress.get("unmanagedNow").intValue() / (net / 3.0);
            assertThat(projected).isBetween(today.plusDays((long) (months * 30)), today.plusDays((long) (months * 31) + 1));
            assertThat(projected).as("the pace does not reach the target").isAfter(targetDate);
        } else {
            assertThat(p.get("never").booleanValue()).isTrue();
        }
        assertThat(p.get("verdict").stringValue()).isIn("AT_RISK", "OFF_TRACK");
    }

    @Test
    void theDemosAreasAddUpToItsCampaignAtBothLevels() {
        String id = demoCampaign();
        JsonNode progress = read("/api/campaigns/" + id);
        JsonNode subDistricts = read("/api/campaigns/" + id + "/ranking?level=SUB_DISTRICT");
        JsonNode communities = read("/api/campaigns/" + id + "/ranking?level=COMMUNITY");
        assertThat(subDistricts.get("areas")).hasSize(10);
        assertThat(communities.get("areas")).hasSize(100);
        sumsAreTheCampaigns(subDistricts, progress);
        sumsAreTheCampaigns(communities, progress);

        // each community's baseline is the launch's list counted by the compound's community
        Map<String, Integer> launched = new HashMap<>();
        jdbc.sql("""
                        SELECT c.community_code, count(*) FROM readmodel.campaign k, unnest(k.unmanaged_at_launch) b(id)
                        JOIN readmodel.compound c ON c.compound_id = b.id WHERE k.campaign_id = :id GROUP BY 1""")
                .param("id", id).query((rs, n) -> launched.put(rs.getString(1), rs.getInt(2))).list();
        communities.get("areas").forEach(a -> assertThat(a.get("baseline").intValue()).as(a.get("code").stringValue())
                .isEqualTo(launched.getOrDefault(a.get("code").stringValue(), 0)));
    }

    @Test
    void aSubDistrictsOfficerSeesTheirPartWithoutTheDistrictsMilestones() {
        String id = demoCampaign();
        Api subDistrictOfficer = new Api(port).as("demo-officer", "gridatlas-demo");
        JsonNode ranking = subDistrictOfficer.get("/api/campaigns/" + id + "/ranking?level=COMMUNITY").json();
        assertThat(ranking.get("restrictedTo")).extracting(JsonNode::stringValue).containsExactly("140105001");
        assertThat(ranking.get("areas")).hasSize(10)
                .allSatisfy(a -> assertThat(a.get("code").stringValue()).startsWith("140105001"));
        JsonNode whole = read("/api/campaigns/" + id + "/ranking?level=SUB_DISTRICT");
        JsonNode theirs = byCode(whole).get("140105001");
        assertThat(ranking.get("totals").get("baseline").intValue()).isEqualTo(theirs.get("baseline").intValue());
        assertThat(ranking.get("totals").get("remaining").intValue()).isEqualTo(theirs.get("remaining").intValue());

        JsonNode outlook = subDistrictOfficer.get("/api/campaigns/" + id + "/outlook").json();
        assertThat(outlook.get("restrictedTo")).extracting(JsonNode::stringValue).containsExactly("140105001");
        assertThat(outlook.get("baseline").intValue()).isEqualTo(theirs.get("baseline").intValue());
        assertThat(outlook.get("projection").get("remaining").intValue()).isEqualTo(theirs.get("remaining").intValue());
        assertThat(outlook.get("projection").get("milestonesAhead")).as("the district's thresholds say nothing of a part")
                .isEmpty();
    }

    @Test
    void aDistrictIsNoLevelToRankAndAnUnknownCampaignIsNotFound() {
        Api.Response district = leader.get("/api/campaigns/" + CAMPAIGN + "/ranking?level=DISTRICT");
        assertThat(district.status()).isEqualTo(400);
        assertThat(district.body()).contains("\"field\":\"level\"");
        Api.Response grid = leader.get("/api/campaigns/" + CAMPAIGN + "/ranking?level=GRID");
        assertThat(grid.status()).isEqualTo(400);
        assertThat(grid.body()).contains("\"field\":\"level\"");
        assertThat(leader.get("/api/campaigns/no-such-campaign/outlook").status()).isEqualTo(404);
        assertThat(leader.get("/api/campaigns/no-such-campaign/ranking").status()).isEqualTo(404);
    }
}
