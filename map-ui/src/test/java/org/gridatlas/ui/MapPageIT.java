package org.gridatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.gridatlas.Api;
import org.gridatlas.GridAtlasIntegrationTest;
import org.gridatlas.ReadModel;
import org.gridatlas.TestAccounts;
import org.gridatlas.demo.CalibratedDistrict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** The map page in Debian's headless Chromium, signed in as a planner, against the running application with the demo district. */
@GridAtlasIntegrationTest
class MapPageIT {

    private static final String DEMO = "140105";

    @LocalServerPort
    int port;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore events;

    private Browser session;
    private ChromeDriver browser;
    private WebDriverWait wait;

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
                .allSatisfy(p -> assertThat(p.getAttribute("fill")).isEqualTo("#c0392b"))
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
}
