package org.gridatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gridatlas.Api;
import org.gridatlas.GridAtlasIntegrationTest;
import org.gridatlas.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The leadership dashboard in Chromium, opened from the map page's top bar as
 * the demo district's leader: the verdict the outlook gives in words and
 * colour, the burndown drawn, the areas ranked and re-sorted by a click; on a
 * phone without the page scrolling sideways; and a district without a
 * campaign saying so.
 */
@GridAtlasIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardPageIT {

    private static final String DEMO = "140105";
    private static final String DEMO_LEADER = "demo-leader";
    private static final String DEMO_PASSWORD = "gridatlas-demo";
    /** A district of this test's own, without a campaign. */
    private static final String EMPTY = "140439";

    @LocalServerPort
    int port;

    private JsonNode outlook;
    private JsonNode progress;

    @BeforeAll
    void readTheDemoCampaignAndEnterADistrictWithoutOne() {
        Api leader = new Api(port).as(DEMO_LEADER, DEMO_PASSWORD);
        JsonNode campaigns = leader.get("/api/campaigns?districtCode=" + DEMO).json();
        String id = null;
        for (JsonNode c : campaigns) {
            if (c.get("areaLevel").stringValue().equals("DISTRICT")) {
                id = c.get("campaignId").stringValue();
                progress = c;
            }
        }
        outlook = leader.get("/api/campaigns/" + id + "/outlook").json();
        Api.Response created = new Api(port).as(TestAccounts.ADMIN)
                .post("/api/districts", "{\"districtCode\":\"" + EMPTY + "\",\"name\":\"看板无行动区\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    /** Signs in as the demo leader on the sign-in page and follows the map page's link to the dashboard. */
    private static void openFromTheMap(Browser browser) {
        browser.submitSignIn(DEMO_LEADER, DEMO_PASSWORD);
        browser.wait.until(d -> !d.getCurrentUrl().contains("/login.html") && !d.findElement(By.id("who")).getText().isBlank());
        WebElement link = browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("dashboard-link")));
        assertThat(link.getText()).isEqualTo("领导看板");
        link.click();
        ready(browser);
    }

    private static void ready(Browser browser) {
        browser.wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-state", "ready"));
    }

    @Test
    void theLeaderSeesTheVerdictTheChartAndTheRankedAreas() throws Exception {
        try (Browser browser = new Browser(port, "--window-size=1000,700")) {
            openFromTheMap(browser);
            assertThat(browser.driver.getCurrentUrl()).contains("/dashboard.html").contains("district=" + DEMO);

            String verdict = outlook.get("projection").get("verdict").stringValue();
            assertThat(verdict).as("the demo's last months cleared little and relapsed").isNotEqualTo("ON_TRACK");
            WebElement box = browser.driver.findElement(By.id("board-verdict"));
            assertThat(box.getAttribute("data-verdict")).isEqualTo(verdict);
            assertThat(box.findElement(By.className("verdict-word")).getText())
                    .isEqualTo(verdict.equals("AT_RISK") ? "有风险" : "滞后");
            assertThat(box.findElement(By.className("verdict-word")).getCssValue("color"))
                    .as("the word is in the verdict's colour").isNotEqualTo(box.getCssValue("color"));
            assertThat(box.findElement(By.className("verdict-date")).getText()).containsAnyOf("预计", "无法清零");
            assertThat(browser.driver.findElement(By.id("board-projection")).getText())
                    .contains("近 3 个完整月", "净清零 " + outlook.get("projection").get("window").get("net").intValue());

            assertThat(browser.driver.findElement(By.cssSelector("[data-figure=figRemaining] .value")).getText())
                    .isEqualTo(String.valueOf(progress.get("unmanagedNow").intValue()));
            assertThat(browser.driver.findElement(By.cssSelector("[data-figure=figBaseline] .value")).getText())
                    .isEqualTo(String.valueOf(progress.get("unmanagedAtLaunch").intValue()));
            assertThat(browser.driver.findElement(By.cssSelector("[data-figure=figPartyCompounds] .value")).getText())
                    .endsWith("%");

            WebElement canvas = browser.driver.findElement(By.id("burndown"));
            assertThat(canvas.getSize().getWidth()).isGreaterThan(300);
            assertThat(canvas.getSize().getHeight()).isGreaterThan(150);
            Object datasets = browser.driver.executeScript(
                    "return Chart.getChart(arguments[0]).data.datasets.map(d => d.data.filter(v => v !== null).length)", canvas);
            assertThat((List<?>) datasets).as("actual, projection, baseline and milestones drawn").hasSize(4)
                    .allSatisfy(n -> assertThat(((Number) n).intValue()).isPositive());

            assertThat(rows(browser)).hasSize(10);
            browser.driver.findElement(By.cssSelector("input[name=ranking-level][value=COMMUNITY]")).click();
            browser.wait.until(d -> rows(browser).size() == 100);
            browser.driver.findElement(By.cssSelector("th[data-sort=clearanceRate] button")).click();
            List<Double> rates = rows(browser).stream()
                    .map(r -> r.findElement(By.cssSelector("td[data-field=clearanceRate]")).getText())
                    .filter(t -> t.endsWith("%")).map(t -> Double.parseDouble(t.replace("%", ""))).toList();
            assertThat(rates).hasSizeGreaterThan(50).isSortedAccordingTo((a, b) -> Double.compare(b, a));
            assertThat(browser.driver.findElement(By.cssSelector("th[data-sort=clearanceRate]")).getAttribute("aria-sort"))
                    .isEqualTo("descending");

            browser.driver.findElement(By.id("language")).click();
            assertThat(box.findElement(By.className("verdict-word")).getText())
                    .isEqualTo(verdict.equals("AT_RISK") ? "At risk" : "Off track");
            browser.driver.findElement(By.id("language")).click();
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    private static List<WebElement> rows(Browser browser) {
        return browser.driver.findElements(By.cssSelector("#ranking tbody tr"));
    }

    @Test
    void onAPhoneThePageDoesNotScrollSideways() throws Exception {
        try (Browser browser = new Browser(port, "--window-size=390,844")) {
            openFromTheMap(browser);
            browser.driver.findElement(By.cssSelector("input[name=ranking-level][value=COMMUNITY]")).click();
            browser.wait.until(d -> rows(browser).size() == 100);
            Number page = (Number) browser.driver.executeScript("return document.documentElement.scrollWidth");
            Number viewport = (Number) browser.driver.executeScript("return document.documentElement.clientWidth");
            assertThat(page.intValue()).as("the page's width at a viewport of " + viewport).isLessThanOrEqualTo(viewport.intValue());
            WebElement table = browser.driver.findElement(By.id("ranking"));
            WebElement scroller = browser.driver.findElement(By.className("ranking-scroll"));
            assertThat(scroller.getSize().getWidth()).isLessThanOrEqualTo(viewport.intValue());
            assertThat(table.getSize().getWidth()).as("the table scrolls inside its box").isGreaterThanOrEqualTo(
                    scroller.getSize().getWidth());
            assertThat(browser.driver.findElement(By.id("burndown")).getSize().getWidth()).isPositive()
                    .isLessThanOrEqualTo(viewport.intValue());
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void aDistrictWithoutACampaignSaysSoAndOffersNoFigures() throws Exception {
        try (Browser browser = new Browser(port, "--window-size=1000,700")) {
            browser.signIn(TestAccounts.LEADER);
            browser.open("/dashboard.html?district=" + EMPTY);
            browser.wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-state", "empty"));
            assertThat(browser.driver.findElement(By.className("board-message")).getText()).isEqualTo("本区尚未启动清零行动");
            assertThat(browser.driver.findElement(By.id("board-content")).isDisplayed()).isFalse();
            assertThat(browser.driver.findElement(By.id("board-retry")).isDisplayed()).isFalse();

            // choosing the demo district in the page brings its campaign
            new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("board-district")))
                    .selectByValue(DEMO);
            ready(browser);
            assertThat(browser.driver.findElement(By.id("board-name")).getText()).isEqualTo(progress.get("name").stringValue());
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }
}
