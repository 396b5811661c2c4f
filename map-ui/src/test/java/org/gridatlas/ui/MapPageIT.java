package org.gridatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.gridatlas.Api;
import org.gridatlas.GridAtlasIntegrationTest;
import org.gridatlas.ReadModel;
import org.gridatlas.TestAccounts;
import org.gridatlas.TestDistrict;
import org.gridatlas.demo.CalibratedDistrict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** The map page in Debian's headless Chromium, signed in as a planner, against the running application with the demo district. */
@GridAtlasIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MapPageIT {

    private static final String DEMO = "140105";
    /** Two compounds of our own, far from the demo: one whose households were corrected, one with markup for a name. */
    private static final TestDistrict AUDITED = new TestDistrict("140123", 112.20, 37.30);
    private static final String MARKUP = "<img src=x onerror=alert(1)>";

    @LocalServerPort
    int port;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore events;

    private Browser session;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void enterTheAuditedCompounds() {
        // Both lie in grid 1 and name it, so the system has no assignment of its own to add to their history.
        Api api = new Api(port).as(TestAccounts.OFFICER);
        AUDITED.create(api);
        String compound = """
                {"compoundId":"%s","communityCode":"%s","name":"%s","households":120,"buildings":4,"units":12,
                 "floorArea":8600,"yearBuilt":1995,"category":"OLD_COMPOUND","boundary":%s,"management":%s,
                 "gridCodes":["GRID"]}""".replace("GRID", AUDITED.grid(1));
        succeeded(api.post("/api/compounds", compound.formatted("audited-c1", AUDITED.community(), "测试新村",
                AUDITED.rectangle(0.001, 0.001, 0.002, 0.0015), "{\"mode\":\"UNMANAGED\"}")));
        succeeded(api.put("/api/compounds/audited-c1/attributes", """
                {"name":"测试新村","households":136,"buildings":4,"units":12,"floorArea":8600,"yearBuilt":1995,
                 "category":"OLD_COMPOUND","reason":"门牌核对"}"""));
        succeeded(api.post("/api/compounds", compound.formatted("audited-c2", AUDITED.community(), MARKUP,
                AUDITED.rectangle(0.0035, 0.001, 0.002, 0.0015),
                "{\"mode\":\"MARKET_COMPANY\",\"provider\":\"" + MARKUP + "\",\"since\":\"2020-01-01\",\"feeStance\":\"CHARGING\"}")));
    }

    private static void succeeded(Api.Response response) {
        assertThat(response.status() / 100).as(response.body()).isEqualTo(2);
    }

    @BeforeEach
    void openBrowser() throws Exception {
        ReadModel.awaitUpToDate(processing, events);
        session = new Browser(port);
        browser = session.driver;
        wait = session.wait;
        session.signIn(TestAccounts.PLANNER);
    }

    @AfterEach
    void closeBrowser() {
        if (session != null) {
            session.close();
        }
    }

    private void openMap() {
        session.open("/?district=" + DEMO);
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-state", "ready"));
        wait.until(ExpectedConditions.attributeToBe(By.id("campaign"), "data-state", "ready"));
    }

    private List<String> consoleErrors() {
        return session.consoleErrors();
    }

    private String figure(String name) {
        return browser.findElement(By.cssSelector("[data-figure=" + name + "]")).getText();
    }

    @Test
    void drawsTheDemoDistrictColouredByModeWithALegendAndNoConsoleErrors() {
        openMap();

        int received = Integer.parseInt(browser.findElement(By.tagName("body")).getAttribute("data-compounds"));
        List<WebElement> drawn = browser.findElements(By.cssSelector(".leaflet-overlay-pane path.compound"));
        assertThat(drawn).hasSize(received);
        assertThat(received).isGreaterThanOrEqualTo(CalibratedDistrict.COMPOUNDS);
        assertThat(browser.findElements(By.cssSelector("path.compound.mode-UNMANAGED"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("path.compound.mode-MARKET_COMPANY"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector(".legend li"))).hasSize(10);
        assertThat(browser.findElement(By.cssSelector(".legend li[data-category=UNMANAGED]")).getText()).contains("无物业");
        assertThat(browser.findElement(By.id("status")).getText()).startsWith("显示 " + received + " 个小区");
        assertThat(browser.findElement(By.id("district")).getAttribute("value")).isEqualTo(DEMO);
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void thePanelShowsTheCampaignAsTheQueryApiReportsIt() {
        openMap();
        JsonNode campaign = new Api(port).as(TestAccounts.PLANNER).get("/api/campaigns?districtCode=" + DEMO).json().get(0);

        assertThat(figure("unmanagedNow")).isEqualTo(String.valueOf(campaign.get("unmanagedNow").intValue()));
        assertThat(figure("baselineCleared")).isEqualTo(String.valueOf(campaign.get("baselineCleared").intValue()));
        assertThat(figure("relapsesSince")).isEqualTo(String.valueOf(CalibratedDistrict.RELAPSES));
        assertThat(browser.findElement(By.cssSelector(".campaign .headline")).getText()).contains("剩余无物业小区", "296");
        assertThat(browser.findElements(By.cssSelector(".campaign .badge"))).extracting(b -> b.getAttribute("data-status"))
                .containsExactly("MET", "MET", "OPEN");
        WebElement chart = browser.findElement(By.id("trend"));
        assertThat(chart.getSize().getWidth()).isPositive();
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void compoundsCanBeColouredByPartyCoverageAndByStrategy() {
        openMap();

        browser.findElement(By.cssSelector("input[name=colouring][value=party]")).click();
        assertThat(browser.findElement(By.cssSelector(".legend")).getAttribute("data-colouring")).isEqualTo("party");
        assertThat(browser.findElement(By.cssSelector(".legend li[data-category=COVERED]")).getText()).contains("党组织已覆盖");
        assertThat(browser.findElements(By.cssSelector("path.compound.party-covered")))
                .allSatisfy(p -> assertThat(p.getAttribute("fill")).isEqualTo("#1a9850"))
                .isNotEmpty();

        browser.findElement(By.cssSelector("input[name=colouring][value=strategy]")).click();
        assertThat(browser.findElement(By.cssSelector(".legend li[data-category=SUBSIDISED_TRANSITION]")).getText())
                .contains("过渡补贴");
        assertThat(browser.findElements(By.cssSelector("path.compound.strategy-SUBSIDISED_TRANSITION")))
                .allSatisfy(p -> assertThat(p.getAttribute("fill")).isEqualTo("#2171b5"))
                .hasSize(CalibratedDistrict.STRATEGIES.get(org.gridatlas.messages.clearance.ClearanceStrategy.SUBSIDISED_TRANSITION));
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void gridOutlinesAreDrawnOnRequest() {
        openMap();
        assertThat(browser.findElements(By.cssSelector("path.grid"))).isEmpty();

        browser.findElement(By.id("show-grids")).click();

        wait.until(d -> !d.findElements(By.cssSelector("path.grid")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("path.grid"))).hasSizeGreaterThanOrEqualTo(300);
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void aCompoundsPopupShowsItsNameModeAndHouseholdsInChinese() {
        openMap();

        browser.findElement(By.cssSelector("path.compound.mode-UNMANAGED")).click();
        WebElement popup = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".compound-popup")));

        assertThat(popup.findElement(By.tagName("h3")).getText()).isNotBlank();
        assertThat(popup.getText()).contains("管理方式", "无物业", "户数", "登记时间", "党组织");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void theLanguageSwitchesToEnglishAndIsRemembered() {
        openMap();

        browser.findElement(By.id("language")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("GridAtlas");
        assertThat(browser.findElement(By.cssSelector(".legend h2")).getText()).isEqualTo("Management mode");
        assertThat(browser.findElement(By.cssSelector(".campaign .headline")).getText()).contains("Unmanaged compounds left");

        openMap();
        assertThat(browser.findElement(By.cssSelector(".legend li[data-category=UNMANAGED]")).getText()).contains("Unmanaged");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(consoleErrors()).isEmpty();
    }

    private WebElement openHistoryOf(String compoundPath) {
        browser.get("http://127.0.0.1:" + port + "/?district=" + AUDITED.code());
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-state", "ready"));
        browser.findElement(By.cssSelector(compoundPath)).click();
        // The map may pan to fit the popup and redraw it, so the button is found afresh until a click lands.
        // The popup is taken as it was clicked: on a phone the history panel may cover the map and its popup.
        WebElement popup = wait.ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement shown = d.findElement(By.cssSelector(".compound-popup"));
            shown.findElement(By.cssSelector("button.history-open")).click();
            return shown;
        });
        wait.until(ExpectedConditions.attributeToBe(By.id("history"), "data-state", "ready"));
        return popup;
    }

    @Test
    void aCompoundsHistoryShowsEachChangeBeforeAndAfterInBeijingTime() {
        openHistoryOf("path.compound.mode-UNMANAGED");

        WebElement panel = browser.findElement(By.id("history"));
        assertThat(panel.isDisplayed()).isTrue();
        assertThat(panel.findElement(By.cssSelector(".history-title")).getText()).isEqualTo("变更记录：测试新村");
        List<WebElement> entries = panel.findElements(By.cssSelector(".history-entry"));
        assertThat(entries).hasSize(2);
        WebElement latest = entries.get(0);
        assertThat(latest.findElement(By.cssSelector(".history-operation")).getText()).isEqualTo("修改基本信息");
        assertThat(latest.findElement(By.cssSelector(".history-who-text")).getText()).isEqualTo(TestAccounts.OFFICER.displayName());
        assertThat(latest.findElement(By.cssSelector(".history-reason-text")).getText()).isEqualTo("门牌核对");
        assertThat(latest.findElements(By.cssSelector(".history-change"))).singleElement()
                .satisfies(c -> assertThat(c.getText()).isEqualTo("户数 120 → 136"));
        WebElement when = latest.findElement(By.cssSelector("time"));
        String beijing = DateTimeFormatter.ofPattern("HH:mm")
                .format(Instant.parse(when.getAttribute("datetime")).atZone(ZoneId.of("Asia/Shanghai")));
        assertThat(when.getText()).contains(beijing);
        assertThat(entries.get(1).findElement(By.cssSelector(".history-change[data-field=boundary]")).getText())
                .matches("边界面积 — → [\\d,]+ m²");

        panel.findElement(By.cssSelector(".history-close")).click();
        assertThat(panel.isDisplayed()).isFalse();
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void aNameMadeOfMarkupShowsAsPlainTextInThePopupAndTheHistory() {
        WebElement popup = openHistoryOf("path.compound.mode-MARKET_COMPANY");

        assertThat(popup.findElement(By.tagName("h3")).getText()).isEqualTo(MARKUP);
        assertThat(popup.findElement(By.cssSelector("dd")).getText()).isNotBlank();
        assertThat(popup.getText()).contains("服务主体\n" + MARKUP);
        WebElement panel = browser.findElement(By.id("history"));
        assertThat(panel.findElement(By.cssSelector(".history-title")).getText()).isEqualTo("变更记录：" + MARKUP);
        assertThat(panel.findElement(By.cssSelector(".history-change[data-field=name] .history-after")).getText()).isEqualTo(MARKUP);
        assertThat(panel.findElement(By.cssSelector(".history-change[data-field='management.provider'] .history-after")).getText())
                .isEqualTo(MARKUP);
        assertThat(browser.findElements(By.cssSelector("img[src=x]"))).isEmpty();
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void theHistoryPanelFitsAPhone() {
        browser.manage().window().setSize(new Dimension(390, 844));
        openHistoryOf("path.compound.mode-UNMANAGED");

        WebElement panel = browser.findElement(By.id("history"));
        long viewport = ((Number) browser.executeScript("return document.documentElement.clientWidth")).longValue();
        assertThat(panel.getRect().getX()).isGreaterThanOrEqualTo(0);
        assertThat(panel.getRect().getX() + panel.getRect().getWidth()).isLessThanOrEqualTo((int) viewport);
        assertThat(panel.findElement(By.cssSelector(".history-change[data-field=households]")).isDisplayed()).isTrue();
        assertThat(consoleErrors()).isEmpty();
    }
}
