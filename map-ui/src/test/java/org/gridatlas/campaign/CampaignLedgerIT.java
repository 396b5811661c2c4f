package org.gridatlas.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.gridatlas.Api;
import org.gridatlas.GridAtlasIntegrationTest;
import org.gridatlas.ReadModel;
import org.gridatlas.TestAccounts;
import org.gridatlas.TestAccounts.TestAccount;
import org.gridatlas.command.access.Role;
import org.gridatlas.ui.MapPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The campaign ledger of the demo district, downloaded as a workbook and as
 * CSV and read back with Apache POI, checked cell by cell against what the
 * query API says of the same compounds: the campaign's progress, each
 * compound, the management ledger and the statistics, now and as of the last
 * day of the launch month. A sub-district's officer gets their part only.
 */
@GridAtlasIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignLedgerIT {

    private static final String DEMO = "140105";
    private static final String CAMPAIGN = DEMO + "-campaign";
    private static final String SUB_DISTRICT = DEMO + "001";
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final TestAccount SUB_DISTRICT_OFFICER =
            TestAccounts.account("ledger-sub-district-officer", "街道专班", Role.CAMPAIGN_OFFICER, SUB_DISTRICT);

    private static final List<String> HEADERS = List.of("街道", "社区", "小区编号", "小区名称", "地址", "户数", "清零策略",
            "计划清零日期", "管理方式", "物业服务主体", "清零日期", "反弹日期", "反弹次数", "变更记录", "登记服务主体", "责任党组织",
            "最后变更记录人", "补贴承诺（元）");
    private static final List<String> SUMMARY_HEADERS = List.of("街道", "基线无物业小区", "已清零", "反弹次数", "仍无物业", "清零率");
    /** The title, the as-of line, then the header: data from the fourth row. */
    private static final int HEADER_ROW = 2;

    private static final Map<String, String> MODES = Map.of("UNMANAGED", "无物业", "BASIC_FALLBACK", "党员+环卫兜底",
            "STATE_OWNED_FALLBACK", "街道国有物业兜底", "RED_PROPERTY_ENTERPRISE", "红色物业企业帮建代管",
            "ORIGINAL_EMPLOYER", "原单位物业协建", "MARKET_COMPANY", "专业物业公司", "COMMUNITY_TRUSTEESHIP", "社区托管",
            "SOCIAL_ORGANISATION", "社会组织代管", "RESIDENT_SELF_MANAGEMENT", "居民自管", "SHARED_PROPERTY_SOCIETY", "共享物业社");
    private static final Map<String, String> STRATEGIES = Map.of("RED_PROPERTY_ENTERPRISE", "红色物业企业帮建代管",
            "ORIGINAL_EMPLOYER", "原单位物业点对点协建", "SUBSIDISED_TRANSITION", "过渡补贴（先服务后收费）",
            "BASIC_FALLBACK", "党员+环卫兜底");
    private static final Set<String> BRANCHES = Set.of("COMPOUND_BRANCH", "GRID_BRANCH", "PROPERTY_ENTERPRISE_BRANCH",
            "FUNCTIONAL_BRANCH");

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore events;

    private Api leader;
    private Api officer;
    private JsonNode progress;
    private LocalDate launchedOn;
    /** Sub-district and community names by code, from the district's tree. */
    private final Map<String, String> areaNames = new HashMap<>();

    @BeforeAll
    void readTheCampaign() {
        ReadModel.awaitUpToDate(processing, events);
        accounts.ensure(SUB_DISTRICT_OFFICER);
        leader = new Api(port).as(TestAccounts.LEADER);
        officer = new Api(port).as(SUB_DISTRICT_OFFICER);
        progress = json(leader, "/api/campaigns/" + CAMPAIGN);
        launchedOn = LocalDate.parse(progress.get("launchedOn").stringValue());
        for (JsonNode s : json(leader, "/api/districts/" + DEMO).get("subDistricts")) {
            areaNames.put(s.get("subDistrictCode").stringValue(), s.get("name").stringValue());
            s.get("communities").forEach(c -> areaNames.put(c.get("communityCode").stringValue(), c.get("name").stringValue()));
        }
    }

    // ---- now

    @Test
    void theWorkbookHasOneRowPerBaselineCompoundAsEachCompoundAndTheLedgerSayNow() throws IOException {
        Api.FileResponse file = leader.getFile("/api/campaigns/" + CAMPAIGN + "/ledger.xlsx");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).isEqualTo(XLSX);
        assertThat(file.contentDisposition()).startsWith("attachment").contains("filename");
        try (XSSFWorkbook workbook = open(file.body())) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            Sheet ledger = workbook.getSheet("台账");
            assertThat(text(ledger.getRow(0).getCell(0))).contains(progress.get("name").stringValue(), "台账");
            assertThat(text(ledger.getRow(1).getCell(0))).startsWith("截至 ").contains("（北京时间）", "生成于")
                    .doesNotContain("仅含");
            assertThat(workbook.getProperties().getCoreProperties().getTitle()).isEqualTo(text(ledger.getRow(0).getCell(0)));
            assertThat(workbook.getProperties().getCustomProperties().getProperty("campaignId").getLpwstr()).isEqualTo(CAMPAIGN);
            assertThat(headers(ledger)).isEqualTo(HEADERS);
            assertThat(ledger.getPaneInformation().isFreezePane()).isTrue();
            assertThat(ledger.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) (HEADER_ROW + 1));
            int rows = progress.get("unmanagedAtLaunch").intValue();
            assertThat(rows).isEqualTo(296);
            assertThat(ledger.getLastRowNum() - HEADER_ROW).isEqualTo(rows);
            assertThat(((XSSFSheet) ledger).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A3:R" + (HEADER_ROW + 1 + rows));

            List<Map<String, Cell>> sheetRows = rows(ledger);
            Map<String, Entries> ledgerNow = ledgerUpTo(leader, "2100-01-01");
            assertThat(sheetRows).extracting(r -> text(r.get("小区编号")))
                    .containsExactlyInAnyOrderElementsOf(baseline(ledgerNow));
            for (Map<String, Cell> row : sheetRows) {
                String id = text(row.get("小区编号"));
                JsonNode compound = json(leader, "/api/compounds/" + id).get("properties");
                assertThat(text(row.get("街道"))).as(id).isEqualTo(areaNames.get(compound.get("subDistrictCode").stringValue()));
                assertThat(text(row.get("社区"))).as(id).isEqualTo(areaNames.get(compound.get("communityCode").stringValue()));
                assertThat(text(row.get("小区名称"))).as(id).isEqualTo(compound.get("name").stringValue());
                assertThat(text(row.get("地址"))).as(id).isEqualTo(compound.path("address").asString(""));
                assertThat(row.get("户数").getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(row.get("户数").getNumericCellValue()).as(id).isEqualTo(compound.get("households").intValue());
                assertThat(text(row.get("清零策略"))).as(id).isEqualTo(STRATEGIES.get(compound.get("clearanceStrategy").stringValue()));
                assertThat(date(row.get("计划清零日期"))).as(id)
                        .isEqualTo(LocalDate.parse(compound.get("clearancePlannedDate").stringValue()));
                assertThat(text(row.get("管理方式"))).as(id).isEqualTo(MODES.get(compound.get("managementMode").stringValue()));
                assertThat(text(row.get("物业服务主体"))).as(id).isEqualTo(compound.path("provider").asString(""));
                JsonNode subsidy = compound.get("subsidy");
                if (subsidy.isNull()) {
                    assertThat(row.get("补贴承诺（元）")).as(id).isNull();
                } else {
                    assertThat(row.get("补贴承诺（元）").getNumericCellValue()).as(id)
                            .isEqualTo(subsidy.get("commitmentYuan").decimalValue().doubleValue());
                }
                assertThat(names(row.get("登记服务主体"))).as(id).isEqualTo(names(compound.get("bodies"),
                        b -> !b.get("kind").stringValue().endsWith("COMMITTEE")));
                assertThat(names(row.get("责任党组织"))).as(id).isEqualTo(names(compound.get("partyOrganisations"),
                        p -> BRANCHES.contains(p.get("type").stringValue())));
                ledgerNow.get(id).check(row, launchedOn);
            }

            Sheet summary = workbook.getSheet("汇总");
            assertThat(headers(summary)).isEqualTo(SUMMARY_HEADERS);
            Map<String, int[]> bySubDistrict = summaryRows(summary);
            int[] total = bySubDistrict.remove("合计");
            assertThat(total).containsExactly(rows, progress.get("baselineCleared").intValue(),
                    progress.get("relapsesSinceLaunch").intValue(), progress.get("baselineStillUnmanaged").intValue());
            assertThat(summary.getRow(summary.getLastRowNum()).getCell(5).getNumericCellValue())
                    .isCloseTo((double) total[1] / rows, within(1e-9));
            for (int figure = 0; figure < 4; figure++) {
                int f = figure;
                assertThat(bySubDistrict.values().stream().mapToInt(v -> v[f]).sum()).isEqualTo(total[f]);
            }
            Map<String, Long> rowsPerSubDistrict = sheetRows.stream()
                    .collect(Collectors.groupingBy(r -> text(r.get("街道")), TreeMap::new, Collectors.counting()));
            assertThat(bySubDistrict.keySet()).isEqualTo(rowsPerSubDistrict.keySet());
            bySubDistrict.forEach((name, f) -> assertThat((long) f[0]).as(name).isEqualTo(rowsPerSubDistrict.get(name)));
            // in the demo every compound left unmanaged is one of the baseline, so the statistics count the same ones
            assertThat(progress.get("unmanagedNow").intValue()).isEqualTo(progress.get("baselineStillUnmanaged").intValue());
            for (JsonNode area : json(leader, "/api/statistics/compounds?districtCode=" + DEMO).get("bySubDistrict")) {
                int[] f = bySubDistrict.get(area.get("name").stringValue());
                assertThat(f == null ? 0 : f[3]).as(area.get("name").stringValue()).isEqualTo(area.get("unmanaged").intValue());
            }
        }
    }

    // ---- as of a past day

    @Test
    void asOfTheLastDayOfTheLaunchMonthTheModesAreThoseTheLedgerHeldThen() throws IOException {
        LocalDate monthEnd = YearMonth.from(launchedOn).atEndOfMonth();
        Map<String, Entries> then = ledgerUpTo(leader, monthEnd.toString());
        try (XSSFWorkbook workbook = open(file(leader, "/api/campaigns/" + CAMPAIGN + "/ledger.xlsx?at=" + monthEnd))) {
            Sheet ledger = workbook.getSheet("台账");
            assertThat(text(ledger.getRow(1).getCell(0))).startsWith("截至 " + monthEnd + " 23:59:59（北京时间）");
            List<Map<String, Cell>> rows = rows(ledger);
            assertThat(rows).hasSize(296);
            int unmanagedThen = 0;
            for (Map<String, Cell> row : rows) {
                Entries entries = then.get(text(row.get("小区编号")));
                entries.check(row, launchedOn);
                unmanagedThen += entries.last().get("mode").stringValue().equals("UNMANAGED") ? 1 : 0;
            }
            int[] total = summaryRows(workbook.getSheet("汇总")).get("合计");
            assertThat(total[3]).isEqualTo(unmanagedThen);
            assertThat(total[1]).as("cleared by the end of the launch month, fewer than by now")
                    .isEqualTo(296 - unmanagedThen).isLessThan(progress.get("baselineCleared").intValue());
            JsonNode firstMonth = json(leader, "/api/campaigns/" + CAMPAIGN + "/trend").get(0);
            assertThat(total[3]).isEqualTo(firstMonth.get("unmanagedAtEnd").intValue());
        }
    }

    // ---- one sub-district's part

    @Test
    void aSubDistrictOfficerGetsOnlyTheirSubDistrictAndIsRefusedTheNeighbours() throws IOException {
        try (XSSFWorkbook theirs = open(file(officer, "/api/campaigns/" + CAMPAIGN + "/ledger.xlsx"));
             XSSFWorkbook all = open(file(leader, "/api/campaigns/" + CAMPAIGN + "/ledger.xlsx?areaCode=" + SUB_DISTRICT))) {
            Sheet ledger = theirs.getSheet("台账");
            assertThat(text(ledger.getRow(1).getCell(0))).contains("仅含您辖区内的小区");
            List<Map<String, Cell>> rows = rows(ledger);
            assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(text(r.get("街道"))).isEqualTo(areaNames.get(SUB_DISTRICT)));
            assertThat(rows).hasSize(json(officer, "/api/campaigns/" + CAMPAIGN).get("unmanagedAtLaunch").intValue());
            assertThat(rows).extracting(r -> text(r.get("小区编号")))
                    .containsExactlyElementsOf(rows(all.getSheet("台账")).stream().map(r -> text(r.get("小区编号"))).toList());
            assertThat(summaryRows(theirs.getSheet("汇总"))).containsOnlyKeys(areaNames.get(SUB_DISTRICT), "合计");
        }
        Api.Response neighbour = officer.get("/api/campaigns/" + CAMPAIGN + "/ledger.xlsx?areaCode=" + DEMO + "002");
        assertThat(neighbour.status()).isEqualTo(403);
        assertThat(neighbour.contentType()).startsWith("application/problem+json");
    }

    // ---- CSV

    @Test
    void theCsvStartsWithTheByteOrderMarkAndHoldsTheWorkbooksRows() throws IOException {
        String at = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        Api.FileResponse csv = leader.getFile("/api/campaigns/" + CAMPAIGN + "/ledger.csv?at=" + at);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
        assertThat(csv.contentDisposition()).startsWith("attachment");
        assertThat(Arrays.copyOf(csv.body(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<List<String>> records = parseCsv(new String(csv.body(), StandardCharsets.UTF_8).substring(1));
        assertThat(records.get(0)).isEqualTo(HEADERS);
        try (XSSFWorkbook workbook = open(file(leader, "/api/campaigns/" + CAMPAIGN + "/ledger.xlsx?at=" + at))) {
            List<List<String>> sheet = rows(workbook.getSheet("台账")).stream()
                    .map(r -> HEADERS.stream().map(h -> asCsv(r.get(h))).toList()).toList();
            assertThat(records.subList(1, records.size())).hasSize(296).isEqualTo(sheet);
        }
    }

    // ---- refusals

    @Test
    void anUnknownCampaignIsNotFoundAndABadInstantOrAreaIsAProblemNamingIt() {
        problem(leader.get("/api/campaigns/no-such-campaign/ledger.xlsx"), 404, null);
        problem(leader.get("/api/campaigns/no-such-campaign/ledger.csv"), 404, null);
        problem(leader.get("/api/campaigns/" + CAMPAIGN + "/ledger.xlsx?at=yesterday"), 400, "at");
        problem(leader.get("/api/campaigns/" + CAMPAIGN + "/ledger.csv?at=2026-02-30"), 400, "at");
        problem(leader.get("/api/campaigns/" + CAMPAIGN + "/ledger.xlsx?areaCode=140106"), 400, "areaCode");
        problem(leader.get("/api/campaigns/" + CAMPAIGN + "/ledger.xlsx?areaCode=" + DEMO + "999"), 404, null);
    }

    // ---- the management ledger's dates

    @Test
    void theManagementLedgerTakesPlainBeijingDaysAndRefusesFromAfterTo() {
        List<JsonNode> all = list(json(leader, "/api/compounds/management-ledger?districtCode=" + DEMO
                + "&from=2000-01-01T00:00:00Z&to=2100-01-01T00:00:00Z"));
        LocalDate day = all.stream().filter(e -> e.get("transition").stringValue().equals("CLEARED")).map(Entries::day)
                .findFirst().orElseThrow();
        List<JsonNode> thatDay = list(json(leader, "/api/compounds/management-ledger?districtCode=" + DEMO
                + "&from=" + day + "&to=" + day));
        assertThat(thatDay).isNotEmpty().isEqualTo(all.stream()
                .filter(e -> Instant.parse(e.get("recordedAt").stringValue()).atZone(BEIJING).toLocalDate().equals(day))
                .toList());

        assertThat(problem(leader.get("/api/compounds/management-ledger?districtCode=" + DEMO + "&from=" + day
                + "&to=" + day.minusDays(1)), 400, "from").get("errors").get(0).get("reason").stringValue())
                .contains("must not be after to");
        assertThat(problem(leader.get("/api/compounds/management-ledger?districtCode=" + DEMO
                + "&from=2026-09-02T00:00:00Z&to=2026-09-01T23:59:59Z"), 400, "from").toString()).contains("must not be after to");
        problem(leader.get("/api/compounds/management-ledger?districtCode=" + DEMO + "&from=soon&to=2026-09-01"), 400, "from");

        List<JsonNode> theirs = list(json(officer, "/api/compounds/management-ledger?districtCode=" + DEMO
                + "&from=2000-01-01&to=2100-01-01"));
        Set<String> theirCompounds = new TreeSet<>();
        for (JsonNode compound : json(leader, "/api/compounds?bbox=112,37,114,39").get("features")) {
            if (compound.get("properties").get("subDistrictCode").stringValue().equals(SUB_DISTRICT)) {
                theirCompounds.add(compound.get("id").stringValue());
            }
        }
        assertThat(theirs).isNotEmpty().allSatisfy(e -> assertThat(theirCompounds).contains(e.get("compoundId").stringValue()));
    }

    // ---- the page

    @Test
    void theCampaignPanelDownloadsTheLedgerAsOfTheInstantThePageShows() throws Exception {
        try (MapPage page = MapPage.open(port, TestAccounts.PLANNER, DEMO)) {
            var excel = page.one("#campaign a[data-ledger=xlsx]");
            assertThat(excel.getText()).isEqualTo("下载台账 (Excel)");
            assertThat(page.one("#campaign a[data-ledger=csv]").getText()).isEqualTo("CSV");
            excel.click();
            Path downloaded = page.downloaded(".xlsx");
            try (XSSFWorkbook workbook = open(Files.readAllBytes(downloaded))) {
                assertThat(rows(workbook.getSheet("台账"))).hasSize(296);
            }

            String monthEnd = YearMonth.from(launchedOn).atEndOfMonth().toString();
            page.script("return import('/js/state.js').then((m) => m.state.set('asOf', arguments[0]));", monthEnd);
            // the panel shows the campaign as of that day: drawn again, its links point there
            String expected = "/api/campaigns/" + CAMPAIGN + "/ledger.xlsx?at=" + monthEnd;
            excel = await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                    .until(() -> page.one("#campaign a[data-ledger=xlsx]"), link -> link.getAttribute("href").endsWith(expected));
            @SuppressWarnings("unchecked")
            List<Object> answer = (List<Object>) page.script("return fetch(arguments[0].href)"
                    + ".then((r) => [r.status, r.headers.get('content-type')]);", excel);
            assertThat(answer).containsExactly(200L, XLSX);
            assertThat(page.consoleErrors()).isEmpty();
        }
    }

    // ---- what the query API says

    /** One compound's ledger entries up to a day, oldest first. */
    record Entries(List<JsonNode> entries) {

        JsonNode last() {
            return entries.get(entries.size() - 1);
        }

        /** The row's mode, provider, last recorder and dates of change since launch are the ledger's. */
        void check(Map<String, Cell> row, LocalDate launchedOn) {
            String id = last().get("compoundId").stringValue();
            assertThat(text(row.get("管理方式"))).as(id).isEqualTo(MODES.get(last().get("mode").stringValue()));
            assertThat(text(row.get("物业服务主体"))).as(id).isEqualTo(last().path("provider").asString(""));
            assertThat(text(row.get("最后变更记录人"))).as(id).isEqualTo(last().path("recordedBy").asString(""));
            List<JsonNode> since = entries.stream().filter(e -> !day(e).isBefore(launchedOn)
                    && !e.get("transition").stringValue().equals("REGISTERED")).toList();
            assertThat(date(row.get("清零日期"))).as(id).isEqualTo(lastDay(since, "CLEARED"));
            assertThat(date(row.get("反弹日期"))).as(id).isEqualTo(lastDay(since, "RELAPSED"));
            assertThat(row.get("反弹次数").getNumericCellValue()).as(id)
                    .isEqualTo(since.stream().filter(e -> e.get("transition").stringValue().equals("RELAPSED")).count());
            String changes = text(row.get("变更记录"));
            assertThat(changes.isEmpty() ? 0 : changes.split("；").length).as(id).isEqualTo(since.size());
            since.forEach(e -> assertThat(changes).as(id).contains(day(e) + " "));
        }

        private static LocalDate lastDay(List<JsonNode> entries, String transition) {
            return entries.stream().filter(e -> e.get("transition").stringValue().equals(transition))
                    .map(Entries::day).reduce((a, b) -> b).orElse(null);
        }

        private static LocalDate day(JsonNode entry) {
            return Instant.parse(entry.get("recordedAt").stringValue()).atZone(BEIJING).toLocalDate();
        }
    }

    /** Each compound's ledger entries of the district up to the end of a Beijing day. */
    private Map<String, Entries> ledgerUpTo(Api as, String day) {
        Map<String, List<JsonNode>> byCompound = new LinkedHashMap<>();
        for (JsonNode entry : json(as, "/api/compounds/management-ledger?districtCode=" + DEMO + "&from=2000-01-01&to=" + day)) {
            byCompound.computeIfAbsent(entry.get("compoundId").stringValue(), k -> new ArrayList<>()).add(entry);
        }
        Map<String, Entries> entries = new HashMap<>();
        byCompound.forEach((id, list) -> {
            list.sort((a, b) -> Long.compare(a.get("sequenceNumber").longValue(), b.get("sequenceNumber").longValue()));
            entries.put(id, new Entries(list));
        });
        return entries;
    }

    /** The compounds unmanaged when the campaign was launched: their last entry before the launch day is UNMANAGED. */
    private List<String> baseline(Map<String, Entries> ledger) {
        return ledger.values().stream().map(e -> e.entries().stream().filter(x -> Entries.day(x).isBefore(launchedOn))
                        .reduce((a, b) -> b).orElse(null))
                .filter(last -> last != null && last.get("mode").stringValue().equals("UNMANAGED"))
                .map(last -> last.get("compoundId").stringValue()).toList();
    }

    private static JsonNode json(Api as, String path) {
        Api.Response response = as.get(path);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    private static byte[] file(Api as, String path) {
        Api.FileResponse response = as.getFile(path);
        assertThat(response.status()).as(path + ": " + new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        return response.body();
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static JsonNode problem(Api.Response response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        if (field != null) {
            assertThat(problem.get("errors")).as(response.body()).anySatisfy(e -> assertThat(e.get("field").stringValue())
                    .isEqualTo(field));
        }
        return problem;
    }

    private static Set<String> names(JsonNode records, java.util.function.Predicate<JsonNode> which) {
        return StreamSupport.stream(records.spliterator(), false).filter(which).map(r -> r.get("name").stringValue())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> names(Cell cell) {
        String names = text(cell);
        return names.isEmpty() ? Set.of() : new TreeSet<>(List.of(names.split("、")));
    }

    // ---- reading the workbook

    private static XSSFWorkbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> headers(Sheet sheet) {
        List<String> headers = new ArrayList<>();
        sheet.getRow(HEADER_ROW).forEach(cell -> headers.add(text(cell)));
        return headers;
    }

    /** The data rows, each cell by its column's header; an empty cell is absent. */
    private static List<Map<String, Cell>> rows(Sheet sheet) {
        List<String> headers = headers(sheet);
        List<Map<String, Cell>> rows = new ArrayList<>();
        for (int r = HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Map<String, Cell> cells = new HashMap<>();
            for (int c = 0; c < headers.size(); c++) {
                if (row.getCell(c) != null) {
                    cells.put(headers.get(c), row.getCell(c));
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The summary's figures by sub-district name and 合计: baseline, cleared, relapses, still unmanaged. */
    private static Map<String, int[]> summaryRows(Sheet summary) {
        Map<String, int[]> figures = new TreeMap<>();
        for (Map<String, Cell> row : rows(summary)) {
            figures.put(text(row.get("街道")), new int[] {whole(row.get("基线无物业小区")), whole(row.get("已清零")),
                    whole(row.get("反弹次数")), whole(row.get("仍无物业"))});
        }
        return figures;
    }

    private static int whole(Cell cell) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        return (int) cell.getNumericCellValue();
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        return cell.getStringCellValue();
    }

    /** A real Excel date, shown as yyyy-mm-dd; null for an empty cell. */
    private static LocalDate date(Cell cell) {
        if (cell == null) {
            return null;
        }
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
        return cell.getLocalDateTimeCellValue().toLocalDate();
    }

    /** A cell as the CSV must write it: text as is, dates as yyyy-MM-dd, whole numbers, amounts with two decimals. */
    private static String asCsv(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.STRING) {
            return cell.getStringCellValue();
        }
        if (DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        double value = cell.getNumericCellValue();
        return cell.getCellStyle().getDataFormatString().contains("0.00")
                ? BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString()
                : String.valueOf((long) value);
    }

    /** RFC 4180: records end with CRLF, a quoted field may hold commas, line breaks and doubled quotes. */
    private static List<List<String>> parseCsv(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertThat(field).as("the last record ends with CRLF").isEmpty();
        assertThat(record).isEmpty();
        return records;
    }
}
