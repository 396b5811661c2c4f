package org.gridatlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A hostile client's corpus over every write endpoint: each bad value in each
 * member it fits, each bad path variable in each path, each change without a
 * reason. Every case must be refused with a 4xx problem body naming the member,
 * and must store no event.
 */
@GridAtlasIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCorpusIT {

    private static final TestDistrict AREA = new TestDistrict("140110", 112.30, 37.30);
    private static final String COMPOUND = "corpus-c1";
    private static final String ORGANISATION = "corpus-p1";
    private static final String CAMPAIGN = "corpus-campaign";
    private static final String PROBLEM = "corpus-q1";
    private static final String MEETING = "corpus-m1";
    private static final String FIGURE = "complaints-" + AREA.community() + "-2024-01";
    private static final String BODY = "corpus-b1";
    private static final String MEMBER = """
            {"memberId":"m1","name":"王秀英","role":"CHAIR","partyMember":true,"phone":"0351-7654321"}""";
    /** Stands for the bad value while a template is a tree; replaced by raw JSON text, which may be anything. */
    private static final String SLOT = "\"@@bad@@\"";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Api api;

    /** A write endpoint with a valid body, and which of its members hold what kind of value. */
    record Endpoint(String method, String path, String body, boolean change, List<String> texts, List<String> wholeNumbers,
                    List<String> decimals, List<String> dates, List<String> enums, List<String> boundaries) {
    }

    /** One bad request and the refusal it must get: a 4xx status, the member named and part of the reason. */
    record Case(String label, String method, String path, String body, int status, String field, String reason) {

        Case withField(String other) {
            return new Case(label, method, path, body, status, other, reason);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    @BeforeAll
    void createRecordsToChange() {
        api = new Api(port);
        AREA.create(api);
        created(api.as(TestAccounts.OFFICER).post("/api/compounds", registration(COMPOUND)));
        created(api.as(TestAccounts.OFFICER).post("/api/party-organisations", foundation(ORGANISATION)));
        createServiceQualityRecords();
    }

    /** The role an office gives such a change to, so that only the input decides the answer. */
    private static TestAccounts.TestAccount accountFor(String method, String path) {
        if (method.equals("GET")) {
            return TestAccounts.PLANNER;
        }
        if (path.startsWith("/api/districts")) {
            return TestAccounts.ADMIN;
        }
        if (path.startsWith("/api/grids") || path.endsWith("/leaders")) {
            return TestAccounts.COORDINATOR;
        }
        return TestAccounts.OFFICER;
    }

    private static void created(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    private long storedEvents() {
        return jdbc.sql("SELECT count(*) FROM eventstore.domain_event_entry").query(Long.class).single();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void isRefusedWithAProblemNamingTheFieldAndStoresNothing(Case bad) {
        long before = storedEvents();

        Api signedIn = api.as(accountFor(bad.method(), bad.path()));
        Api.Response response = bad.method().equals("PUT") ? signedIn.put(bad.path(), bad.body())
                : bad.method().equals("GET") ? signedIn.get(bad.path()) : signedIn.post(bad.path(), bad.body());

        assertThat(response.status()).as(response.body()).isEqualTo(bad.status());
        assertThat(response.contentType()).as(response.body()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("type").stringValue()).startsWith("urn:gridatlas:problem:");
        assertThat(problem.get("errors")).as(response.body()).anySatisfy(error -> {
            assertThat(error.get("field").stringValue()).isEqualTo(bad.field());
            assertThat(error.get("reason").stringValue()).contains(bad.reason());
        });
        assertThat(storedEvents()).as("events stored").isEqualTo(before);
    }

    // ---- the corpus

    static Stream<Case> corpus() {
        List<Case> cases = new ArrayList<>();
        for (Endpoint e : java.util.stream.Stream.concat(endpoints().stream(), serviceQualityEndpoints().stream()).toList()) {
            badTexts(e, cases);
            badNumbers(e, cases);
            badDates(e, cases);
            badEnums(e, cases);
            badBoundaries(e, cases);
            badPathVariables(e, cases);
            if (e.change()) {
                for (String reason : new String[] {null, "\"\"", "\"  \""}) {
                    cases.add(new Case(e.method() + " " + e.path() + " reason " + reason, e.method(), resolve(e.path()),
                            with(e.body(), "reason", reason), 400, "reason", "is required"));
                }
            }
        }
        outOfRangeCounts(cases);
        tooLarge(cases);
        badQueryParameters(cases);
        badServiceQualityInput(cases);
        return cases.stream();
    }

    /** NUL, other control characters and lone surrogates, as JSON escapes, at the start, middle and end. */
    private static void badTexts(Endpoint e, List<Case> cases) {
        String[][] texts = {
                {"\"a\\u0000b\"", "must not contain control characters"},
                {"\"\\u0000\"", "must not contain control characters"},
                {"\"x\\u0001\"", "must not contain control characters"},
                {"\"\\u001b[31m红\"", "must not contain control characters"},
                {"\"a\\u007fb\"", "must not contain control characters"},
                {"\"a\\u0085b\"", "must not contain control characters"},
                {"\"\\ud800\"", "must be valid Unicode text"},
                {"\"a\\udc00b\"", "must be valid Unicode text"},
                {"\"\\udbff\\udbff\"", "must be valid Unicode text"},
        };
        for (String member : e.texts()) {
            for (String[] text : texts) {
                cases.add(bad(e, member, text[0], 400, text[1]));
            }
        }
    }

    private static void badNumbers(Endpoint e, List<Case> cases) {
        String[][] wholeNumbers = {
                {"4.7", "must be a whole number"}, {"1e3", "must be a whole number"}, {"NaN", "must be a whole number"},
                {"Infinity", "must be a whole number"}, {"-Infinity", "must be a whole number"},
                {"99999999999999999999", "is too large a number"}, {"\"many\"", "must be a"}, {"true", "must be a"},
        };
        for (String member : e.wholeNumbers()) {
            for (String[] value : wholeNumbers) {
                cases.add(bad(e, member, value[0], 400, value[1]));
            }
        }
        String[][] decimals = {
                {"NaN", "must be a finite number"}, {"Infinity", "must be a finite number"},
                {"-Infinity", "must be a finite number"}, {"0.001", "and 2 after"},
                {"8.125", "and 2 after"}, {"1e-7", "and 2 after"},
                {"\"much\"", "must be a number"},
        };
        for (String member : e.decimals()) {
            for (String[] value : decimals) {
                cases.add(bad(e, member, value[0], 400, value[1]));
            }
        }
    }

    private static void badDates(Endpoint e, List<Case> cases) {
        String range = "must lie between 1900-01-01 and 2100-12-31";
        String[][] dates = {
                {"20000", "must be a date as YYYY-MM-DD"}, {"0", "must be a date as YYYY-MM-DD"},
                {"-1", "must be a date as YYYY-MM-DD"}, {"20000.5", "must be a date as YYYY-MM-DD"},
                {"\"2026-02-30\"", "must be a date as YYYY-MM-DD"}, {"\"20000\"", "must be a date as YYYY-MM-DD"},
                {"\"0000-01-01\"", range}, {"\"+999999999-12-31\"", range}, {"\"-999999999-01-01\"", range},
                {"\"1899-12-31\"", range}, {"\"2101-01-01\"", range},
        };
        for (String member : e.dates()) {
            for (String[] value : dates) {
                cases.add(bad(e, member, value[0], 400, value[1]));
            }
        }
    }

    /** Ordinals, as numbers or strings, and names in the wrong case. */
    private static void badEnums(Endpoint e, List<Case> cases) {
        for (String member : e.enums()) {
            for (String value : new String[] {"0", "3", "-1", "\"1\"", "\"3\"", "1.5", "\"castle\""}) {
                cases.add(bad(e, member, value, 400, "must be one of"));
            }
        }
    }

    /** A district in Shanxi with polygons abroad, and a polygon with more positions than allowed. */
    private static void badBoundaries(Endpoint e, List<Case> cases) {
        String[] abroad = {
                polygon(1.5, 2.0), // Gulf of Guinea
                polygon(-74.0, 40.7), // New York
                polygon(166.6, -77.8), // Antarctica
                polygon(37.7, 52.5), // Moscow
        };
        for (String member : e.boundaries()) {
            for (String polygon : abroad) {
                cases.add(bad(e, member, polygon, 400, "lies outside China"));
            }
            cases.add(bad(e, member, circle(10_001), 400, "more than the 10000 a polygon may have")
                    .withField(member + ".coordinates"));
        }
    }

    /**
     * Control characters in each path variable, percent-encoded as a client sends them. Tomcat refuses an
     * encoded NUL itself, before any mapping, so that problem can only name the path.
     */
    private static void badPathVariables(Endpoint e, List<Case> cases) {
        String[] encoded = {"%00x", "x%00", "%01", "a%1Bb", "%7F", "%C2%85", "%0A", "%09", "%0D%0A"};
        java.util.regex.Matcher variable = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(e.path());
        while (variable.find()) {
            for (String value : encoded) {
                String path = e.path().substring(0, variable.start()) + value + e.path().substring(variable.end());
                cases.add(new Case(e.method() + " " + path, e.method(), resolve(path), e.body(), 400,
                        firewallRefuses(value) ? "path" : variable.group(1), "control characters"));
            }
        }
    }

    /**
     * Tomcat (NUL) and Spring Security's firewall (CR, LF) refuse these before any URL is mapped, so
     * the problem can only name the path, not the variable.
     */
    private static boolean firewallRefuses(String encoded) {
        return encoded.contains("%00") || encoded.contains("%0A") || encoded.contains("%0D");
    }

    /** Counts outside what a compound, a branch or a campaign can hold, refused by the API or the aggregate. */
    private static void outOfRangeCounts(List<Case> cases) {
        Endpoint register = endpoints().get(8);
        Endpoint attributes = endpoints().get(10);
        for (Endpoint e : List.of(register, attributes)) {
            cases.add(bad(e, "households", "-1", 422, "households must be between 0"));
            cases.add(bad(e, "households", "100001", 422, "households must be between 0"));
            cases.add(bad(e, "buildings", "0", 422, "between 1 and"));
            cases.add(bad(e, "units", "-3", 422, "at least one unit"));
            cases.add(bad(e, "yearBuilt", "1799", 422, "the year built lies between"));
            cases.add(bad(e, "yearBuilt", "2999", 422, "the year built lies between"));
            cases.add(bad(e, "floorArea", "0", 422, "the floor area is more than 0"));
            cases.add(bad(e, "floorArea", "-12.5", 422, "the floor area is more than 0"));
            cases.add(bad(e, "floorArea", "0.00", 422, "the floor area is more than 0"));
            cases.add(bad(e, "floorArea", "1e12", 400, "at most 8 digits before the decimal point"));
        }
        Endpoint leaders = endpoints().get(18);
        cases.add(bad(leaders, "buildingLeaders", "-1", 400, "must be greater than or equal to 0"));
        cases.add(bad(leaders, "unitLeaders", "-5", 400, "must be greater than or equal to 0"));
        for (Endpoint e : List.of(endpoints().get(19), endpoints().get(20))) {
            cases.add(bad(e, "fullMembers", "-1", 422, "full party members"));
            cases.add(bad(e, "fullMembers", "10001", 422, "no organisation more than"));
        }
        Endpoint launch = endpoints().get(23);
        cases.add(bad(launch, "milestones[0].maxUnmanaged", "-1", 400, "must be greater than or equal to 0"));
        Endpoint strategy = endpoints().get(13);
        cases.add(bad(strategy, "subsidy.months", "-6", 422, "for 1 to").withField("subsidy"));
        cases.add(bad(strategy, "subsidy.months", "240", 422, "for 1 to").withField("subsidy"));
        cases.add(bad(strategy, "subsidy.yuanPerSquareMetreMonth", "-0.5", 422, "more than 0").withField("subsidy"));
    }

    /** A body larger than the service reads, and JSON nested deeper than it reads. */
    private static void tooLarge(List<Case> cases) {
        String huge = "\"" + "某".repeat(7_000_000) + "\"";
        cases.add(new Case("a 21 MB body", "POST", "/api/compounds", with(registration("corpus-huge"), "address", huge),
                413, "body", "more than the 20000000 accepted"));
        String deep = "[".repeat(2_000) + "]".repeat(2_000);
        cases.add(new Case("JSON nested 2000 deep", "POST", "/api/compounds", with(registration("corpus-deep"), "boundary", deep),
                413, "boundary", "more deeply nested than the service accepts"));
    }

    /** The query side gets the same check of what it receives outside a body. */
    private static void badQueryParameters(List<Case> cases) {
        for (String path : new String[] {"/api/party-organisations?districtCode=%00", "/api/statistics/compounds?districtCode=14%01",
                "/api/compounds?bbox=112,37,113,38%00", "/api/campaigns?districtCode=%7F",
                "/api/campaigns/summary?districtCode=14%01",
                "/api/grids?communityCode=140110001001%00",
                "/api/areas?districtCode=140110%00&level=COMMUNITY", "/api/statistics/compounds?areaCode=14%01&districtCode=140110",
                "/api/campaigns/" + CAMPAIGN + "/ledger.xlsx?areaCode=140110%01", "/api/campaigns/" + CAMPAIGN + "/ledger.csv?at=%1B",
                "/api/search?q=%E5%B0%8F%00", "/api/compounds/extent?areaCode=140110%00",
                "/api/changes?districtCode=14%01&from=2026-08-31&to=2026-09-30",
                "/api/changes/compounds?districtCode=%00&from=2026-08-31&to=2026-09-30"}) {
            String field = path.substring(path.indexOf('?') + 1, path.indexOf('='));
            cases.add(new Case("GET " + path, "GET", path, null, 400, field, "must not"));
        }
        for (String path : new String[] {"/api/compounds?bbox=112,37,113,38&districtcode=140110",
                "/api/statistics/compounds?districtCode=140110&asOf=2026-01-01", "/api/districts?page=2",
                "/api/compounds/" + COMPOUND + "?format=csv", "/api/grids/extent?districtCode=140110&bbox=112,37,113,38",
                "/api/campaigns/corpus-campaign/outlook?window=6", "/api/campaigns/corpus-campaign/ranking?level=COMMUNITY&sort=rate",
                "/api/campaigns/" + CAMPAIGN + "/ledger.xlsx?asOf=2026-09-01",
                "/api/search?q=%E5%B0%8F&kind=GRID", "/api/compounds?bbox=112,37,113,38&subDistrictCode=140110001",
                "/api/changes?districtCode=140110&from=2026-08-31&to=2026-09-30&at=2026-09-30"}) {
            String field = path.substring(path.lastIndexOf(path.contains("&") ? '&' : '?') + 1, path.lastIndexOf('='));
            cases.add(new Case("GET with the unknown parameter " + field, "GET", path, null, 400, field, "is not a parameter"));
        }
        // instants: a Beijing date or an ISO-8601 timestamp, and a ledger's from no later than its to
        for (String path : new String[] {"/api/campaigns/" + CAMPAIGN + "/ledger.xlsx?at=someday",
                "/api/campaigns/" + CAMPAIGN + "/ledger.csv?at=2026-02-30",
                "/api/compounds/management-ledger?districtCode=140110&from=2026-09-01&to=9/1/2026"}) {
            String field = path.substring(path.lastIndexOf(path.contains("&") ? '&' : '?') + 1, path.lastIndexOf('='));
            cases.add(new Case("GET with an unreadable instant " + field, "GET", path, null, 400, field, "is a date such as"));
        }
        cases.add(new Case("GET the management ledger from after to", "GET",
                "/api/compounds/management-ledger?districtCode=140110&from=2026-09-02&to=2026-09-01", null, 400, "from",
                "must not be after to"));
        cases.add(new Case("GET a compound named with a NUL", "GET", "/api/compounds/%00x", null, 400, "path",
                "control characters"));
        cases.add(new Case("GET a compound named with an escape", "GET", "/api/compounds/%1B%5B2J", null, 400, "compoundId",
                "must not contain control characters"));
    }

    private static Case bad(Endpoint e, String member, String rawJson, int status, String reason) {
        String value = rawJson.length() > 40 ? rawJson.substring(0, 40) + "…" : rawJson;
        return new Case(e.method() + " " + e.path() + " " + member + "=" + value, e.method(), resolve(e.path()),
                with(e.body(), member, rawJson), status, member, reason);
    }

    // ---- the endpoints, each with a valid body

    static List<Endpoint> endpoints() {
        String management = "{\"mode\":\"MARKET_COMPANY\",\"provider\":\"晋阳物业\",\"since\":\"2020-01-01\",\"feeStance\":\"CHARGING\"}";
        String microGrid = "{\"microGridCode\":\"" + AREA.grid(1) + "01\",\"name\":\"微网格\",\"boundary\":"
                + AREA.gridBoundary(1) + ",\"helpers\":[\"王辅助员\"]}";
        return List.of(
                /* 0 */ endpoint("POST", "/api/districts", """
                        {"districtCode":"140110","name":"测试区","reason":"启用"}""", false,
                        texts("districtCode", "name", "reason")),
                /* 1 */ endpoint("POST", "/api/districts/{districtCode}/sub-districts", """
                        {"subDistrictCode":"140110002","name":"街道","reason":"录入"}""", false,
                        texts("subDistrictCode", "name", "reason")),
                /* 2 */ endpoint("POST", "/api/districts/{districtCode}/communities", """
                        {"communityCode":"140110001002","name":"社区","reason":"录入"}""", false,
                        texts("communityCode", "name", "reason")),
                /* 3 */ endpoint("PUT", "/api/districts/{districtCode}/areas/{areaCode}/name", """
                        {"name":"新名","reason":"更名","expectedVersion":0}""", true,
                        texts("name", "reason"), wholeNumbers("expectedVersion")),
                /* 4 */ endpoint("POST", "/api/grids", """
                        {"gridCode":"%s","communityCode":"%s","name":"第三网格","boundary":%s,"reason":"划分"}"""
                        .formatted(AREA.grid(3), AREA.community(), AREA.rectangle(0.012, 0, 0.006, 0.005)), false,
                        texts("gridCode", "communityCode", "name", "reason"), boundaries("boundary")),
                /* 5 */ endpoint("PUT", "/api/grids/{gridCode}/boundary", """
                        {"boundary":%s,"microGrids":[%s],"reason":"调整","expectedVersion":0}"""
                        .formatted(AREA.gridBoundary(1), microGrid), true,
                        texts("reason", "microGrids[0].microGridCode", "microGrids[0].name", "microGrids[0].helpers[0]"),
                        wholeNumbers("expectedVersion"), boundaries("boundary", "microGrids[0].boundary")),
                /* 6 */ endpoint("PUT", "/api/grids/{gridCode}/workers", """
                        {"workers":["周网格员"],"reason":"配备","expectedVersion":0}""", true,
                        texts("workers[0]", "reason"), wholeNumbers("expectedVersion")),
                /* 7 */ endpoint("PUT", "/api/grids/{gridCode}/micro-grids", """
                        {"microGrids":[%s],"reason":"划细"}""".formatted(microGrid), true,
                        texts("reason", "microGrids[0].microGridCode", "microGrids[0].name", "microGrids[0].helpers[0]"),
                        boundaries("microGrids[0].boundary")),
                /* 8 */ endpoint("POST", "/api/compounds", registration("corpus-c2").replace("{\"mode\":\"UNMANAGED\"}", management),
                        false, texts("compoundId", "communityCode", "name", "address", "management.provider", "gridCodes[0]", "reason"),
                        wholeNumbers("households", "buildings", "units", "yearBuilt"), decimals("floorArea"),
                        dates("management.since"), enums("category", "management.mode", "management.feeStance"),
                        boundaries("boundary")),
                /* 9 */ endpoint("PUT", "/api/compounds/{compoundId}/boundary", """
                        {"boundary":%s,"reason":"复测","expectedVersion":0}""".formatted(AREA.rectangle(0.001, 0.001, 0.002, 0.002)),
                        true, texts("reason"), wholeNumbers("expectedVersion"), boundaries("boundary")),
                /* 10 */ endpoint("PUT", "/api/compounds/{compoundId}/attributes", """
                        {"name":"测试新村","address":"测试路1号","households":121,"buildings":4,"units":12,"floorArea":8600.5,
                         "yearBuilt":1995,"category":"OLD_COMPOUND","reason":"更正","expectedVersion":0}""", true,
                        texts("name", "address", "reason"),
                        wholeNumbers("households", "buildings", "units", "yearBuilt", "expectedVersion"), decimals("floorArea"),
                        enums("category")),
                /* 11 */ endpoint("PUT", "/api/compounds/{compoundId}/grids", """
                        {"gridCodes":["%s","%s"],"reason":"跨网格"}""".formatted(AREA.grid(1), AREA.grid(2)), true,
                        texts("gridCodes[0]", "gridCodes[1]", "reason")),
                /* 12 */ endpoint("PUT", "/api/compounds/{compoundId}/management", """
                        {"management":%s,"reason":"入驻","expectedVersion":0}""".formatted(management), true,
                        texts("management.provider", "reason"), wholeNumbers("expectedVersion"), dates("management.since"),
                        enums("management.mode", "management.feeStance")),
                /* 13 */ endpoint("PUT", "/api/compounds/{compoundId}/clearance-strategy", """
                        {"strategy":"SUBSIDISED_TRANSITION","plannedDate":"2099-01-01",
                         "subsidy":{"yuanPerSquareMetreMonth":0.5,"months":6},"reason":"一区一策"}""", true,
                        texts("reason"), wholeNumbers("subsidy.months"), decimals("subsidy.yuanPerSquareMetreMonth"),
                        dates("plannedDate"), enums("strategy")),
                /* 14 */ governance("/api/compounds/{compoundId}/owners-committee"),
                /* 15 */ governance("/api/compounds/{compoundId}/owners-committee/dissolution"),
                /* 16 */ governance("/api/compounds/{compoundId}/property-management-committee"),
                /* 17 */ governance("/api/compounds/{compoundId}/property-management-committee/dissolution"),
                /* 18 */ endpoint("PUT", "/api/compounds/{compoundId}/leaders", """
                        {"buildingLeaders":1,"unitLeaders":2,"reason":"推选","expectedVersion":0}""", true,
                        texts("reason"), wholeNumbers("buildingLeaders", "unitLeaders", "expectedVersion")),
                /* 19 */ endpoint("POST", "/api/party-organisations", foundation("corpus-p2"), false,
                        texts("organisationId", "districtCode", "name", "compoundIds[0]", "gridCodes[0]", "reason"),
                        wholeNumbers("fullMembers"), dates("foundedOn"), enums("type")),
                /* 20 */ endpoint("PUT", "/api/party-organisations/{organisationId}/members", """
                        {"fullMembers":4,"reason":"发展党员","expectedVersion":0}""", true,
                        texts("reason"), wholeNumbers("fullMembers", "expectedVersion")),
                /* 21 */ endpoint("PUT", "/api/party-organisations/{organisationId}/coverage", """
                        {"compoundIds":["%s"],"gridCodes":["%s"],"reason":"扩大覆盖"}""".formatted(COMPOUND, AREA.grid(1)), true,
                        texts("compoundIds[0]", "gridCodes[0]", "reason")),
                /* 22 */ endpoint("POST", "/api/party-organisations/{organisationId}/dissolution", """
                        {"dissolvedOn":"2026-01-01","reason":"合并"}""", true, texts("reason"), dates("dissolvedOn")),
                /* 23 */ endpoint("POST", "/api/campaigns", """
                        {"campaignId":"%s","districtCode":"%s","areaCode":"%s","name":"清零行动","targetDate":"2099-12-31",
                         "milestones":[{"due":"2099-06-30","maxUnmanaged":1,"label":"过半"}],"reason":"启动"}"""
                        .formatted(CAMPAIGN, AREA.code(), AREA.code()), false,
                        texts("campaignId", "districtCode", "areaCode", "name", "milestones[0].label", "reason"),
                        wholeNumbers("milestones[0].maxUnmanaged"), dates("targetDate", "milestones[0].due")),
                /* 24 */ endpoint("POST", "/api/campaigns/{campaignId}/closure", """
                        {"reason":"清零","expectedVersion":0}""", true, texts("reason"), wholeNumbers("expectedVersion")),
                /* 25 */ endpoint("POST", "/api/bodies", """
                        {"bodyId":"corpus-b2","kind":"SHARED_PROPERTY_SOCIETY","areaCode":"%s","name":"测试共享物业社",
                         "creditCode":null,"foundedOn":"2025-01-01","compoundIds":["%s"],"members":[%s],"reason":"成立"}"""
                        .formatted(AREA.community(), COMPOUND, MEMBER), false,
                        texts("bodyId", "areaCode", "name", "creditCode", "compoundIds[0]", "members[0].memberId",
                                "members[0].name", "members[0].phone", "reason"),
                        dates("foundedOn"), enums("kind", "members[0].role")),
                /* 26 */ endpoint("PUT", "/api/bodies/{bodyId}/compounds", """
                        {"compoundIds":["%s"],"reason":"承接","expectedVersion":0}""".formatted(COMPOUND), true,
                        texts("compoundIds[0]", "reason"), wholeNumbers("expectedVersion")),
                /* 27 */ appointment("/api/bodies/{bodyId}/members"),
                /* 28 */ departure("/api/bodies/{bodyId}/members/{memberId}/departure"),
                /* 29 */ endpoint("POST", "/api/bodies/{bodyId}/dissolution", """
                        {"dissolvedOn":"2026-01-01","reason":"解散","expectedVersion":0}""", true,
                        texts("reason"), wholeNumbers("expectedVersion"), dates("dissolvedOn")),
                /* 30 */ endpoint("PUT", "/api/bodies/{bodyId}/evaluations/{quarter}", """
                        {"stars":4,"listing":"NONE","publishedOn":"2025-10-10","reason":"季度考评","expectedVersion":0}""", true,
                        texts("reason"), wholeNumbers("stars", "expectedVersion"), dates("publishedOn"), enums("listing")),
                /* 31 */ appointment("/api/compounds/{compoundId}/owners-committee/members"),
                /* 32 */ departure("/api/compounds/{compoundId}/owners-committee/members/{memberId}/departure"),
                /* 33 */ appointment("/api/compounds/{compoundId}/property-management-committee/members"),
                /* 34 */ departure("/api/compounds/{compoundId}/property-management-committee/members/{memberId}/departure"),
                /* 35 */ endpoint("POST", "/api/cross-appointments", """
                        {"appointmentId":"corpus-x2","organisationId":"%s","partyMemberName":"王秀英","partyPost":"SECRETARY",
                         "bodyId":"%s","memberId":"m1","since":"2025-02-01","reason":"交叉任职"}""".formatted(ORGANISATION, BODY),
                        false, texts("appointmentId", "organisationId", "partyMemberName", "bodyId", "memberId", "reason"),
                        dates("since"), enums("partyPost")),
                /* 36 */ endpoint("POST", "/api/cross-appointments/{appointmentId}/end", """
                        {"endedOn":"2026-01-01","reason":"换届","expectedVersion":0}""", true,
                        texts("reason"), wholeNumbers("expectedVersion"), dates("endedOn")),
                // micro-grid edits (issue 9): a dry run needs no reason, so the aggregate asks for it (422), not the API
                /* 37 */ endpoint("POST", "/api/grids/{gridCode}/micro-grids/{microGridCode}/split", """
                        {"line":%s,"parts":[{"microGridCode":"%s03","name":"甲","helpers":["王辅助员"]},
                         {"microGridCode":"%s04","name":"乙"}],"reason":"拆分","expectedVersion":0}"""
                        .formatted(AREA.line(0.003, -0.001, 0.003, 0.006), AREA.grid(1), AREA.grid(1)), false,
                        texts("reason", "parts[0].microGridCode", "parts[0].name", "parts[0].helpers[0]"),
                        wholeNumbers("expectedVersion")),
                /* 38 */ endpoint("POST", "/api/grids/{gridCode}/micro-grids/merge", """
                        {"microGridCodes":["%s01","%s02"],"merged":{"microGridCode":"%s05","name":"合并"},"reason":"合并"}"""
                        .formatted(AREA.grid(1), AREA.grid(1), AREA.grid(1)), false,
                        texts("microGridCodes[0]", "merged.microGridCode", "merged.name", "reason")),
                /* 39 */ endpoint("PUT", "/api/grids/{gridCode}/micro-grids/{microGridCode}/shared-edges/{neighbourCode}", """
                        {"edge":%s,"reason":"调整","expectedVersion":0}""".formatted(AREA.line(0.003, 0, 0.003, 0.005)), false,
                        texts("reason"), wholeNumbers("expectedVersion")),
                /* 40 */ endpoint("POST", "/api/grids/{gridCode}/micro-grids/{microGridCode}/retire", """
                        {"neighbourCode":"%s02","reason":"撤销"}""".formatted(AREA.grid(1)), false,
                        texts("neighbourCode", "reason")),
                /* 41 */ endpoint("PUT", "/api/grids/{gridCode}/micro-grids/{microGridCode}/people", """
                        {"helpers":["王辅助员"],"buildingLeaders":[{"name":"李楼长","phone":"0351-7654321","building":"3号楼"}],
                         "unitLeaders":[{"name":"赵单元长"}],"reason":"任命","expectedVersion":0}""", true,
                        texts("helpers[0]", "buildingLeaders[0].name", "buildingLeaders[0].phone", "buildingLeaders[0].building",
                                "unitLeaders[0].name", "reason"), wholeNumbers("expectedVersion")),
                /* 42 */ endpoint("PUT", "/api/compounds/{compoundId}/leaders/named", """
                        {"buildingLeaders":[{"name":"张秀兰","phone":"13800001111","building":"1号楼"}],
                         "unitLeaders":[{"name":"李建国","phone":null,"building":"1号楼2单元"}],"reason":"推选","expectedVersion":0}""",
                        true, texts("buildingLeaders[0].name", "buildingLeaders[0].phone", "buildingLeaders[0].building",
                                "unitLeaders[0].name", "reason"), wholeNumbers("expectedVersion")),
                /* 43 */ endpoint("PUT", "/api/districts/{districtCode}/areas/{areaCode}/boundary", """
                        {"boundary":%s,"reason":"按区划图绘制","expectedVersion":0}""".formatted(AREA.rectangle(0, 0, 0.012, 0.005)),
                        false, texts("reason"), wholeNumbers("expectedVersion"), boundaries("boundary")));
    }

    /** A member joining a body or a compound's committee. */
    private static Endpoint appointment(String path) {
        return endpoint("POST", path, """
                {"member":%s,"appointedOn":"2025-02-01","reason":"补选","expectedVersion":0}""".formatted(MEMBER), true,
                texts("member.memberId", "member.name", "member.phone", "reason"), wholeNumbers("expectedVersion"),
                dates("appointedOn"), enums("member.role"));
    }

    private static Endpoint departure(String path) {
        return endpoint("POST", path, """
                {"leftOn":"2025-03-01","reason":"迁出","expectedVersion":0}""", true,
                texts("reason"), wholeNumbers("expectedVersion"), dates("leftOn"));
    }

    private static Endpoint governance(String path) {
        return endpoint("POST", path, """
                {"date":"2025-01-01","reason":"选举","expectedVersion":0}""", true,
                texts("reason"), wholeNumbers("expectedVersion"), dates("date"));
    }

    /** Members by kind, in any order: each list is tagged by the helper that made it. */
    private static Endpoint endpoint(String method, String path, String body, boolean change, Members... members) {
        List<List<String>> kinds = new ArrayList<>(List.of(List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
        for (Members m : members) {
            kinds.set(m.kind(), m.names());
        }
        return new Endpoint(method, path, body, change, kinds.get(0), kinds.get(1), kinds.get(2), kinds.get(3),
                kinds.get(4), kinds.get(5));
    }

    private record Members(int kind, List<String> names) {
    }

    private static Members texts(String... names) {
        return new Members(0, List.of(names));
    }

    private static Members wholeNumbers(String... names) {
        return new Members(1, List.of(names));
    }

    private static Members decimals(String... names) {
        return new Members(2, List.of(names));
    }

    private static Members dates(String... names) {
        return new Members(3, List.of(names));
    }

    private static Members enums(String... names) {
        return new Members(4, List.of(names));
    }

    private static Members boundaries(String... names) {
        return new Members(5, List.of(names));
    }

    private static String registration(String id) {
        return """
                {"compoundId":"%s","communityCode":"%s","name":"测试新村","address":"测试路1号","households":120,
                 "buildings":4,"units":12,"floorArea":8600.5,"yearBuilt":1995,"category":"OLD_COMPOUND",
                 "boundary":%s,"management":{"mode":"UNMANAGED"},"gridCodes":["%s"],"reason":"摸底排查"}"""
                .formatted(id, AREA.community(), AREA.rectangle(0.001, 0.001, 0.002, 0.0015), AREA.grid(1));
    }

    private static String foundation(String id) {
        return """
                {"organisationId":"%s","districtCode":"%s","type":"COMPOUND_BRANCH","name":"测试小区党支部",
                 "fullMembers":5,"foundedOn":"2025-07-01","compoundIds":["%s"],"gridCodes":["%s"],"reason":"组建"}"""
                .formatted(id, AREA.code(), COMPOUND, AREA.grid(1));
    }

    /** The path with this test's own records in it. */
    private static String resolve(String path) {
        return path.replace("{districtCode}", AREA.code()).replace("{areaCode}", AREA.community())
                .replace("{gridCode}", AREA.grid(1)).replace("{compoundId}", COMPOUND)
                .replace("{organisationId}", ORGANISATION).replace("{campaignId}", CAMPAIGN)
                .replace("{problemId}", PROBLEM).replace("{meetingId}", MEETING).replace("{figureId}", FIGURE)
                .replace("{bodyId}", BODY).replace("{memberId}", "m1").replace("{quarter}", "2025-Q4")
                .replace("{appointmentId}", "corpus-x1").replace("{microGridCode}", AREA.grid(1) + "01")
                .replace("{neighbourCode}", AREA.grid(1) + "02");
    }

    /**
     * The body with the member at {@code path} (such as {@code management.since} or
     * {@code microGrids[0].helpers[0]}) set to raw JSON text, or removed when that is null.
     */
    static String with(String body, String path, String rawJson) {
        JsonNode root = Api.JSON.readTree(body);
        String[] steps = path.replace("[", ".[").split("\\.");
        JsonNode parent = root;
        for (int i = 0; i < steps.length - 1; i++) {
            parent = steps[i].startsWith("[") ? parent.get(index(steps[i])) : parent.get(steps[i]);
        }
        String last = steps[steps.length - 1];
        if (rawJson == null) {
            ((ObjectNode) parent).remove(last);
            return root.toString();
        }
        if (last.startsWith("[")) {
            ((ArrayNode) parent).set(index(last), "@@bad@@");
        } else {
            ((ObjectNode) parent).put(last, "@@bad@@");
        }
        return root.toString().replace(SLOT, rawJson);
    }

    private static int index(String step) {
        return Integer.parseInt(step.substring(1, step.length() - 1));
    }

    /** A small square south-west of (lon, lat). */
    private static String polygon(double lon, double lat) {
        return String.format(Locale.ROOT, "{\"type\":\"Polygon\",\"coordinates\":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]}",
                lon - 0.002, lat - 0.002, lon, lat - 0.002, lon, lat, lon - 0.002, lat, lon - 0.002, lat - 0.002);
    }

    /** A valid polygon in the test district with {@code positions} positions, the last repeating the first. */
    private static String circle(int positions) {
        StringBuilder ring = new StringBuilder("{\"type\":\"Polygon\",\"coordinates\":[[");
        for (int i = 0; i < positions - 1; i++) {
            double angle = 2 * Math.PI * i / (positions - 1);
            ring.append(String.format(Locale.ROOT, "[%.7f,%.7f],",
                    AREA.west() + 0.003 + 0.002 * Math.cos(angle), AREA.south() + 0.0025 + 0.002 * Math.sin(angle)));
        }
        return ring.append(String.format(Locale.ROOT, "[%.7f,%.7f]]]}", AREA.west() + 0.005, AREA.south() + 0.0025)).toString();
    }

    // ---- service quality: problems, meetings, complaint figures

    private static String problemPoint() {
        return String.format(Locale.ROOT, "{\"type\":\"Point\",\"coordinates\":[%.4f,%.4f]}",
                AREA.west() + 0.002, AREA.south() + 0.0017);
    }

    private static String problemReport(String id) {
        return """
                {"problemId":"%s","districtCode":"%s","location":%s,"compoundId":"%s","gridCode":"%s",
                 "category":"SANITATION","foundThrough":"GRID_PATROL","description":"楼道杂物","foundOn":"2025-01-01",
                 "reason":"巡查"}""".formatted(id, AREA.code(), problemPoint(), COMPOUND, AREA.grid(1));
    }

    private static String meeting(String id) {
        return """
                {"meetingId":"%s","communityCode":"%s","kind":"FOUR_PARTY","heldOn":"2025-01-10","subject":"议题",
                 "place":{"name":"会议室","location":%s},
                 "participants":[{"kind":"COMMUNITY_PARTY_COMMITTEE","name":"社区党委","partyOrganisationId":"%s",
                                  "compoundId":"%s","bodyId":"corpus-company"},
                                 {"kind":"RESIDENTS_COMMITTEE"},{"kind":"OWNERS_COMMITTEE"},{"kind":"PROPERTY_COMPANY"}],
                 "problemIds":["%s"],"reason":"会议纪要"}""".formatted(id, AREA.community(), problemPoint(), ORGANISATION,
                COMPOUND, PROBLEM);
    }

    private void createServiceQualityRecords() {
        Api officer = api.as(TestAccounts.OFFICER);
        // a meeting names the bodies present from the register
        created(officer.post("/api/bodies", """
                {"bodyId":"corpus-company","kind":"PROPERTY_SERVICE_COMPANY","areaCode":"%s","name":"测试物业服务企业",
                 "creditCode":"91140121MA0R8T2K33","foundedOn":"2019-01-01","compoundIds":["%s"],"reason":"入库"}"""
                .formatted(AREA.code(), COMPOUND)));
        created(officer.post("/api/problems", problemReport(PROBLEM)));
        created(officer.post("/api/meetings", meeting(MEETING)));
        created(officer.post("/api/complaints", "{\"areaCode\":\"" + AREA.community() + "\",\"period\":\"2024-01\",\"complaints\":7}"));
    }

    static List<Endpoint> serviceQualityEndpoints() {
        return List.of(
                endpoint("POST", "/api/problems", problemReport("corpus-q2"), false,
                        texts("problemId", "districtCode", "compoundId", "gridCode", "description", "reason"),
                        dates("foundOn"), enums("category", "foundThrough")),
                endpoint("POST", "/api/problems/{problemId}/resolution", """
                        {"resolvedOn":"2025-02-01","meetingId":"%s","reason":"整改完成","expectedVersion":0}""".formatted(MEETING),
                        true, texts("meetingId", "reason"), dates("resolvedOn"), wholeNumbers("expectedVersion")),
                endpoint("POST", "/api/problems/{problemId}/reopening", """
                        {"reopenedOn":"2025-03-01","reason":"问题复现","expectedVersion":1}""", true,
                        texts("reason"), dates("reopenedOn"), wholeNumbers("expectedVersion")),
                endpoint("POST", "/api/meetings", meeting("corpus-m2"), false,
                        texts("meetingId", "communityCode", "subject", "place.name", "participants[0].name",
                                "participants[0].partyOrganisationId", "participants[0].compoundId", "participants[0].bodyId",
                                "problemIds[0]", "reason"),
                        dates("heldOn"), enums("kind", "participants[0].kind")),
                endpoint("PUT", "/api/meetings/{meetingId}/problems", """
                        {"problemIds":["%s"],"reason":"补录议题","expectedVersion":0}""".formatted(PROBLEM), true,
                        texts("problemIds[0]", "reason"), wholeNumbers("expectedVersion")),
                endpoint("POST", "/api/complaints", """
                        {"areaCode":"%s","period":"2024-02","complaints":5,"reason":"12345月报"}""".formatted(AREA.community()),
                        false, texts("areaCode", "period", "reason"), wholeNumbers("complaints")),
                endpoint("PUT", "/api/complaints/{figureId}", """
                        {"complaints":8,"reason":"核对更正","expectedVersion":0}""", true,
                        texts("reason"), wholeNumbers("complaints", "expectedVersion")));
    }

    /** Points abroad or of the wrong type, periods that are none, and the figures' own query parameters. */
    private static void badServiceQualityInput(List<Case> cases) {
        List<Endpoint> endpoints = serviceQualityEndpoints();
        String[][] points = {
                {"{\"type\":\"Point\",\"coordinates\":[-74.0,40.7]}", "lies outside China"},
                {"{\"type\":\"Point\",\"coordinates\":[112.3]}", "must be a position"},
                {polygon(112.3, 37.3), "must be \"Point\""},
        };
        for (String[] point : points) {
            Case report = bad(endpoints.get(0), "location", point[0], 400, point[1]);
            cases.add(point[1].startsWith("must be a") ? report.withField("location.coordinates") : point[1].contains("Point")
                    ? report.withField("location.type") : report);
            Case meeting = bad(endpoints.get(3), "place.location", point[0], 400, point[1]);
            cases.add(point[1].startsWith("must be a") ? meeting.withField("place.location.coordinates")
                    : point[1].contains("Point") ? meeting.withField("place.location.type") : meeting);
        }
        cases.add(new Case("POST /api/problems without a location", "POST", "/api/problems",
                with(endpoints.get(0).body(), "location", null), 400, "location", "is required"));
        for (String period : new String[] {"\"2024-13\"", "\"2024-Q5\"", "\"24-01\"", "\"2024/01\""}) {
            cases.add(bad(endpoints.get(5), "period", period, 400, "a quarter (2023-Q1)"));
        }
        cases.add(bad(endpoints.get(5), "complaints", "-1", 422, "complaints number 0 to"));
        cases.add(new Case("GET service quality with a bad period", "GET",
                "/api/statistics/service-quality?districtCode=" + AREA.code() + "&period=2024-00", null, 400, "period",
                "a quarter (2023-Q1)"));
        cases.add(new Case("GET service quality with the unknown parameter month", "GET",
                "/api/statistics/service-quality?districtCode=" + AREA.code() + "&period=2024&month=3", null, 400, "month",
                "is not a parameter"));
        cases.add(new Case("GET problems with a NUL in the box", "GET", "/api/problems?bbox=112,37,113,38%00", null, 400,
                "bbox", "must not"));
    }
}
