package org.gridatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.gridatlas.GridAtlasIntegrationTest;
import org.gridatlas.ReadModel;
import org.gridatlas.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The map page's layout at a phone's size and at a small laptop's, compared by where its parts are on
 * screen (getBoundingClientRect), not by pixels; and what the page says when a request fails.
 */
@GridAtlasIntegrationTest
class PageLayoutIT {

    private static final String DEMO = "140105";

    @LocalServerPort
    int port;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore events;

    private Browser browser;

    @BeforeEach
    void projectionsCaughtUp() {
        ReadModel.awaitUpToDate(processing, events);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Where an element is on screen, in CSS pixels from the viewport's top left corner. */
    record Box(double left, double top, double right, double bottom) {

        double width() {
            return right - left;
        }

        double height() {
            return bottom - top;
        }

        boolean overlaps(Box other) {
            return left < other.right && other.left < right && top < other.bottom && other.top < bottom;
        }

        boolean inside(Box other) {
            return left >= other.left && top >= other.top && right <= other.right && bottom <= other.bottom;
        }
    }

    private void signIn(Browser newBrowser) {
        browser = newBrowser;
        browser.signIn(TestAccounts.PLANNER);
    }

    private void openMap() {
        browser.open("/?district=" + DEMO);
        browser.wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-state", "ready"));
        browser.wait.until(ExpectedConditions.attributeToBe(By.id("campaign"), "data-state", "ready"));
    }

    private Object script(String js, Object... args) {
        return browser.driver.executeScript(js, args);
    }

    private Box box(String cssSelector) {
        @SuppressWarnings("unchecked")
        List<Number> r = (List<Number>) script("const r = document.querySelector(arguments[0]).getBoundingClientRect();"
                + " return [r.left, r.top, r.right, r.bottom];", cssSelector);
        return new Box(r.get(0).doubleValue(), r.get(1).doubleValue(), r.get(2).doubleValue(), r.get(3).doubleValue());
    }

    private Box viewport() {
        @SuppressWarnings("unchecked")
        List<Number> size = (List<Number>) script(
                "return [document.documentElement.clientWidth, document.documentElement.clientHeight];");
        return new Box(0, 0, size.get(0).doubleValue(), size.get(1).doubleValue());
    }

    private void assertNoHorizontalOverflow() {
        long scrollWidth = ((Number) script("return document.documentElement.scrollWidth;")).longValue();
        long innerWidth = ((Number) script("return window.innerWidth;")).longValue();
        assertThat(scrollWidth).as("the page's width against the window's").isLessThanOrEqualTo(innerWidth);
    }

    private WebElement element(String cssSelector) {
        return browser.driver.findElement(By.cssSelector(cssSelector));
    }

    /**
     * A point on a compound the reader can see and tap inside the region (not under anything else): the one
     * nearest the region's top, or its bottom.
     */
    private List<Number> aVisibleCompound(Box region, boolean nearestTheBottom) {
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) script("""
                const [left, top, right, bottom, lowest] = arguments;
                let best = null;
                for (const path of document.querySelectorAll('path.compound')) {
                  const r = path.getBoundingClientRect();
                  const x = (r.left + r.right) / 2, y = (r.top + r.bottom) / 2;
                  if (x < left || x > right || y < top || y > bottom || document.elementFromPoint(x, y) !== path) continue;
                  if (best === null || (lowest ? y > best[1] : y < best[1])) best = [x, y];
                }
                return best;""", region.left(), region.top(), region.right(), region.bottom(), nearestTheBottom);
        assertThat(point).as("a compound to tap in %s", region).isNotNull();
        return point;
    }

    /**
     * Drags the map as a finger would, from one point to another, in steps far enough apart in time that
     * Leaflet adds no inertia; once the compounds for the new view are drawn, the one near where it was let go.
     */
    private List<Number> dragCompoundTo(List<Number> from, double x, double y) {
        // compounds.js sets it again once the compounds for the new view are drawn.
        script("delete document.body.dataset.compounds;");
        double dx = x - from.get(0).doubleValue();
        double dy = y - from.get(1).doubleValue();
        Actions drag = new Actions(browser.driver).moveToLocation(from.get(0).intValue(), from.get(1).intValue()).clickAndHold();
        for (int step = 0; step < 4; step++) {
            drag = drag.pause(Duration.ofMillis(120)).moveByOffset((int) Math.round(dx / 4), (int) Math.round(dy / 4));
        }
        drag.pause(Duration.ofMillis(120)).release().perform();
        browser.wait.until(d -> script("return document.body.dataset.compounds !== undefined;").equals(Boolean.TRUE));
        Box near = new Box(x - 30, y - 30, x + 30, y + 30);
        return browser.wait.until(d -> {
            try {
                return aVisibleCompound(near, true);
            } catch (AssertionError notYetDrawn) {
                return null;
            }
        });
    }

    private void tap(List<Number> point) {
        new Actions(browser.driver).moveToLocation(point.get(0).intValue(), point.get(1).intValue()).click().perform();
    }

    /** The open popup once Leaflet has finished panning the map to fit it. */
    private Box settledPopup() {
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".leaflet-popup .compound-popup")));
        Box[] last = {null};
        browser.wait.pollingEvery(Duration.ofMillis(250)).until(d -> {
            Box now = box(".leaflet-popup");
            boolean still = now.equals(last[0]);
            last[0] = now;
            return still;
        });
        return last[0];
    }

    @Test
    void onAPhoneTheMapFillsTheScreenAndThePanelIsASheetThatPopupsOpenClearOf() throws Exception {
        signIn(Browser.phone(port));
        openMap();
        Box screen = viewport();
        assertThat(screen).isEqualTo(new Box(0, 0, 390, 844));

        WebElement toggle = element("#panel-toggle");
        assertThat(element("#panel").isDisplayed()).as("the panel starts folded away").isFalse();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
        Box map = box("#map");
        assertThat(map.width() * map.height()).as("the map's share of the screen")
                .isGreaterThanOrEqualTo(0.8 * screen.width() * screen.height());
        assertNoHorizontalOverflow();
        assertThat(box("#panel-toggle").height()).as("a button a finger can hit").isGreaterThanOrEqualTo(40);
        assertThat(element(".legend").getAttribute("class")).contains("collapsed");
        assertThat(box(".legend").height()).as("the folded legend").isLessThan(60);

        toggle.click();

        Box panel = box("#panel");
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(panel.left()).isZero();
        assertThat(panel.right()).isEqualTo(screen.right());
        assertThat(panel.bottom()).isEqualTo(screen.bottom());
        assertThat(panel.top()).as("a sheet over the map's lower half").isGreaterThan(map.top() + map.height() / 3);
        WebElement party = element("input[name=colouring][value=party]");
        WebElement partyChoice = party.findElement(By.xpath("./ancestor::label"));
        assertThat(partyChoice.isDisplayed()).isTrue();
        assertThat(partyChoice.getSize().getHeight()).isGreaterThanOrEqualTo(40);
        partyChoice.click();
        assertThat(element(".legend").getAttribute("data-colouring")).isEqualTo("party");

        // With the sheet open: a compound near the map's top, where the popup has the least room above it.
        tap(aVisibleCompound(new Box(map.left() + 60, map.top() + 20, map.right() - 60, panel.top() - 20), false));
        Box popup = settledPopup();
        assertThat(popup.inside(screen)).as("popup %s inside the screen %s", popup, screen).isTrue();
        assertThat(popup.inside(box("#map"))).as("popup %s inside the map", popup).isTrue();
        assertThat(popup.overlaps(box("#panel"))).as("popup %s under the panel %s", popup, box("#panel")).isFalse();

        // With the sheet folded and the legend open: a compound beside the legend, lower than its top.
        element(".leaflet-popup-close-button").click();
        element("input[name=colouring][value=mode]").findElement(By.xpath("./ancestor::label")).click();
        toggle.click();
        assertThat(element("#panel").isDisplayed()).isFalse();
        element(".legend-toggle").click();
        Box legend = box(".legend");
        assertThat(legend.height()).as("the open legend of ten modes").isGreaterThan(150);
        map = box("#map");
        List<Number> anyCompound = aVisibleCompound(new Box(map.left() + 20, map.top() + 20, legend.left() - 20,
                legend.top() - 20), false);
        tap(dragCompoundTo(anyCompound, map.left() + 100, legend.top() + 60));
        popup = settledPopup();
        assertThat(popup.inside(screen)).as("popup %s inside the screen %s", popup, screen).isTrue();
        assertThat(popup.overlaps(box(".legend"))).as("popup %s under the legend %s", popup, box(".legend")).isFalse();
        assertThat(element(".compound-popup h3").getText()).isNotBlank();
        assertNoHorizontalOverflow();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void atASmallLaptopsSizeThePanelStandsBesideTheMapAndFoldsAwayForIt() throws Exception {
        signIn(Browser.sized(port, 1000, 700));
        openMap();
        Box screen = viewport();

        Box map = box("#map");
        Box panel = box("#panel");
        Box header = box("header.bar");
        assertThat(element("#panel-toggle").getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(map.overlaps(panel)).as("map %s and panel %s", map, panel).isFalse();
        assertThat(map.right()).isLessThanOrEqualTo(panel.left());
        assertThat(panel.right()).isEqualTo(screen.right());
        assertThat(map.width()).isGreaterThanOrEqualTo(600);
        assertThat(map.top()).isGreaterThanOrEqualTo(header.bottom());
        assertThat(panel.top()).isGreaterThanOrEqualTo(header.bottom());
        assertThat(header.height()).as("the bar on one or two lines").isLessThanOrEqualTo(100);
        assertThat(element(".legend li[data-category=UNMANAGED] .count").isDisplayed()).as("the legend open").isTrue();
        assertThat(box(".legend").inside(map)).isTrue();
        assertNoHorizontalOverflow();

        element("#panel-toggle").click();
        assertThat(element("#panel").isDisplayed()).isFalse();
        assertThat(box("#map").width()).as("the map takes the panel's place").isEqualTo(screen.width());
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aCampaignAndALayerThatFailedToLoadSaySoAndLoadAgainOnRetry() throws Exception {
        signIn(Browser.sized(port, 1000, 700));
        browser.blockRequests("*/api/campaigns?*", "*/api/compounds?bbox=*");
        browser.open("/?district=" + DEMO);

        browser.wait.until(ExpectedConditions.attributeToBe(By.id("campaign"), "data-state", "failed"));
        WebElement campaign = element("#campaign");
        assertThat(campaign.getText()).contains("清零行动加载失败").doesNotContain("尚未启动");
        browser.wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-state", "failed"));
        assertThat(element("#load-problem").getText()).contains("地图数据加载失败", "重试");
        WebElement legend = element(".legend");
        assertThat(legend.getAttribute("data-state")).isEqualTo("failed");
        assertThat(legend.getText()).contains("小区加载失败");
        assertThat(legend.findElements(By.cssSelector(".count"))).as("no counts of what never loaded").isEmpty();

        browser.blockRequests();
        campaign.findElement(By.cssSelector("button.retry")).click();
        browser.wait.until(ExpectedConditions.attributeToBe(By.id("campaign"), "data-state", "ready"));
        assertThat(element("[data-figure=unmanagedNow]").getText()).isNotBlank();
        assertThat(element("body").getAttribute("data-state")).as("the map's retry is its own").isEqualTo("failed");

        element("#load-problem button.retry").click();
        browser.wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-state", "ready"));
        assertThat(element("#load-problem").isDisplayed()).isFalse();
        assertThat(legend.findElements(By.cssSelector(".count"))).hasSize(10);
        assertThat(element("#status").getText()).startsWith("显示 ");
        assertThat(browser.consoleErrorsBesidesBlocked()).isEmpty();
    }
}
