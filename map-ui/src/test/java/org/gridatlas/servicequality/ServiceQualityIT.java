package org.gridatlas.servicequality;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import org.gridatlas.Api;
import org.gridatlas.GridAtlasIntegrationTest;
import org.gridatlas.TestAccounts;
import org.gridatlas.TestAccounts.TestAccount;
import org.gridatlas.command.access.Role;
import org.gridatlas.messages.ReadYourWrites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Service quality as 肃州 and 中山 measure it, entered through the API and read
 * back: problems found on patrol and reported by residents, four-party
 * meetings that settle some of them, and 12345 complaint figures for two
 * years. The statistics must equal what was entered, counted here from the
 * same records, and keep to the reader's areas.
 */
@GridAtlasIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceQualityIT {

    private static final String DISTRICT = "140231";
    private static final String EAST = DISTRICT + "001";
    private static final String WEST = DISTRICT + "002";
    /** Two communities in the east sub-district, one in the west. */
    private static final List<String> COMMUNITIES = List.of(EAST + "001", EAST + "002", WEST + "001");
    private static final double WEST_EDGE = 98.50;
    private static final double SOUTH_EDGE = 39.74;
    private static final TestAccount EAST_COORDINATOR =
            TestAccounts.account("sq-east-coordinator", "仓后街社区网格管理员", Role.GRID_COORDINATOR, COMMUNITIES.get(0));

    /** A problem as entered, and what became of it. */
    record Entered(String id, int community, boolean inCompound, String category, String foundThrough, LocalDate foundOn,
                   LocalDate resolvedOn, String meetingId, LocalDate reopenedOn) {

        boolean resolvedWithin(LocalDate from, LocalDate to) {
            return resolvedOn != null && !resolvedOn.isBefore(from) && !resolvedOn.isAfter(to);
        }

        boolean openAt(LocalDate day) {
            return !foundOn.isAfter(day) && (resolvedOn == null || resolvedOn.isAfter(day)
                    || (reopenedOn != null && !reopenedOn.isAfter(day)));
        }
    }

    private static final LocalDate FOUR_PARTY_DAY = LocalDate.of(2023, 3, 20);
    private static final LocalDate COUNCIL_DAY = LocalDate.of(2023, 6, 5);
    private static final List<Entered> PROBLEMS = List.of(
            new Entered("sq-p1", 0, true, "SANITATION", "GRID_PATROL", LocalDate.of(2023, 3, 2),
                    LocalDate.of(2023, 3, 25), "sq-m1", null),
            new Entered("sq-p2", 0, false, "FIRE_SAFETY", "GRID_PATROL", LocalDate.of(2023, 3, 5),
                    LocalDate.of(2023, 4, 2), "sq-m1", null),
            new Entered("sq-p3", 0, true, "REPAIRS", "RESIDENT_REPORT", LocalDate.of(2023, 4, 10), null, null, null),
            new Entered("sq-p4", 0, false, "PARKING", "HOTLINE", LocalDate.of(2023, 5, 1), null, null, null),
            new Entered("sq-p5", 1, true, "SANITATION", "GRID_PATROL", LocalDate.of(2023, 3, 3),
                    LocalDate.of(2023, 3, 10), null, LocalDate.of(2023, 4, 1)),
            new Entered("sq-p6", 2, true, "GREENING", "GRID_PATROL", LocalDate.of(2023, 6, 1),
                    LocalDate.of(2023, 6, 10), "sq-m2", null),
            new Entered("sq-p7", 2, false, "FEES", "RESIDENT_REPORT", LocalDate.of(2022, 11, 20),
                    LocalDate.of(2023, 1, 15), null, null));

    /** Monthly 12345 figures of the two east communities, quarterly ones of the west: 1,100 in 2022, 740 in 2023. */
    private static final Map<Integer, int[]> MONTHLY_2022 = Map.of(0, repeat(40, 12), 1, repeat(30, 12));
    private static final Map<Integer, int[]> MONTHLY_2023 = Map.of(0, repeat(27, 12), 1, repeat(20, 12));
    private static final int[] WEST_QUARTERS_2022 = repeat(65, 4);
    private static final int[] WEST_QUARTERS_2023 = repeat(44, 4);

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    Api api;
    Api officer;
    Api coordinator;
    Api planner;
    /** The last position a change was answered with: reads sent with it see every change before. */
    String position = "0";

    @BeforeAll
    void enterTheDistrictItsProblemsMeetingsAndComplaints() {
        api = new Api(port);
        accounts.ensure(EAST_COORDINATOR);
        officer = api.as(TestAccounts.OFFICER);
        coordinator = api.as(TestAccounts.COORDINATOR);
        planner = api.as(TestAccounts.PLANNER);
        Api admin = api.as(TestAccounts.ADMIN);
        created(admin.post("/api/districts", "{\"districtCode\":\"" + DISTRICT + "\",\"name\":\"服务质量测试区\"}"));
        for (String subDistrict : List.of(EAST, WEST)) {
            created(admin.post("/api/districts/" + DISTRICT + "/sub-districts",
                    "{\"subDistrictCode\":\"" + subDistrict + "\",\"name\":\"街道" + subDistrict + "\"}"));
        }
        for (int c = 0; c < COMMUNITIES.size(); c++) {
            String community = COMMUNITIES.get(c);
            created(admin.post("/api/districts/" + DISTRICT + "/communities",
                    "{\"communityCode\":\"" + community + "\",\"name\":\"社区" + community + "\"}"));
            created(coordinator.post("/api/grids", "{\"gridCode\":\"" + community + "001\",\"communityCode\":\"" + community
                    + "\",\"name\":\"网格\",\"boundary\":" + rectangle(c, 0, 0, 0.008, 0.006) + "}"));
            created(officer.post("/api/compounds", """
                    {"compoundId":"sq-c%d","communityCode":"%s","name":"小区%d","households":300,"buildings":6,"units":18,
                     "floorArea":21000,"yearBuilt":1998,"category":"OLD_COMPOUND","boundary":%s,
                     "management":{"mode":"MARKET_COMPANY","provider":"恒安物业","since":"2019-01-01","feeStance":"CHARGING"},
                     "gridCodes":["%s001"]}""".formatted(c, community, c, rectangle(c, 0.001, 0.001, 0.003, 0.003), community)));
        }
        created(officer.post("/api/party-organisations", """
                {"organisationId":"sq-branch","districtCode":"%s","type":"COMPOUND_BRANCH","name":"小区0党支部",
                 "fullMembers":5,"foundedOn":"2021-07-01","compoundIds":["sq-c0"]}""".formatted(DISTRICT)));
        created(officer.post("/api/bodies", """
                {"bodyId":"hengan-property","kind":"PROPERTY_SERVICE_COMPANY","areaCode":"%s","name":"恒安物业服务有限公司",
                 "creditCode":"91140121MA0R8T2K33","foundedOn":"2019-01-01","compoundIds":["sq-c0","sq-c1","sq-c2"],
                 "reason":"选聘的物业服务企业入库"}""".formatted(DISTRICT)));

        for (Entered p : PROBLEMS) {
            created(coordinator.post("/api/problems", """
                    {"problemId":"%s","districtCode":"%s","location":%s,"category":"%s","foundThrough":"%s",
                     "description":"%s","foundOn":"%s"}""".formatted(p.id(), DISTRICT, point(p), p.category(),
                    p.foundThrough(), "巡查发现：" + p.category(), p.foundOn())));
        }
        created(coordinator.post("/api/meetings", """
                {"meetingId":"sq-m1","communityCode":"%s","kind":"FOUR_PARTY","heldOn":"%s","subject":"楼顶平台清理、飞线充电整治",
                 "place":{"name":"社区党群服务中心","location":{"type":"Point","coordinates":[98.5005,39.7405]}},
                 "participants":[{"kind":"COMMUNITY_PARTY_COMMITTEE","name":"社区党委"},
                                 {"kind":"PARTY_BRANCH","name":"小区0党支部","partyOrganisationId":"sq-branch"},
                                 {"kind":"OWNERS_COMMITTEE","name":"小区0业主委员会","compoundId":"sq-c0"},
                                 {"kind":"PROPERTY_COMPANY","name":"恒安物业","bodyId":"hengan-property"}],
                 "problemIds":["sq-p1","sq-p2"]}""".formatted(COMMUNITIES.get(0), FOUR_PARTY_DAY)));
        created(officer.post("/api/meetings", """
                {"meetingId":"sq-m2","communityCode":"%s","kind":"NEIGHBOURHOOD_COUNCIL","heldOn":"%s",
                 "place":{"name":"小板凳议事点"},
                 "participants":[{"kind":"RESIDENTS_REPRESENTATIVES","name":"居民代表"},{"kind":"RESIDENTS_COMMITTEE"}],
                 "problemIds":["sq-p6"]}""".formatted(COMMUNITIES.get(2), COUNCIL_DAY)));
        for (Entered p : PROBLEMS) {
            if (p.resolvedOn() != null) {
                ok(officer.post("/api/problems/" + p.id() + "/resolution", """
                        {"resolvedOn":"%s",%s"reason":"整改完成"}""".formatted(p.resolvedOn(),
                        p.meetingId() == null ? "" : "\"meetingId\":\"" + p.meetingId() + "\",")));
            }
            if (p.reopenedOn() != null) {
                ok(officer.post("/api/problems/" + p.id() + "/reopening",
                        "{\"reopenedOn\":\"" + p.reopenedOn() + "\",\"reason\":\"居民反映问题复现\"}"));
            }
        }

        for (int year : new int[] {2022, 2023}) {
            Map<Integer, int[]> monthly = year == 2022 ? MONTHLY_2022 : MONTHLY_2023;
            for (Map.Entry<Integer, int[]> community : monthly.entrySet()) {
                for (int month = 1; month <= 12; month++) {
                    recordComplaints(COMMUNITIES.get(community.getKey()), String.format(Locale.ROOT, "%d-%02d", year, month),
                            year == 2023 && month == 6 && community.getKey() == 0 ? 25 : community.getValue()[month - 1]);
                }
            }
            int[] quarters = year == 2022 ? WEST_QUARTERS_2022 : WEST_QUARTERS_2023;
            for (int q = 1; q <= 4; q++) {
                recordComplaints(COMMUNITIES.get(2), year + "-Q" + q, quarters[q - 1]);
            }
        }
        ok(officer.put("/api/complaints/complaints-" + COMMUNITIES.get(0) + "-2023-06",
                "{\"complaints\":27,\"reason\":\"12345热线月度核对：漏计2件\",\"expectedVersion\":0}"));
    }

    // ---- the statistics equal the records

    @Test
    void aYearsFiguresEqualTheRecordsForTheDistrictEachSubDistrictAndEachCommunity() {
        JsonNode figures = read(planner, "/api/statistics/service-quality?districtCode=" + DISTRICT + "&period=2023");
        LocalDate from = LocalDate.of(2023, 1, 1);
        LocalDate to = LocalDate.of(2023, 12, 31);
        assertThat(figures.get("from").stringValue()).isEqualTo(from.toString());
        assertThat(figures.get("yearEarlier").stringValue()).isEqualTo("2022");

        expectProblems(figures.get("district"), p -> true, from, to);
        expectProblems(area(figures.get("bySubDistrict"), EAST), p -> p.community() < 2, from, to);
        expectProblems(area(figures.get("bySubDistrict"), WEST), p -> p.community() == 2, from, to);
        for (int c = 0; c < COMMUNITIES.size(); c++) {
            int community = c;
            expectProblems(area(figures.get("byCommunity"), COMMUNITIES.get(c)), p -> p.community() == community, from, to);
        }
        JsonNode district = figures.get("district");
        assertThat(district.get("problems").get("settledByMeetings").intValue())
                .isEqualTo((int) PROBLEMS.stream().filter(p -> p.meetingId() != null && p.resolvedWithin(from, to)).count());
        assertThat(district.get("meetings").get("held").intValue()).isEqualTo(2);
        assertThat(district.get("meetings").get("byKind").get("FOUR_PARTY").intValue()).isEqualTo(1);
        assertThat(district.get("meetings").get("byKind").get("NEIGHBOURHOOD_COUNCIL").intValue()).isEqualTo(1);
        assertThat(area(figures.get("byCommunity"), COMMUNITIES.get(1)).get("meetings").get("held").intValue()).isZero();
    }

    private void expectProblems(JsonNode area, Predicate<Entered> in, LocalDate from, LocalDate to) {
        List<Entered> here = PROBLEMS.stream().filter(in).toList();
        JsonNode problems = area.get("problems");
        assertThat(problems.get("found").intValue()).as(area.get("code") + " found")
                .isEqualTo(count(here, p -> !p.foundOn().isBefore(from) && !p.foundOn().isAfter(to)));
        assertThat(problems.get("resolved").intValue()).as(area.get("code") + " resolved")
                .isEqualTo(count(here, p -> p.resolvedWithin(from, to)));
        assertThat(problems.get("openAtEnd").intValue()).as(area.get("code") + " open")
                .isEqualTo(count(here, p -> p.openAt(to)));
        for (String category : List.of("SANITATION", "FIRE_SAFETY", "REPAIRS", "PARKING", "GREENING", "FEES", "SECURITY")) {
            assertThat(problems.get("byCategory").get(category).get("found").intValue()).as(category)
                    .isEqualTo(count(here, p -> p.category().equals(category) && !p.foundOn().isBefore(from)));
        }
        for (String how : List.of("GRID_PATROL", "RESIDENT_REPORT", "HOTLINE")) {
            assertThat(problems.get("byFoundThrough").get(how).get("found").intValue()).as(how)
                    .isEqualTo(count(here, p -> p.foundThrough().equals(how) && !p.foundOn().isBefore(from)));
            assertThat(problems.get("byFoundThrough").get(how).get("openAtEnd").intValue()).as(how)
                    .isEqualTo(count(here, p -> p.foundThrough().equals(how) && p.openAt(to)));
        }
    }

    @Test
    void complaintsFellByTheShareTheFiguresGiveLikeSuzhousThirtyTwoPointSevenPerCent() {
        JsonNode figures = read(planner, "/api/statistics/service-quality?districtCode=" + DISTRICT + "&period=2023");

        int before = sum(MONTHLY_2022.get(0)) + sum(MONTHLY_2022.get(1)) + sum(WEST_QUARTERS_2022);
        int after = sum(MONTHLY_2023.get(0)) + sum(MONTHLY_2023.get(1)) + sum(WEST_QUARTERS_2023);
        JsonNode district = figures.get("district").get("complaints");
        assertThat(district.get("received").intValue()).isEqualTo(after).isEqualTo(740);
        assertThat(district.get("yearEarlier").intValue()).isEqualTo(before).isEqualTo(1100);
        assertThat(district.get("changePercent").decimalValue()).isEqualByComparingTo(change(after, before))
                .isEqualByComparingTo("-32.7");

        JsonNode east = area(figures.get("bySubDistrict"), EAST).get("complaints");
        assertThat(east.get("changePercent").decimalValue()).isEqualByComparingTo(change(
                sum(MONTHLY_2023.get(0)) + sum(MONTHLY_2023.get(1)), sum(MONTHLY_2022.get(0)) + sum(MONTHLY_2022.get(1))));
        JsonNode west = area(figures.get("byCommunity"), COMMUNITIES.get(2)).get("complaints");
        assertThat(west.get("received").intValue()).isEqualTo(sum(WEST_QUARTERS_2023));
        assertThat(west.get("changePercent").decimalValue()).isEqualByComparingTo(
                change(sum(WEST_QUARTERS_2023), sum(WEST_QUARTERS_2022)));
    }

    @Test
    void aMonthCountsMonthlyFiguresOnlyAndAYearWithoutAnEarlierFigureHasNoChange() {
        JsonNode may = read(planner, "/api/statistics/service-quality?districtCode=" + DISTRICT + "&period=2023-05");
        JsonNode east = area(may.get("byCommunity"), COMMUNITIES.get(0)).get("complaints");
        assertThat(east.get("received").intValue()).isEqualTo(MONTHLY_2023.get(0)[4]);
        assertThat(east.get("yearEarlier").intValue()).isEqualTo(MONTHLY_2022.get(0)[4]);
        JsonNode west = area(may.get("byCommunity"), COMMUNITIES.get(2)).get("complaints");
        assertThat(west.get("received").isNull()).as("a quarterly figure is not split into months").isTrue();
        assertThat(west.get("changePercent").isNull()).isTrue();

        JsonNode quarter = read(planner, "/api/statistics/service-quality?districtCode=" + DISTRICT + "&period=2023-Q2");
        assertThat(quarter.get("district").get("complaints").get("received").intValue())
                .isEqualTo(3 * MONTHLY_2023.get(0)[5] + 3 * MONTHLY_2023.get(1)[5] + WEST_QUARTERS_2023[1]);

        JsonNode firstYear = read(planner, "/api/statistics/service-quality?districtCode=" + DISTRICT + "&period=2022");
        JsonNode complaints = firstYear.get("district").get("complaints");
        assertThat(complaints.get("received").intValue()).isEqualTo(1100);
        assertThat(complaints.get("yearEarlier").isNull()).isTrue();
        assertThat(complaints.get("changePercent").isNull()).isTrue();
    }

    @Test
    void aPeriodIsAMonthQuarterOrYearAndTheDistrictMustExist() {
        Api.Response bad = planner.get("/api/statistics/service-quality?districtCode=" + DISTRICT + "&period=2023-13");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"period\"", "a quarter (2023-Q1)");
        assertThat(planner.get("/api/statistics/service-quality?districtCode=140239&period=2023").status()).isEqualTo(404);
    }

    // ---- the problems as a map layer, the records and their histories

    @Test
    void theProblemsLayerReturnsTheProblemsInTheBoxWithStatusAndCategory() {
        JsonNode all = read(planner, "/api/problems?bbox=98.49,39.73,98.53,39.75");
        assertThat(ids(all)).containsAll(PROBLEMS.stream().map(Entered::id).toList());
        JsonNode p5 = feature(all, "sq-p5");
        assertThat(p5.get("geometry").get("type").stringValue()).isEqualTo("Point");
        assertThat(p5.get("properties").get("status").stringValue()).isEqualTo("OPEN");
        assertThat(p5.get("properties").get("category").stringValue()).isEqualTo("SANITATION");
        assertThat(p5.get("properties").get("reopenings").intValue()).isEqualTo(1);
        JsonNode p1 = feature(all, "sq-p1").get("properties");
        assertThat(p1.get("status").stringValue()).isEqualTo("RESOLVED");
        assertThat(p1.get("meetingId").stringValue()).isEqualTo("sq-m1");
        assertThat(p1.get("compoundId").stringValue()).as("taken from the point").isEqualTo("sq-c0");
        assertThat(p1.get("gridCode").stringValue()).isEqualTo(COMMUNITIES.get(0) + "001");
        assertThat(feature(all, "sq-p2").get("properties").get("compoundId").isNull()).isTrue();

        JsonNode west = read(planner, "/api/problems?bbox=98.519,39.739,98.53,39.75");
        assertThat(ids(west)).containsExactlyInAnyOrder("sq-p6", "sq-p7");
    }

    @Test
    void aPointOutsideTheNamedCompoundIsRefusedSayingWhereItLies() {
        Api.Response refused = coordinator.post("/api/problems", """
                {"districtCode":"%s","compoundId":"sq-c0","location":{"type":"Point","coordinates":[98.5115,39.7415]},
                 "category":"SANITATION","foundThrough":"GRID_PATROL","description":"垃圾堆放","foundOn":"2023-03-01"}"""
                .formatted(DISTRICT));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        JsonNode problem = refused.json();
        assertThat(problem.get("rule").stringValue()).isEqualTo("problem-outside-compound");
        assertThat(problem.get("errors").get(0).get("field").stringValue()).isEqualTo("location");
        assertThat(problem.get("detail").stringValue())
                .contains("POINT (98.5115 39.7415) lies in compound sq-c1 and grid " + COMMUNITIES.get(1) + "001");
    }

    @Test
    void theMeetingListsWhoWasPresentAndTheProblemsItSettled() {
        JsonNode meetings = read(planner, "/api/meetings?districtCode=" + DISTRICT + "&from=2023-01-01&to=2023-12-31");
        assertThat(meetings).hasSize(2);
        JsonNode fourParty = read(planner, "/api/meetings/sq-m1");
        assertThat(fourParty.get("kind").stringValue()).isEqualTo("FOUR_PARTY");
        assertThat(fourParty.get("participants")).extracting(p -> p.get("kind").stringValue())
                .containsExactly("COMMUNITY_PARTY_COMMITTEE", "PARTY_BRANCH", "OWNERS_COMMITTEE", "PROPERTY_COMPANY");
        assertThat(fourParty.get("participants").get(3).get("bodyId").stringValue()).isEqualTo("hengan-property");
        assertThat(fourParty.get("place").get("location").get("type").stringValue()).isEqualTo("Point");
        assertThat(fourParty.get("problemsSettled").intValue()).isEqualTo(2);
    }

    @Test
    void theHistoriesShowEachFigureCorrectionAndEachTurnOfAProblemWithWhoAndWhy() {
        JsonNode figure = read(planner, "/api/history/complaints-" + COMMUNITIES.get(0) + "-2023-06");
        assertThat(figure).hasSize(2);
        JsonNode correction = figure.get(1);
        assertThat(correction.get("user").stringValue()).isEqualTo(TestAccounts.OFFICER.username());
        assertThat(correction.get("reason").stringValue()).isEqualTo("12345热线月度核对：漏计2件");
        assertThat(correction.get("changes")).singleElement().satisfies(c -> {
            assertThat(c.get("field").stringValue()).isEqualTo("complaints");
            assertThat(c.get("before").intValue()).isEqualTo(25);
            assertThat(c.get("after").intValue()).isEqualTo(27);
        });
        assertThat(read(planner, "/api/complaints/complaints-" + COMMUNITIES.get(0) + "-2023-06").get("complaints").intValue())
                .isEqualTo(27);

        JsonNode problem = read(planner, "/api/history/sq-p5");
        assertThat(problem).extracting(e -> e.get("operation").stringValue())
                .containsExactly("problem reported", "problem resolved", "problem reopened");
        assertThat(problem.get(2).get("reason").stringValue()).isEqualTo("居民反映问题复现");
        assertThat(problem.get(2).get("changes")).anySatisfy(c -> {
            assertThat(c.get("field").stringValue()).isEqualTo("status");
            assertThat(c.get("after").stringValue()).isEqualTo("OPEN");
        });
        assertThat(read(planner, "/api/history/sq-m1").get(0).get("changes"))
                .anySatisfy(c -> assertThat(c.get("field").stringValue()).isEqualTo("place.name"));
    }

    // ---- jurisdiction

    @Test
    void aCoordinatorOfAnotherCommunityIsRefusedAndNothingIsStored() {
        Api east = api.as(EAST_COORDINATOR);
        long before = storedEvents();
        refused(east.post("/api/problems", """
                {"districtCode":"%s","location":{"type":"Point","coordinates":[98.5215,39.7415]},
                 "category":"SECURITY","foundThrough":"GRID_PATROL","description":"单元门禁损坏","foundOn":"2023-07-01"}"""
                .formatted(DISTRICT)));
        refused(east.post("/api/problems/sq-p7/reopening", "{\"reopenedOn\":\"2023-02-01\",\"reason\":\"越权\"}"));
        refused(east.post("/api/meetings", """
                {"communityCode":"%s","kind":"OTHER","heldOn":"2023-07-01","place":{"name":"会议室"},
                 "participants":[{"kind":"OTHER"}]}""".formatted(COMMUNITIES.get(2))));
        refused(east.put("/api/meetings/sq-m2/problems", "{\"problemIds\":[],\"reason\":\"越权\"}"));
        refused(east.post("/api/complaints", "{\"areaCode\":\"" + COMMUNITIES.get(0) + "\",\"period\":\"2021-01\",\"complaints\":3}"));
        assertThat(storedEvents()).isEqualTo(before);

        Api.Response own = east.post("/api/problems", """
                {"problemId":"sq-own","districtCode":"%s","location":{"type":"Point","coordinates":[98.5065,39.7455]},
                 "category":"SECURITY","foundThrough":"GRID_PATROL","description":"单元门禁损坏","foundOn":"2024-07-01"}"""
                .formatted(DISTRICT));
        created(own);
        assertThat(own.json().get("id").stringValue()).as("found after the year the figures are checked for").isEqualTo("sq-own");
    }

    @Test
    void aCoordinatorReadsTheFiguresAndProblemsOfTheirOwnCommunityOnly() {
        Api east = api.as(EAST_COORDINATOR);
        JsonNode figures = read(east, "/api/statistics/service-quality?districtCode=" + DISTRICT + "&period=2023");
        assertThat(figures.get("district").isNull()).as("the district as a whole is not theirs to read").isTrue();
        assertThat(figures.get("bySubDistrict")).isEmpty();
        assertThat(figures.get("byCommunity")).extracting(a -> a.get("code").stringValue()).containsExactly(COMMUNITIES.get(0));

        assertThat(ids(read(east, "/api/problems?bbox=98.49,39.73,98.53,39.75")))
                .allSatisfy(id -> assertThat(id).isIn("sq-p1", "sq-p2", "sq-p3", "sq-p4", "sq-own"));
        assertThat(east.get("/api/problems/sq-p6").status()).isEqualTo(403);
        assertThat(east.get("/api/history/sq-m2").status()).isEqualTo(403);
        assertThat(read(east, "/api/meetings?districtCode=" + DISTRICT)).extracting(m -> m.get("meetingId").stringValue())
                .containsExactly("sq-m1");
        assertThat(read(east, "/api/complaints?districtCode=" + DISTRICT)).allSatisfy(f ->
                assertThat(f.get("areaCode").stringValue()).isEqualTo(COMMUNITIES.get(0)));
    }

    // ---- helpers

    private void recordComplaints(String area, String period, int complaints) {
        created(officer.post("/api/complaints", """
                {"areaCode":"%s","period":"%s","complaints":%d,"reason":"12345热线月报"}""".formatted(area, period, complaints)));
    }

    /** A point in the community's compound, or in its grid beside the compound. */
    private static String point(Entered p) {
        double lon = WEST_EDGE + p.community() * 0.01 + (p.inCompound() ? 0.0015 : 0.006);
        double lat = SOUTH_EDGE + (p.inCompound() ? 0.0015 : 0.005) + (p.id().hashCode() % 5) * 0.0001;
        return String.format(Locale.ROOT, "{\"type\":\"Point\",\"coordinates\":[%.5f,%.5f]}", lon, lat);
    }

    /** A rectangle in the c-th community's column, from its south-west corner. */
    private static String rectangle(int c, double fromEast, double fromNorth, double width, double height) {
        double w = WEST_EDGE + c * 0.01 + fromEast;
        double s = SOUTH_EDGE + fromNorth;
        return String.format(Locale.ROOT,
                "{\"type\":\"Polygon\",\"coordinates\":[[[%.4f,%.4f],[%.4f,%.4f],[%.4f,%.4f],[%.4f,%.4f],[%.4f,%.4f]]]}",
                w, s, w + width, s, w + width, s + height, w, s + height, w, s);
    }

    private static int[] repeat(int value, int times) {
        return IntStream.generate(() -> value).limit(times).toArray();
    }

    private static int sum(int[] values) {
        return IntStream.of(values).sum();
    }

    /** The change in per cent to one decimal, as an office computes 同比. */
    private static BigDecimal change(int after, int before) {
        return BigDecimal.valueOf((after - before) * 100L).divide(BigDecimal.valueOf(before), 1, RoundingMode.HALF_UP);
    }

    private static int count(List<Entered> problems, Predicate<Entered> which) {
        return (int) problems.stream().filter(which).count();
    }

    private static JsonNode area(JsonNode areas, String code) {
        return StreamSupport.stream(areas.spliterator(), false).filter(a -> a.get("code").stringValue().equals(code))
                .findFirst().orElseThrow(() -> new AssertionError("no area " + code + " in " + areas));
    }

    private static List<String> ids(JsonNode collection) {
        List<String> ids = new ArrayList<>();
        collection.get("features").forEach(f -> ids.add(f.get("id").stringValue()));
        return ids;
    }

    private static JsonNode feature(JsonNode collection, String id) {
        return StreamSupport.stream(collection.get("features").spliterator(), false)
                .filter(f -> f.get("id").stringValue().equals(id)).findFirst().orElseThrow();
    }

    private JsonNode read(Api as, String path) {
        Api.Response response = as.get(path, ReadYourWrites.POSITION_HEADER, position);
        assertThat(response.status()).as(path + " → " + response.body()).isEqualTo(200);
        return response.json();
    }

    private void created(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        remember(response);
    }

    private void ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        remember(response);
    }

    private void remember(Api.Response response) {
        String at = response.header(ReadYourWrites.POSITION_HEADER);
        if (at != null && Long.parseLong(at) > Long.parseLong(position)) {
            position = at;
        }
    }

    private void refused(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(403);
        assertThat(response.body()).contains("urn:gridatlas:problem:forbidden");
    }

    private long storedEvents() {
        return jdbc.sql("SELECT count(*) FROM eventstore.domain_event_entry").query(Long.class).single();
    }
}
