package org.gridatlas.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.gridatlas.Api;
import org.gridatlas.GridAtlasIntegrationTest;
import org.gridatlas.ReadModel;
import org.gridatlas.TestAccounts;
import org.gridatlas.TestDistrict;
import org.gridatlas.demo.SimulatedClock;
import org.gridatlas.messages.ReadYourWrites;
import org.gridatlas.query.system.AsOf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The map and the figures as of a past instant come from the events: a
 * district of its own is entered with Axon's clock standing at chosen
 * instants (a compound registered unmanaged in March, cleared on 12 May,
 * relapsed in July; a grid branch founded in June), and every layer and
 * statistic is read at instants between them with known answers. The demo
 * district as of its launch day shows the articles' baseline.
 */
@GridAtlasIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimeTravelIT {

    private static final TestDistrict AREA = new TestDistrict("140451", 112.90, 37.30);
    private static final String A = "tt-140451-a";
    private static final String B = "tt-140451-b";
    private static final String C = "tt-140451-c";
    /** 10:00 Beijing on each day. */
    private static final Instant REGISTERED = Instant.parse("2026-03-10T02:00:00Z");
    private static final Instant CLEARED = Instant.parse("2026-05-12T02:00:00Z");
    private static final Instant BRANCH_FOUNDED = Instant.parse("2026-06-02T02:00:00Z");
    private static final Instant RELAPSED = Instant.parse("2026-07-20T02:00:00Z");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore events;

    Api planner;
    long position;

    @BeforeAll
    void enterTheHistory() {
        Api api = new Api(port);
        planner = api.as(TestAccounts.PLANNER);
        Api officer = api.as(TestAccounts.OFFICER);
        try (SimulatedClock clock = SimulatedClock.install(REGISTERED)) {
            AREA.create(api);
            register(officer, A, 0, 1, "{\"mode\":\"UNMANAGED\"}");
            register(officer, B, 0.003, 1, "{\"mode\":\"MARKET_COMPANY\",\"provider\":\"北城物业\",\"since\":\"2015-01-01\","
                    + "\"feeStance\":\"CHARGING\"}");
            clock.set(CLEARED);
            succeeded(officer.put("/api/compounds/" + A + "/management", """
                    {"management":{"mode":"STATE_OWNED_FALLBACK","provider":"街道国有物业公司","since":"2026-05-12",
                     "feeStance":"SERVE_FIRST"},"reason":"国有物业兜底"}"""));
            clock.set(BRANCH_FOUNDED);
            succeeded(officer.post("/api/party-organisations", """
                    {"organisationId":"tt-140451-branch","districtCode":"%s","type":"GRID_BRANCH","name":"第二网格党支部",
                     "fullMembers":5,"foundedOn":"2026-06-02","compoundIds":[],"gridCodes":["%s"]}"""
                    .formatted(AREA.code(), AREA.grid(2))));
            clock.set(RELAPSED);
            succeeded(officer.put("/api/compounds/" + A + "/management", """
                    {"management":{"mode":"UNMANAGED","since":"2026-07-20"},"reason":"企业撤出"}"""));
            register(officer, C, 0.006, 2, "{\"mode\":\"UNMANAGED\"}");
        }
        ReadModel.awaitUpToDate(processing, events);
    }

    private void register(Api as, String id, double fromEast, int grid, String management) {
        succeeded(as.post("/api/compounds", """
                {"compoundId":"%s","communityCode":"%s","name":"小区%s","households":80,"buildings":4,"units":8,
                 "floorArea":5200,"yearBuilt":1990,"category":"OLD_COMPOUND","boundary":%s,"management":%s,
                 "gridCodes":["%s"]}"""
                .formatted(id, AREA.community(), id, AREA.rectangle(fromEast + 0.0005, 0.001, 0.002, 0.002), management,
                        AREA.grid(grid))));
    }

    private void succeeded(Api.Response response) {
        assertThat(response.status() / 100).as(response.body()).isEqualTo(2);
        String answered = response.header(ReadYourWrites.POSITION_HEADER);
        if (answered != null) {
            position = Math.max(position, Long.parseLong(answered));
        }
    }

    private JsonNode read(String path) {
        Api.Response response = planner.get(path, ReadYourWrites.POSITION_HEADER, String.valueOf(position));
        assertThat(response.status()).as(path + " " + response.body()).isEqualTo(200);
        return response.json();
    }

    private String box() {
        return (AREA.west() - 0.001) + "," + (AREA.south() - 0.001) + "," + (AREA.west() + 0.013) + "," + (AREA.south() + 0.006);
    }

    /** Each compound of the district on the map at the instant, with its mode. */
    private Map<String, String> modesOnTheMap(String at) {
        JsonNode collection = read("/api/compounds?bbox=" + box() + (at == null ? "" : "&at=" + at));
        Map<String, String> modes = new TreeMap<>();
        collection.get("features").forEach(f -> modes.put(f.get("id").stringValue(),
                f.get("properties").get("managementMode").stringValue()));
        return modes;
    }

    @Test
    void theMapShowsEachCompoundAsItWasAtTheInstant() {
        assertThat(modesOnTheMap("2026-03-09")).as("before the survey").isEmpty();
        assertThat(modesOnTheMap("2026-03-10")).isEqualTo(Map.of(A, "UNMANAGED", B, "MARKET_COMPANY"));
        assertThat(modesOnTheMap("2026-05-11")).as("the day before the clearance").containsEntry(A, "UNMANAGED");
        assertThat(modesOnTheMap("2026-05-12")).as("a plain date is the end of that day in Beijing")
                .containsEntry(A, "STATE_OWNED_FALLBACK");
        assertThat(modesOnTheMap("2026-05-12T09:59:59%2B08:00")).containsEntry(A, "UNMANAGED");
        assertThat(modesOnTheMap("2026-05-12T10:00:00+08:00")).as("the event's own instant counts, and a '+' "
                        + "sent unencoded (a space once decoded) is read as the offset it was")
                .containsEntry(A, "STATE_OWNED_FALLBACK");
        assertThat(modesOnTheMap("2026-07-21")).isEqualTo(Map.of(A, "UNMANAGED", B, "MARKET_COMPANY", C, "UNMANAGED"));
        assertThat(modesOnTheMap(null)).as("now").isEqualTo(modesOnTheMap("2026-07-21"));
    }

    @Test
    void oneCompoundReadsAsItWasAndIsMissingBeforeItWasRegistered() {
        JsonNode june = read("/api/compounds/" + A + "?at=2026-06-30").get("properties");
        assertThat(june.get("managementMode").stringValue()).isEqualTo("STATE_OWNED_FALLBACK");
        assertThat(june.get("provider").stringValue()).isEqualTo("街道国有物业公司");
        assertThat(june.get("relapses").intValue()).isZero();
        assertThat(read("/api/compounds/" + A).get("properties").get("relapses").intValue()).isEqualTo(1);
        assertThat(planner.get("/api/compounds/" + C + "?at=2026-06-30", ReadYourWrites.POSITION_HEADER,
                String.valueOf(position)).status()).as("registered in July").isEqualTo(404);
    }

    @Test
    void theStatisticsCountTheCompoundsAsTheyWere() {
        String figures = "/api/statistics/compounds?districtCode=" + AREA.code();
        assertThat(read(figures + "&at=2026-03-01").get("compounds").intValue()).isZero();
        JsonNode april = read(figures + "&at=2026-04-30");
        assertThat(april.get("compounds").intValue()).isEqualTo(2);
        assertThat(april.get("unmanaged").intValue()).isEqualTo(1);
        assertThat(read(figures + "&at=2026-06-30").get("unmanaged").intValue()).isZero();
        JsonNode now = read(figures);
        assertThat(now.get("compounds").intValue()).isEqualTo(3);
        assertThat(now.get("unmanaged").intValue()).isEqualTo(2);
        assertThat(read(figures + "&at=2026-12-31").get("unmanaged").intValue()).as("a later instant reads as now")
                .isEqualTo(2);
    }

    @Test
    void partyCoverageOfGridsStartsWhenTheBranchWasFounded() {
        String coverage = "/api/statistics/party-coverage?districtCode=" + AREA.code();
        assertThat(read(coverage + "&at=2026-06-01").get("grids").get("covered").intValue()).isZero();
        assertThat(read(coverage + "&at=2026-06-02").get("grids").get("covered").intValue()).isEqualTo(1);
        String grids = "/api/grids?districtCode=" + AREA.code();
        assertThat(coveredGrids(read(grids + "&at=2026-05-31"))).isEmpty();
        assertThat(coveredGrids(read(grids + "&at=2026-06-30"))).containsExactly(AREA.grid(2));
        assertThat(read(grids + "&at=2026-03-09").get("features")).as("before the grids were drawn").isEmpty();
    }

    private static List<String> coveredGrids(JsonNode collection) {
        List<String> covered = new ArrayList<>();
        collection.get("features").forEach(f -> {
            if (f.get("properties").get("partyCovered").booleanValue()) {
                covered.add(f.get("id").stringValue());
            }
        });
        return covered;
    }

    @Test
    void theDemoAsOfItsLaunchDayShowsTheArticlesBaseline() {
        JsonNode campaign = read("/api/campaigns?districtCode=140105").get(0);
        LocalDate launched = LocalDate.parse(campaign.get("launchedOn").stringValue());
        JsonNode figures = read("/api/statistics/compounds?districtCode=140105&at=" + launched);
        assertThat(figures.get("unmanaged").intValue()).isEqualTo(296);
        JsonNode strategies = figures.get("byStrategy");
        assertThat(Map.of("RED_PROPERTY_ENTERPRISE", strategies.get("RED_PROPERTY_ENTERPRISE").intValue(),
                "ORIGINAL_EMPLOYER", strategies.get("ORIGINAL_EMPLOYER").intValue(),
                "SUBSIDISED_TRANSITION", strategies.get("SUBSIDISED_TRANSITION").intValue(),
                "BASIC_FALLBACK", strategies.get("BASIC_FALLBACK").intValue()))
                .isEqualTo(Map.of("RED_PROPERTY_ENTERPRISE", 26, "ORIGINAL_EMPLOYER", 62, "SUBSIDISED_TRANSITION", 150,
                        "BASIC_FALLBACK", 58));
        assertThat(read("/api/statistics/compounds?districtCode=140105").get("unmanaged").intValue())
                .as("and the campaign has cleared some since").isLessThan(296);
    }

    @Test
    void theDemoCampaignAsOfADayIsItsProgressThenAndDidNotExistBeforeItsLaunch() {
        JsonNode now = read("/api/campaigns?districtCode=140105").get(0);
        String id = now.get("campaignId").stringValue();
        LocalDate launched = LocalDate.parse(now.get("launchedOn").stringValue());

        JsonNode onLaunchDay = read("/api/campaigns/" + id + "?at=" + launched);
        assertThat(onLaunchDay.get("unmanagedNow").intValue()).isEqualTo(296);
        assertThat(onLaunchDay.get("clearancesSinceLaunch").intValue()).isZero();
        assertThat(onLaunchDay.get("milestones").get(0).get("status").stringValue()).isEqualTo("OPEN");

        LocalDate endOfFourthMonth = java.time.YearMonth.from(launched).plusMonths(4).atEndOfMonth();
        JsonNode trend = read("/api/campaigns/" + id + "/trend?at=" + endOfFourthMonth);
        assertThat(trend).hasSize(5);
        JsonNode fullTrend = read("/api/campaigns/" + id + "/trend");
        for (int month = 0; month < 4; month++) {
            assertThat(trend.get(month)).as("month " + month + " ended before the instant").isEqualTo(fullTrend.get(month));
        }
        assertThat(read("/api/campaigns/" + id + "?at=" + endOfFourthMonth).get("unmanagedNow").intValue())
                .isEqualTo(trend.get(4).get("unmanagedAtEnd").intValue());

        assertThat(read("/api/campaigns?districtCode=140105&at=" + launched.minusDays(1))).as("before the launch").isEmpty();
        assertThat(planner.get("/api/campaigns/" + id + "?at=" + launched.minusDays(1), ReadYourWrites.POSITION_HEADER,
                String.valueOf(position)).status()).isEqualTo(404);
        assertThat(read("/api/campaigns/summary?districtCode=140105&at=" + launched).get("unmanagedNow").intValue())
                .isEqualTo(296);
    }

    @Test
    void theDemoAsOfEachMonthEndAgreesWithItsManagementLedger() {
        for (String monthEnd : List.of("2026-01-31", "2026-04-30", "2026-07-31", "2026-10-31")) {
            Instant at = AsOf.parse(monthEnd).instant();
            int fromLedger = jdbc.sql("""
                            SELECT count(*) FROM (SELECT DISTINCT ON (compound_id) mode FROM readmodel.management_change
                                                  WHERE district_code = '140105' AND recorded_at <= :at
                                                  ORDER BY compound_id, recorded_at DESC, sequence_number DESC) m
                            WHERE m.mode = 'UNMANAGED'""")
                    .param("at", java.sql.Timestamp.from(at)).query(Integer.class).single();
            assertThat(read("/api/statistics/compounds?districtCode=140105&at=" + monthEnd).get("unmanaged").intValue())
                    .as(monthEnd).isEqualTo(fromLedger);
        }
    }

    @Test
    void theDemoBodiesAsOfEachMonthEndAreThoseStandingInTheHistoryThen() {
        for (String monthEnd : List.of("2026-01-31", "2026-05-31", "2026-09-30")) {
            java.sql.Timestamp at = java.sql.Timestamp.from(AsOf.parse(monthEnd).instant());
            int standing = jdbc.sql("""
                            SELECT (SELECT count(*) FROM readmodel.body_history
                                    WHERE district_code = '140105' AND dissolved_on IS NULL
                                      AND valid_from <= :at AND (valid_to IS NULL OR valid_to > :at))
                                 + (SELECT count(*) FILTER (WHERE owners_committee_since IS NOT NULL)
                                         + count(*) FILTER (WHERE management_committee_since IS NOT NULL)
                                    FROM readmodel.compound_history
                                    WHERE district_code = '140105' AND valid_from <= :at AND (valid_to IS NULL OR valid_to > :at))""")
                    .param("at", at).query(Integer.class).single();
            int counted = 0;
            for (JsonNode kind : read("/api/statistics/bodies?districtCode=140105&at=" + monthEnd).get("byKind")) {
                counted += kind.get("bodies").intValue();
            }
            assertThat(counted).as(monthEnd).isEqualTo(standing);
        }
        assertThat(read("/api/statistics/bodies?districtCode=140105&at=2025-01-01").get("byKind")).as("before the survey")
                .isEmpty();
        assertThat(read("/api/statistics/bodies?districtCode=140105&at=2099-12-31"))
                .isEqualTo(read("/api/statistics/bodies?districtCode=140105"));
    }

    @Test
    void anInstantThatIsNotOneIsRefusedNamingTheParameter() {
        Api.Response response = planner.get("/api/compounds?bbox=" + box() + "&at=2026-13-01");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"at\"");
        assertThat(planner.get("/api/statistics/compounds?districtCode=140105&at=yesterday").status()).isEqualTo(400);
    }

    @Test
    void everyKeptTableHasAHistoryWhoseOpenVersionsAreTheRowsOfNow() {
        List<String> kept = jdbc.sql("""
                        SELECT DISTINCT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
                        JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE n.nspname = 'readmodel' AND t.tgname = 'record_history' ORDER BY 1""")
                .query(String.class).list();
        assertThat(kept).as("the tables AsOf reads through their history").containsExactlyInAnyOrderElementsOf(AsOf.KEPT);
        for (String table : kept) {
            String columns = String.join(", ", jdbc.sql("""
                            SELECT quote_ident(attname) FROM pg_attribute
                            WHERE attrelid = CAST(:table AS regclass) AND attnum > 0 AND NOT attisdropped ORDER BY attnum""")
                    .param("table", "readmodel." + table).query(String.class).list());
            int differing = jdbc.sql("SELECT count(*) FROM ((SELECT " + columns + " FROM readmodel." + table
                            + " EXCEPT SELECT " + columns + " FROM readmodel." + table + "_history WHERE valid_to IS NULL)"
                            + " UNION ALL (SELECT " + columns + " FROM readmodel." + table + "_history WHERE valid_to IS NULL"
                            + " EXCEPT SELECT " + columns + " FROM readmodel." + table + ")) d")
                    .query(Integer.class).single();
            assertThat(differing).as(table + ": rows whose open version differs (a column the history does not copy?)")
                    .isZero();
        }
    }
}
