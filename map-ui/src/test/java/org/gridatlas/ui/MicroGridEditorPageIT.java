package org.gridatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.gridatlas.Api;
import org.gridatlas.GridAtlasIntegrationTest;
import org.gridatlas.ReadModel;
import org.gridatlas.TestAccounts;
import org.gridatlas.TestDistrict;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The coordinators' micro-grid editor in headless Chromium, used as a person
 * does: the mouse on the map and the keyboard in the panel. One browser for
 * the class, and the tests run in order, each going on from the state the
 * one before left: the grid is opened, one micro-grid is split by a drawn line.
 */
@GridAtlasIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MicroGridEditorPageIT {

    /** Two grids of 0.006° × 0.005°; the first divided into three micro-grids side by side, 0.002° wide each. */
    private static final TestDistrict AREA = new TestDistrict("140331", 111.40, 36.40);
    private static final String GRID = AREA.grid(1);

    @LocalServerPort
    int port;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore events;

    private Browser session;
    private ChromeDriver browser;
    private Api coordinator;

    @BeforeAll
    void enterTheGridAndOpenTheMap() throws Exception {
        coordinator = new Api(port).as(TestAccounts.COORDINATOR);
        AREA.create(coordinator);
        String microGrid = "{\"microGridCode\":\"%s\",\"name\":\"%s\",\"boundary\":%s,\"helpers\":[\"%s\"]}";
        succeeded(coordinator.put("/api/grids/" + GRID + "/micro-grids", """
                {"microGrids":[%s,%s,%s],"reason":"按院落划分"}""".formatted(
                microGrid.formatted(GRID + "01", "西院", AREA.rectangle(0, 0, 0.002, 0.005), "王西"),
                microGrid.formatted(GRID + "02", "中院", AREA.rectangle(0.002, 0, 0.002, 0.005), "李中"),
                microGrid.formatted(GRID + "03", "东院", AREA.rectangle(0.004, 0, 0.002, 0.005), "赵东"))));
        // A compound across both grids, so that the map opens on them.
        succeeded(new Api(port).as(TestAccounts.OFFICER).post("/api/compounds", """
                {"compoundId":"editor-c1","communityCode":"%s","name":"编辑器小区","households":300,"buildings":8,"units":24,
                 "floorArea":21000,"yearBuilt":2001,"category":"COMMERCIAL","boundary":%s,"management":{"mode":"UNMANAGED"}}"""
                .formatted(AREA.community(), AREA.rectangle(0.0005, 0.0005, 0.011, 0.004))));
        ReadModel.awaitUpToDate(processing, events);
        session = Browser.recordingRequests(port);
        browser = session.driver;
        // The panel draws its list anew after every change: an element read while it does so is looked up again.
        session.wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterAll
    void closeBrowser() {
        if (session != null) {
            session.close();
        }
    }

    private static void succeeded(Api.Response response) {
        assertThat(response.status() / 100).as(response.body()).isEqualTo(2);
    }

    private void openMap() {
        session.open("/?district=" + AREA.code());
        session.wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-state", "ready"));
    }

    private WebElement editor() {
        return browser.findElement(By.id("editor"));
    }

    private WebElement editButton() {
        return browser.findElement(By.id("edit-micro-grids"));
    }

    private int[] pixel(double lon, double lat) {
        return EditorGestures.pixel(session, lon, lat);
    }

    private void clickMapAt(double lon, double lat) {
        EditorGestures.clickMapAt(session, lon, lat);
    }

    private List<String> listedCodes() {
        return EditorGestures.listedCodes(session);
    }

    private void awaitOperation(String state) {
        EditorGestures.awaitOperation(session, state);
    }

    private double lon(double fromWest) {
        return AREA.west() + fromWest;
    }

    private double lat(double fromSouth) {
        return AREA.south() + fromSouth;
    }

    @Test
    @Order(1)
    void onlyCoordinatorsAreOfferedTheEditor() {
        session.signIn(TestAccounts.PLANNER);
        openMap();
        assertThat(editButton().isDisplayed()).isFalse();

        session.signIn(TestAccounts.COORDINATOR);
        openMap();
        assertThat(editButton().isDisplayed()).isTrue();
        assertThat(editButton().getText()).isEqualTo("编辑微网格");
        // Geoman came with the page, from the jar, with its style sheet.
        assertThat(browser.executeScript("return window.L && L.PM && L.PM.version")).isEqualTo("2.20.2");
        assertThat(browser.executeScript("""
                return [...document.styleSheets].some((s) => s.href && s.href.endsWith('/vendor/geoman/leaflet-geoman.css')
                  && s.cssRules.length > 0)""")).isEqualTo(true);
        assertThat(session.consoleErrors()).isEmpty();
    }

    @Test
    @Order(0)
    void geomanIsServedFromTheJarToSignedInUsersOnly() {
        Api.Response anonymous = new Api(port).get("/vendor/geoman/leaflet-geoman.min.js");
        assertThat(anonymous.status()).as("sent to the sign-in page").isEqualTo(302);
        assertThat(anonymous.header("Location")).endsWith("/login.html");
        Api.Response script = coordinator.get("/vendor/geoman/leaflet-geoman.min.js");
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.contentType()).contains("javascript");
        assertThat(script.body()).contains("2.20.2");
        assertThat(coordinator.get("/vendor/geoman/leaflet-geoman.css").status()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void aGridOpensWhenClickedWithItsMicroGridsColouredLabelledAndListed() {
        editButton().click();
        session.wait.until(ExpectedConditions.attributeToBe(By.id("editor"), "data-state", "picking"));
        assertThat(editor().isDisplayed()).isTrue();

        clickMapAt(lon(0.003), lat(0.0045));

        session.wait.until(ExpectedConditions.attributeToBe(By.id("editor"), "data-state", "open"));
        assertThat(editor().findElement(By.cssSelector(".editor-grid")).getAttribute("data-grid")).isEqualTo(GRID);
        assertThat(listedCodes()).containsExactly(GRID + "01", GRID + "02", GRID + "03");
        WebElement west = editor().findElement(By.cssSelector(".editor-list li[data-code='" + GRID + "01']"));
        assertThat(west.getText()).contains("西院", "王西");
        List<WebElement> drawn = browser.findElements(By.cssSelector("path.editor-micro-grid"));
        assertThat(drawn).hasSize(3);
        Set<String> colours = drawn.stream().map(p -> p.getAttribute("stroke")).collect(Collectors.toSet());
        assertThat(colours).as("each micro-grid its own colour").hasSize(3);
        assertThat(browser.findElements(By.cssSelector(".micro-grid-label")))
                .extracting(WebElement::getText)
                .anySatisfy(label -> assertThat(label).contains(GRID + "02", "中院", "李中"))
                .hasSize(3);
        long version = coordinator.get("/api/grids/" + GRID).json().path("properties").path("version").longValue();
        assertThat(editor().findElement(By.cssSelector(".editor-grid")).getAttribute("data-version")).isEqualTo(String.valueOf(version));
        assertThat(session.consoleErrors()).isEmpty();
    }

    @Test
    @Order(3)
    void aGridCanBeOpenedByItsCodeAndAnUnknownCodeIsSaidToBeUnknown() {
        WebElement code = editor().findElement(By.id("editor-grid-code"));
        code.clear();
        code.sendKeys(AREA.code() + "001001999\n");
        session.wait.until(ExpectedConditions.attributeToBe(By.id("editor"), "data-state", "not-found"));
        assertThat(editor().findElement(By.cssSelector(".editor-state")).getText()).isEqualTo("未找到该网格");
        // Chromium reports the 404 it was answered; nothing else went wrong.
        assertThat(session.consoleErrors()).singleElement().asString().contains("/api/grids/" + AREA.code() + "001001999", "404");

        code.clear();
        code.sendKeys(GRID + "\n");
        session.wait.until(ExpectedConditions.attributeToBe(By.id("editor"), "data-state", "open"));
        assertThat(listedCodes()).containsExactly(GRID + "01", GRID + "02", GRID + "03");
    }

    @Test
    @Order(4)
    void drawingALineAcrossAMicroGridSendsADryRunOfTheSplit() {
        session.requests(); // forget what was sent so far
        clickMapAt(lon(0.001), lat(0.001));
        session.wait.until(d -> "true".equals(d.findElement(By.cssSelector(".editor-list li[data-code='" + GRID + "01']"))
                .getAttribute("aria-selected")));
        assertThat(browser.findElement(By.cssSelector("path.editor-micro-grid.selected")).getAttribute("data-code"))
                .isEqualTo(GRID + "01");

        editor().findElement(By.cssSelector("button[data-action=split]")).click();
        awaitOperation("drawing");
        // From outside the grid, across 01, into 02; the last point clicked again ends the line.
        clickMapAt(lon(-0.0007), lat(0.0025));
        clickMapAt(lon(0.0027), lat(0.0025));
        clickMapAt(lon(0.0027), lat(0.0025));

        session.wait.until(d -> !"checking".equals(d.findElement(By.cssSelector(".editor-operation")).getAttribute("data-state"))
                && d.findElements(By.cssSelector(".editor-part")).size() == 2);
        assertThat(editor().findElements(By.cssSelector(".editor-part input[name$=code]")))
                .extracting(i -> i.getAttribute("value")).containsExactly(GRID + "04", GRID + "05");
        Browser.Request dryRun = session.requests().stream()
                .filter(r -> r.url().endsWith("/api/grids/" + GRID + "/micro-grids/" + GRID + "01/split?dryRun=true"))
                .findFirst().orElseThrow(() -> new AssertionError("no dry run of the split was sent"));
        assertThat(dryRun.method()).isEqualTo("POST");
        assertThat(dryRun.header("X-XSRF-TOKEN")).isNotBlank();
        JsonNode body = Api.JSON.readTree(dryRun.body());
        JsonNode line = body.path("line");
        assertThat(line.path("type").asString()).isEqualTo("LineString");
        JsonNode coordinates = line.path("coordinates");
        assertThat(coordinates.get(0).get(0).doubleValue()).isLessThan(AREA.west());
        assertThat(coordinates.get(coordinates.size() - 1).get(0).doubleValue()).isBetween(lon(0.002), lon(0.004));
        assertThat(coordinates.get(0).get(1).doubleValue()).isCloseTo(lat(0.0025), org.assertj.core.data.Offset.offset(0.0002));
        assertThat(body.path("parts")).hasSize(2);
        long version = coordinator.get("/api/grids/" + GRID).json().path("properties").path("version").longValue();
        assertThat(body.path("expectedVersion").longValue()).isEqualTo(version);
    }

    @Test
    @Order(5)
    void thePanelFitsAPhone() {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            WebElement panel = editor();
            long viewport = ((Number) browser.executeScript("return document.documentElement.clientWidth")).longValue();
            assertThat(panel.getRect().getX()).isGreaterThanOrEqualTo(0);
            assertThat(panel.getRect().getX() + panel.getRect().getWidth()).isLessThanOrEqualTo((int) viewport);
            assertThat(panel.findElement(By.cssSelector("button[data-action=cancel]")).isDisplayed()).isTrue();
            assertThat(browser.findElement(By.id("map")).getRect().getHeight()).isPositive();
        } finally {
            browser.manage().window().setSize(new Dimension(1400, 900));
        }
    }

    /** Selects what the field holds and types over it, as a person does (never an empty field in between). */
    private void type(String cssSelector, String text) {
        editor().findElement(By.cssSelector(cssSelector)).sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

    private List<String> apiCodes() {
        JsonNode features = coordinator.get("/api/grids/" + GRID + "/micro-grids").json().path("features");
        return features.valueStream().map(f -> f.path("id").asString()).toList();
    }

    private JsonNode apiMicroGrid(String code) {
        return coordinator.get("/api/grids/" + GRID + "/micro-grids").json().path("features").valueStream()
                .filter(f -> code.equals(f.path("id").asString())).findFirst()
                .orElseThrow(() -> new AssertionError(code + " is not in the API's answer"));
    }

    private List<String> eventsOfTheGrid() {
        return coordinator.get("/api/history/" + GRID).json().valueStream().map(e -> e.path("event").asString()).toList();
    }

    @Test
    @Order(6)
    void theSplitIsSubmittedWithNamesHelpersAndAReasonAndShowsOnTheMapInTheApiAndAsAnEvent() {
        awaitOperation("checked");
        // The cut runs east–west: the server numbers the pieces south to north.
        assertThat(browser.findElements(By.cssSelector(".piece-number"))).extracting(WebElement::getText)
                .containsExactlyInAnyOrder("1", "2");
        type("input[name='part-1-name']", "西院南");
        type("input[name='part-1-helpers']", "王西");
        type("input[name='part-2-name']", "西院北");
        type("input[name='part-2-helpers']", "孙北、周北");
        editor().findElement(By.cssSelector("button[data-action=submit]")).click();
        awaitOperation("needs-reason");
        type(".editor-operation textarea[name=reason]", "按楼栋拆分");
        editor().findElement(By.cssSelector("button[data-action=submit]")).click();

        session.wait.until(d -> listedCodes().equals(List.of(GRID + "02", GRID + "03", GRID + "04", GRID + "05")));
        // the grid is read again after the save (加载中…), then the save is reported
        session.wait.until(d -> editor().findElement(By.cssSelector(".editor-state")).getText().startsWith("已保存"));
        assertThat(apiCodes()).containsExactly(GRID + "02", GRID + "03", GRID + "04", GRID + "05");
        JsonNode south = apiMicroGrid(GRID + "04");
        assertThat(south.path("properties").path("name").asString()).isEqualTo("西院南");
        double northmost = south.path("geometry").path("coordinates").get(0).valueStream()
                .mapToDouble(c -> c.get(1).doubleValue()).max().orElseThrow();
        assertThat(northmost).isCloseTo(lat(0.0025), org.assertj.core.data.Offset.offset(0.0002));
        assertThat(apiMicroGrid(GRID + "05").path("properties").path("helpers").valueStream().map(JsonNode::asString).toList())
                .containsExactly("孙北", "周北");
        assertThat(browser.findElements(By.cssSelector(".micro-grid-label"))).extracting(WebElement::getText)
                .anySatisfy(label -> assertThat(label).contains(GRID + "05", "西院北", "孙北"));
        assertThat(eventsOfTheGrid()).contains("MicroGridSplitEvent");
        assertThat(session.consoleErrors()).isEmpty();
    }

    @Test
    @Order(7)
    void twoMicroGridsClickedOnTheMapAreMerged() {
        // The split left its pieces selected.
        editor().findElement(By.cssSelector("button[data-action=clear-selection]")).click();
        clickMapAt(lon(0.001), lat(0.001)); // 04, the south-west piece
        clickMapAt(lon(0.003), lat(0.001)); // 02 beside it
        session.wait.until(d -> editor().findElements(By.cssSelector(".editor-list li[aria-selected=true]")).size() == 2);

        editor().findElement(By.cssSelector("button[data-action=merge]")).click();
        awaitOperation("checked");
        assertThat(editor().findElement(By.cssSelector("input[name='merged-code']")).getAttribute("value")).isEqualTo(GRID + "06");
        assertThat(editor().findElement(By.cssSelector("input[name='merged-helpers']")).getAttribute("value"))
                .contains("王西", "李中");
        type("input[name='merged-name']", "西南院");
        type(".editor-operation textarea[name=reason]", "两院合并管理");
        editor().findElement(By.cssSelector("button[data-action=submit]")).click();

        session.wait.until(d -> listedCodes().equals(List.of(GRID + "03", GRID + "05", GRID + "06")));
        assertThat(apiCodes()).containsExactly(GRID + "03", GRID + "05", GRID + "06");
        assertThat(apiMicroGrid(GRID + "06").path("properties").path("name").asString()).isEqualTo("西南院");
        // The map's own micro-grid layer reads the same.
        assertThat(coordinator.get("/api/micro-grids?communityCode=" + AREA.community()).json().path("features").valueStream()
                .map(f -> f.path("id").asString()).toList()).containsExactly(GRID + "03", GRID + "05", GRID + "06");
        assertThat(browser.findElements(By.cssSelector("path.editor-micro-grid"))).hasSize(3);
        assertThat(eventsOfTheGrid()).contains("MicroGridsMergedEvent");
        assertThat(session.consoleErrors()).isEmpty();
    }

    @Test
    @Order(8)
    void theMergedMicroGridsLineageShowsWhereItCameFrom() {
        // After the merge the editor selected the merged micro-grid.
        session.wait.until(d -> editor().findElements(By.cssSelector(".editor-list li[aria-selected=true]")).size() == 1);
        editor().findElement(By.cssSelector("button[data-action=lineage]")).click();
        awaitOperation("ready");

        WebElement lineage = editor().findElement(By.cssSelector(".editor-lineage"));
        assertThat(lineage.getAttribute("data-code")).isEqualTo(GRID + "06");
        assertThat(lineage.findElement(By.cssSelector("[data-fact=cameFrom]")).getText()).contains(GRID + "02", GRID + "04");
        assertThat(lineage.findElements(By.cssSelector(".editor-lineage-step"))).extracting(WebElement::getText)
                .anySatisfy(step -> assertThat(step).contains("两院合并管理", TestAccounts.COORDINATOR.displayName()));
        JsonNode fromTheApi = coordinator.get("/api/micro-grids/" + GRID + "04/lineage").json();
        assertThat(fromTheApi.path("current").asBoolean()).isFalse();
        assertThat(fromTheApi.toString()).contains(GRID + "01", GRID + "06");
        assertThat(session.consoleErrors()).isEmpty();
    }

    @Test
    @Order(9)
    void aLineThatEndsInsideIsRefusedInChineseWithItsEndHighlightedOnTheMap() {
        editor().findElement(By.cssSelector("button[data-action=clear-selection]")).click();
        clickMapAt(lon(0.005), lat(0.001)); // 03
        editor().findElement(By.cssSelector("button[data-action=split]")).click();
        awaitOperation("drawing");
        clickMapAt(lon(0.005), lat(0.002)); // inside 03
        clickMapAt(lon(0.0075), lat(0.002));
        clickMapAt(lon(0.0075), lat(0.002));

        awaitOperation("refused");
        WebElement problem = editor().findElement(By.cssSelector(".editor-problems li"));
        assertThat(problem.getAttribute("data-rule")).isEqualTo("split-line-must-end-outside");
        assertThat(problem.getText()).isEqualTo("拆分线的端点必须在微网格边界上或边界外");
        assertThat(browser.findElements(By.cssSelector("path.editor-problem"))).isNotEmpty();
        session.consoleErrors(); // Chromium reports the 400 it was answered

        editor().findElement(By.cssSelector("button[data-action=cancel]")).click();
        assertThat(browser.findElements(By.cssSelector("path.editor-problem"))).isEmpty();
        assertThat(editor().findElements(By.cssSelector(".editor-operation > *"))).isEmpty();
    }

    @Test
    @Order(10)
    void anEditOvertakenByAnotherIsRefusedWithWhatChangedAndCanBeSentAgainOnTop() {
        // 03 is still selected: its people, while somebody else names the helpers of 05.
        editor().findElement(By.cssSelector("button[data-action=people]")).click();
        type("textarea[name=helpers]", "赵东、钱东");
        type(".editor-operation textarea[name=reason]", "补充辅助员");
        succeeded(coordinator.put("/api/grids/" + GRID + "/micro-grids/" + GRID + "05/people",
                "{\"helpers\":[\"孙北\"],\"buildingLeaders\":[],\"unitLeaders\":[],\"reason\":\"另一位管理员调整\"}"));
        ReadModel.awaitUpToDate(processing, events);

        editor().findElement(By.cssSelector("button[data-action=submit]")).click();
        awaitOperation("refused");
        assertThat(editor().findElement(By.cssSelector(".editor-report")).getAttribute("data-status")).isEqualTo("409");
        assertThat(editor().findElements(By.cssSelector(".editor-changes li"))).extracting(WebElement::getText)
                .anySatisfy(change -> assertThat(change).contains("另一位管理员调整", TestAccounts.COORDINATOR.displayName()));
        session.consoleErrors(); // Chromium reports the 409 it was answered

        editor().findElement(By.cssSelector("button[data-action=reload-redo]")).click();
        awaitOperation("reloaded");
        editor().findElement(By.cssSelector("button[data-action=submit]")).click();
        session.wait.until(d -> editor().findElements(By.cssSelector(".editor-operation > *")).isEmpty());
        assertThat(apiMicroGrid(GRID + "03").path("properties").path("helpers").valueStream().map(JsonNode::asString).toList())
                .containsExactly("赵东", "钱东");
        assertThat(session.consoleErrors()).isEmpty();
    }

    @Test
    @Order(11)
    void theEditorSpeaksEnglishAfterTheLanguageSwitch() {
        browser.findElement(By.id("language")).click();
        try {
            assertThat(editButton().getText()).isEqualTo("Edit micro-grids");
            assertThat(editor().findElement(By.cssSelector(".editor-title")).getText()).isEqualTo("Edit micro-grids");
            assertThat(editor().findElement(By.cssSelector("button[data-action=split]")).getText()).isEqualTo("Split");
            assertThat(editor().findElement(By.cssSelector(".editor-list li[data-code='" + GRID + "03'] .editor-item-helpers"))
                    .getText()).startsWith("Grid helpers");
        } finally {
            browser.findElement(By.id("language")).click();
        }
        assertThat(editor().findElement(By.cssSelector("button[data-action=split]")).getText()).isEqualTo("拆分");
    }
}
