package org.gridatlas.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.gridatlas.Api;
import org.gridatlas.GridAtlasIntegrationTest;
import org.gridatlas.ReadModel;
import org.gridatlas.TestAccounts;
import org.gridatlas.TestAccounts.TestAccount;
import org.gridatlas.TestDistrict;
import org.gridatlas.demo.SimulatedClock;
import org.gridatlas.messages.ReadYourWrites;
import org.gridatlas.command.access.Role;
import org.gridatlas.query.system.AsOf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * What changed between two dates: a district of its own is entered with
 * Axon's clock at chosen instants, one change of each kind in its own month,
 * and the changes between month ends are read with known answers. The demo's
 * cleared and relapsed compounds of each month agree with its ledger.
 */
@GridAtlasIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChangesIT {

    private static final TestDistrict AREA = new TestDistrict("140461", 112.95, 37.35);
    private static final String A = "ch-140461-a";
    private static final String B = "ch-140461-b";
    private static final String C = "ch-140461-c";
    private static final String D = "ch-140461-d";
    private static final String BRANCH = "ch-140461-branch";
    private static final String GRID = AREA.grid(1);
    /** A planner of another community of the district only, one where nothing happened. */
    private static final TestAccount ELSEWHERE = TestAccounts.account("changes-elsewhere", "邻社区规划", Role.PLANNER,
            "140461001002");
    /** A planner of another district. */
    private static final TestAccount OTHER_DISTRICT = TestAccounts.account("changes-other", "外区规划", Role.PLANNER, "140462");

    /** 10:00 Beijing on each day. */
    private static final Instant REGISTERED = Instant.parse("2026-03-10T02:00:00Z");
    private static final Instant CLEARED = Instant.parse("2026-04-15T02:00:00Z");
    private static final Instant COMMITTEE_FORMED = Instant.parse("2026-04-20T02:00:00Z");
    private static final Instant DIVIDED = Instant.parse("2026-05-08T02:00:00Z");
    private static final Instant SPLIT = Instant.parse("2026-05-20T02:00:00Z");
    private static final Instant BRANCH_FOUNDED = Instant.parse("2026-06-02T02:00:00Z");
    private static final Instant MODE_CHANGED = Instant.parse("2026-06-25T02:00:00Z");
    private static final Instant RELAPSED = Instant.parse("2026-07-20T02:00:00Z");
    private static final Instant DISSOLVED = Instant.parse("2026-08-05T02:00:00Z");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore events;

    Api api;
    Api planner;
    long position;

    @BeforeAll
    void enterTheHistory() {
        api = new Api(port);
        accounts.ensure(ELSEWHERE);
        accounts.ensure(OTHER_DISTRICT);
        planner = api.as(TestAccounts.PLANNER);
        Api officer = api.as(TestAccounts.OFFICER);
        Api coordinator = api.as(TestAccounts.COORDINATOR);
        try (SimulatedClock clock = SimulatedClock.install(REGISTERED)) {
            AREA.create(api);
            register(officer, A, 0, 1, "{\"mode\":\"UNMANAGED\"}");
            register(officer, B, 0.003, 1, "{\"mode\":\"MARKET_COMPANY\",\"provider\":\"北城物业\",\"since\":\"2015-01-01\","
                    + "\"feeStance\":\"CHARGING\"}");
            register(officer, D, 0.0065, 2, "{\"mode\":\"UNMANAGED\"}");
            clock.set(CLEARED);
            succeeded(officer.put("/api/compounds/" + A + "/management", """
                    {"management":{"mode":"STATE_OWNED_FALLBACK","provider":"街道国有物业公司","since":"2026-04-15",
                     "feeStance":"SERVE_FIRST"},"reason":"国有物业兜底"}"""));
            clock.set(COMMITTEE_FORMED);
            succeeded(officer.post("/api/compounds/" + B + "/owners-committee",
                    "{\"date\":\"2026-04-20\",\"reason\":\"业主大会选举\"}"));
            clock.set(DIVIDED);
            String microGrids = "/api/grids/" + GRID + "/micro-grids";
            succeeded(coordinator.put(microGrids, "{\"microGrids\":[" + microGrid(GRID + "01", "西片", 0)
                    + "," + microGrid(GRID + "02", "东片", 0.003) + "],\"reason\":\"初次划分\"}"));
            clock.set(SPLIT);
            succeeded(coordinator.post(microGrids + "/" + GRID + "01/split", "{\"line\":" + AREA.line(0.0015, -0.001, 0.0015, 0.006)
                    + ",\"parts\":[{\"microGridCode\":\"" + GRID + "03\",\"name\":\"西西片\"},{\"microGridCode\":\"" + GRID
                    + "04\",\"name\":\"西东片\"}],\"reason\":\"按道路拆分\"}"));
            clock.set(BRANCH_FOUNDED);
            succeeded(officer.post("/api/party-organisations", """
                    {"organisationId":"%s","districtCode":"%s","type":"GRID_BRANCH","name":"第二网格党支部",
                     "fullMembers":5,"foundedOn":"2026-06-02","compoundIds":[],"gridCodes":["%s"]}"""
                    .formatted(BRANCH, AREA.code(), AREA.grid(2))));
            clock.set(MODE_CHANGED);
            succeeded(officer.put("/api/compounds/" + B + "/management", """
                    {"management":{"mode":"COMMUNITY_TRUSTEESHIP","provider":"测试社区居委会","since":"2026-06-25",
                     "feeStance":"SERVE_FIRST"},"reason":"物业公司退出，社区托管"}"""));
            clock.set(RELAPSED);
            succeeded(officer.put("/api/compounds/" + A + "/management", """
                    {"management":{"mode":"UNMANAGED","since":"2026-07-20"},"reason":"企业撤出"}"""));
            register(officer, C, 0.0085, 2, "{\"mode\":\"UNMANAGED\"}");
            clock.set(DISSOLVED);
            succeeded(officer.post("/api/party-organisations/" + BRANCH + "/dissolution",
                    "{\"dissolvedOn\":\"2026-08-05\",\"reason\":\"网格调整\"}"));
            succeeded(officer.post("/api/compounds/" + B + "/owners-committee/dissolution",
                    "{\"date\":\"2026-08-05\",\"reason\":\"任期届满未换届\"}"));
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

    private static String microGrid(String code, String name, double west) {
        return "{\"microGridCode\":\"%s\",\"name\":\"%s\",\"boundary\":%s,\"helpers\":[]}".formatted(code, name,
                AREA.rectangle(west, 0, 0.003, 0.005));
    }

    private void succeeded(Api.Response response) {
        assertThat(response.status() / 100).as(response.body()).isEqualTo(2);
        String answered = response.header(ReadYourWrites.POSITION_HEADER);
        if (answered != null) {
            position = Math.max(position, Long.parseLong(answered));
        }
    }

    private JsonNode read(Api as, String path) {
        Api.Response response = as.get(path, ReadYourWrites.POSITION_HEADER, String.valueOf(position));
        assertThat(response.status()).as(path + " " + response.body()).isEqualTo(200);
        return response.json();
    }

    private JsonNode changes(String district, String from, String to) {
        return read(planner, "/api/changes?districtCode=" + district + "&from=" + from + "&to=" + to);
    }

    /** The kinds that counted any change, with their counts. */
    private static Map<String, Integer> nonZeroCounts(JsonNode summary) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        summary.get("counts").properties().forEach(e -> {
            if (e.getValue().intValue() > 0) {
                counts.put(e.getKey(), e.getValue().intValue());
            }
        });
        return counts;
    }

    /** "kind code" of each listed change, in the list's order. */
    private static List<String> listed(JsonNode summary) {
        List<String> entries = new ArrayList<>();
        summary.get("changes").forEach(c -> entries.add(c.get("kind").stringValue() + " " + c.get("code").stringValue()));
        return entries;
    }

    private static JsonNode entry(JsonNode summary, String kind) {
        for (JsonNode c : summary.get("changes")) {
            if (c.get("kind").stringValue().equals(kind)) {
                return c;
            }
        }
        throw new AssertionError("no " + kind + " in " + summary);
    }

    @Test
    void eachMonthShowsTheChangesMadeInIt() {
        assertThat(listed(changes(AREA.code(), "2026-03-09", "2026-03-31")))
                .containsExactly("REGISTERED " + A, "REGISTERED " + B, "REGISTERED " + D);
        assertThat(listed(changes(AREA.code(), "2026-03-31", "2026-04-30")))
                .containsExactly("CLEARED " + A, "OWNERS_COMMITTEE_FORMED " + B);
        assertThat(listed(changes(AREA.code(), "2026-04-30", "2026-05-31")))
                .containsExactly("MICRO_GRID_SPLIT " + GRID, "MICRO_GRID_REDRAWN " + GRID);
        assertThat(listed(changes(AREA.code(), "2026-05-31", "2026-06-30")))
                .containsExactly("MODE_CHANGED " + B, "PARTY_ORGANISATION_FOUNDED " + BRANCH);
        assertThat(listed(changes(AREA.code(), "2026-06-30", "2026-07-31")))
                .containsExactly("RELAPSED " + A, "REGISTERED " + C);
        assertThat(listed(changes(AREA.code(), "2026-07-31", "2026-08-31")))
                .containsExactly("OWNERS_COMMITTEE_DISSOLVED " + B, "PARTY_ORGANISATION_DISSOLVED " + BRANCH);
        assertThat(changes(AREA.code(), "2026-08-31", "2026-09-30").get("total").intValue()).as("a quiet month").isZero();
    }

    @Test
    void overALongerSpanOnlyTheNetDifferenceOfEachRecordCounts() {
        JsonNode spring = changes(AREA.code(), "2026-03-31", "2026-08-31");
        assertThat(nonZeroCounts(spring)).as("A cleared and relapsed is unmanaged at both ends; the committee and the "
                        + "branch came and went; the grid's edits are each a step")
                .isEqualTo(Map.of("MODE_CHANGED", 1, "REGISTERED", 1, "MICRO_GRID_SPLIT", 1, "MICRO_GRID_REDRAWN", 1));
        assertThat(spring.get("counts").size()).as("every kind is counted, zeros too").isEqualTo(15);
        assertThat(spring.get("total").intValue()).isEqualTo(4);
        assertThat(spring.get("truncated").booleanValue()).isFalse();
        assertThat(changes(AREA.code(), "2026-05-12", "2026-05-12").get("total").intValue()).as("the same day").isZero();
    }

    @Test
    void aPlainDateIsTheEndOfThatDayInBeijing() {
        assertThat(nonZeroCounts(changes(AREA.code(), "2026-04-14", "2026-04-15"))).isEqualTo(Map.of("CLEARED", 1));
        assertThat(nonZeroCounts(changes(AREA.code(), "2026-04-15", "2026-04-16"))).isEmpty();
        assertThat(nonZeroCounts(changes(AREA.code(), "2026-04-15T09:59:59%2B08:00", "2026-04-15T10:00:00%2B08:00")))
                .as("a change counts at its own instant, after from and not after to").isEqualTo(Map.of("CLEARED", 1));
        assertThat(nonZeroCounts(changes(AREA.code(), "2026-04-15T10:00:00%2B08:00", "2026-04-15T11:00:00%2B08:00")))
                .isEmpty();
    }

    @Test
    void eachChangeSaysWhatItWasBeforeAndAfterWhenAndWhy() {
        JsonNode april = changes(AREA.code(), "2026-03-31", "2026-04-30");
        JsonNode cleared = entry(april, "CLEARED");
        assertThat(cleared.get("subject").stringValue()).isEqualTo("COMPOUND");
        assertThat(cleared.get("name").stringValue()).isEqualTo("小区" + A);
        assertThat(cleared.get("communityCode").stringValue()).isEqualTo(AREA.community());
        assertThat(cleared.get("communityName").stringValue()).isEqualTo("测试社区");
        assertThat(cleared.get("before").stringValue()).isEqualTo("UNMANAGED");
        assertThat(cleared.get("after").stringValue()).isEqualTo("STATE_OWNED_FALLBACK");
        assertThat(cleared.get("at").stringValue()).isEqualTo(CLEARED.toString());
        assertThat(cleared.get("reason").stringValue()).isEqualTo("国有物业兜底");
        assertThat(cleared.get("bbox")).hasSize(4);
        JsonNode committee = entry(april, "OWNERS_COMMITTEE_FORMED");
        assertThat(committee.get("before").isNull()).isTrue();
        assertThat(committee.get("on").stringValue()).isEqualTo("2026-04-20");

        JsonNode split = entry(changes(AREA.code(), "2026-04-30", "2026-05-31"), "MICRO_GRID_SPLIT");
        assertThat(split.get("subject").stringValue()).isEqualTo("GRID");
        assertThat(split.get("name").stringValue()).isEqualTo("第1网格");
        assertThat(split.get("before").stringValue()).isEqualTo(GRID + "01");
        assertThat(split.get("after").stringValue()).isEqualTo(GRID + "03, " + GRID + "04");
        assertThat(split.get("at").stringValue()).isEqualTo(SPLIT.toString());
        assertThat(split.get("by").stringValue()).isEqualTo("测试网格管理员");
        assertThat(split.get("reason").stringValue()).isEqualTo("按道路拆分");

        JsonNode founded = entry(changes(AREA.code(), "2026-05-31", "2026-06-30"), "PARTY_ORGANISATION_FOUNDED");
        assertThat(founded.get("name").stringValue()).isEqualTo("第二网格党支部");
        assertThat(founded.get("after").stringValue()).isEqualTo("GRID_BRANCH");
        assertThat(founded.get("on").stringValue()).isEqualTo("2026-06-02");
        assertThat(founded.get("bbox")).as("the grid it covers").hasSize(4);
        JsonNode dissolved = entry(changes(AREA.code(), "2026-07-31", "2026-08-31"), "PARTY_ORGANISATION_DISSOLVED");
        assertThat(dissolved.get("on").stringValue()).isEqualTo("2026-08-05");
    }

    @Test
    void theChangedCompoundsComeAsFeaturesColouredByTheirFirstChange() {
        JsonNode july = read(planner, "/api/changes/compounds?districtCode=" + AREA.code() + "&from=2026-06-30&to=2026-07-31");
        Map<String, String> changes = new LinkedHashMap<>();
        july.get("features").forEach(f -> {
            changes.put(f.get("id").stringValue(), f.get("properties").get("change").stringValue());
            assertThat(f.get("geometry").get("type").stringValue()).isEqualTo("Polygon");
        });
        assertThat(changes).isEqualTo(Map.of(A, "RELAPSED", C, "REGISTERED"));
        JsonNode april = read(planner, "/api/changes/compounds?districtCode=" + AREA.code() + "&from=2026-03-31&to=2026-04-30");
        assertThat(april.get("features")).extracting(f -> f.get("id").stringValue() + " "
                        + f.get("properties").get("changes").get(0).stringValue())
                .containsExactly(A + " CLEARED", B + " OWNERS_COMMITTEE_FORMED");
    }

    @Test
    void aReaderSeesOnlyTheChangesInTheirScope() {
        Api elsewhere = api.as(ELSEWHERE);
        JsonNode summary = read(elsewhere, "/api/changes?districtCode=" + AREA.code() + "&from=2026-03-09&to=2026-08-31");
        assertThat(summary.get("total").intValue()).isZero();
        assertThat(read(elsewhere, "/api/changes/compounds?districtCode=" + AREA.code() + "&from=2026-03-09&to=2026-08-31")
                .get("features")).isEmpty();
        assertThat(read(planner, "/api/changes?districtCode=" + AREA.code() + "&from=2026-03-09&to=2026-08-31")
                .get("total").intValue()).as("a planner of the whole district sees them").isPositive();
        assertThat(api.as(OTHER_DISTRICT).get("/api/changes?districtCode=" + AREA.code() + "&from=2026-03-09&to=2026-08-31")
                .status()).as("another district's reader is not answered").isEqualTo(403);
    }

    @Test
    void fromAfterToIsRefusedNamingTheRule() {
        Api.Response response = planner.get("/api/changes?districtCode=" + AREA.code() + "&from=2026-09-30&to=2026-08-31");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"from\"").contains("must not be after to");
        assertThat(planner.get("/api/changes/compounds?districtCode=" + AREA.code() + "&from=2026-09-30&to=2026-08-31")
                .status()).isEqualTo(400);
        Api.Response badDate = planner.get("/api/changes?districtCode=" + AREA.code() + "&from=2026-08-31&to=2026-02-30");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.body()).contains("\"field\":\"to\"");
        assertThat(planner.get("/api/changes?districtCode=" + AREA.code() + "&to=2026-08-31").status()).as("from is required")
                .isEqualTo(400);
        assertThat(planner.get("/api/changes?districtCode=149999&from=2026-08-01&to=2026-08-31").status()).isEqualTo(404);
    }

    @Test
    void theDemosClearedAndRelapsedCompoundsOfEachMonthAgreeWithItsLedger() {
        List<String> monthEnds = List.of("2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30", "2026-05-31", "2026-06-30",
                "2026-07-31", "2026-08-31", "2026-09-30", "2026-10-31", "2026-11-30");
        int clearedInAll = 0;
        for (int i = 0; i + 1 < monthEnds.size(); i++) {
            String from = monthEnds.get(i);
            String to = monthEnds.get(i + 1);
            JsonNode counts = changes("140105", from, to).get("counts");
            Map<String, Integer> fromLedger = ledgerCounts(AsOf.parse(from).instant(), AsOf.parse(to).instant());
            assertThat(counts.get("CLEARED").intValue()).as("cleared " + from + " – " + to).isEqualTo(fromLedger.get("CLEARED"));
            assertThat(counts.get("RELAPSED").intValue()).as("relapsed " + from + " – " + to)
                    .isEqualTo(fromLedger.get("RELAPSED"));
            assertThat(counts.get("MODE_CHANGED").intValue()).as("changed " + from + " – " + to)
                    .isEqualTo(fromLedger.get("MODE_CHANGED"));
            clearedInAll += counts.get("CLEARED").intValue();
        }
        assertThat(clearedInAll).as("the campaign clears compounds month by month").isPositive();
    }

    /** Compounds of the demo by their mode at two instants, as the ledger's last entry at each says. */
    private Map<String, Integer> ledgerCounts(Instant from, Instant to) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.sql("""
                        WITH mode_at AS (
                            SELECT m.compound_id,
                                   (SELECT x.mode FROM readmodel.management_change x WHERE x.compound_id = m.compound_id
                                      AND x.recorded_at <= :from ORDER BY x.recorded_at DESC, x.sequence_number DESC LIMIT 1)
                                       AS before_mode,
                                   (SELECT x.mode FROM readmodel.management_change x WHERE x.compound_id = m.compound_id
                                      AND x.recorded_at <= :to ORDER BY x.recorded_at DESC, x.sequence_number DESC LIMIT 1)
                                       AS after_mode
                            FROM (SELECT DISTINCT compound_id FROM readmodel.management_change
                                  WHERE district_code = '140105') m)
                        SELECT count(*) FILTER (WHERE before_mode = 'UNMANAGED' AND after_mode <> 'UNMANAGED'),
                               count(*) FILTER (WHERE before_mode <> 'UNMANAGED' AND after_mode = 'UNMANAGED'),
                               count(*) FILTER (WHERE before_mode <> 'UNMANAGED' AND after_mode <> 'UNMANAGED'
                                                AND before_mode <> after_mode)
                        FROM mode_at""")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, n) -> {
                    counts.put("CLEARED", rs.getInt(1));
                    counts.put("RELAPSED", rs.getInt(2));
                    counts.put("MODE_CHANGED", rs.getInt(3));
                    return n;
                }).single();
        return counts;
    }
}
