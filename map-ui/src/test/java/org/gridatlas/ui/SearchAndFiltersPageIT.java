package org.gridatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;

import org.gridatlas.Api;
import org.gridatlas.GridAtlasIntegrationTest;
import org.gridatlas.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Finding a demo compound with the search box, and filtering the compound layer, as a planner in Chromium. */
@GridAtlasIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchAndFiltersPageIT {

    private static final String DEMO = "140105";

    @LocalServerPort
    int port;
    private Api planner;
    private Browser session;

    @BeforeEach
    void openTheMap() throws Exception {
        planner = new Api(port).as(TestAccounts.PLANNER);
        session = new Browser(port);
        session.signIn(TestAccounts.PLANNER);
        session.open("/?district=" + DEMO);
        session.wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-state", "ready"));
        session.wait.until(ExpectedConditions.attributeToBe(By.id("filters"), "data-state", "ready"));
    }

    @AfterEach
    void closeTheBrowser() {
        session.close();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** An unmanaged demo compound that the first part of its name finds among the suggestions, and that part. */
    private String[] aCompoundFoundByPartOfItsName() {
        JsonNode features = planner.get("/api/compounds?bbox=112.0,37.0,113.5,38.5&mode=UNMANAGED&areaCode=" + DEMO)
                .json().get("features");
        for (JsonNode f : features) {
            String name = f.get("properties").get("name").stringValue();
            if (name.length() < 4) {
                continue;
            }
            String part = name.substring(0, name.length() - 1);
            JsonNode hits = planner.get("/api/search?districtCode=" + DEMO + "&q=" + enc(part)).json();
            if (StreamSupport.stream(hits.spliterator(), false).anyMatch(h -> h.get("code").stringValue().equals(f.get("id").stringValue()))) {
                return new String[] {f.get("id").stringValue(), part};
            }
        }
        throw new AssertionError("no demo compound is found by part of its name");
    }

    @Test
    void typingPartOfANameSuggestsTheCompoundAndEnterZoomsToItAndOpensItsPopupAndHistory() {
        String[] found = aCompoundFoundByPartOfItsName();
        String id = found[0];
        JsonNode detail = planner.get("/api/compounds/" + id).json().get("properties");
        WebElement input = session.driver.findElement(By.id("search"));
        double scaleBefore = scaleMetres();

        input.sendKeys(found[1]);
        session.wait.until(d -> !d.findElements(By.cssSelector("#search-results li.search-hit[data-code='" + id + "']")).isEmpty());
        List<WebElement> hits = session.driver.findElements(By.cssSelector("#search-results li.search-hit"));
        assertThat(hits.get(0).getAttribute("aria-selected")).isEqualTo("true");
        for (WebElement hit : hits) {
            if (id.equals(hit.getAttribute("data-code"))) {
                break;
            }
            input.sendKeys(Keys.ARROW_DOWN);
        }
        WebElement chosen = session.driver.findElement(By.cssSelector("#search-results li[data-code='" + id + "']"));
        assertThat(chosen.getAttribute("aria-selected")).isEqualTo("true");
        assertThat(chosen.getText()).contains("小区", detail.get("name").stringValue(), detail.get("communityName").stringValue());
        input.sendKeys(Keys.ENTER);

        session.wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-search-chosen", "COMPOUND:" + id));
        WebElement popup = session.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".compound-popup[data-compound-id='" + id + "'][data-state=ready]")));
        assertThat(scaleMetres()).as("zoomed in to the compound").isLessThan(scaleBefore);
        assertThat(popup.findElement(By.cssSelector("dd[data-field=code]")).getText()).isEqualTo(id);
        assertThat(popup.findElement(By.cssSelector("dd[data-field=area]")).getText())
                .isEqualTo(detail.get("subDistrictName").stringValue() + " · " + detail.get("communityName").stringValue());
        assertThat(popup.findElement(By.cssSelector("dd[data-field=grids]")).getText())
                .contains(detail.get("grids").get(0).get("code").stringValue(), detail.get("grids").get(0).get("name").stringValue());
        assertThat(popup.findElement(By.cssSelector("dd[data-field=mode]")).getText()).isEqualTo("无物业");

        popup.findElement(By.cssSelector("button.history-open")).click();
        session.wait.until(ExpectedConditions.attributeToBe(By.id("history"), "data-state", "ready"));
        WebElement history = session.driver.findElement(By.id("history"));
        assertThat(history.findElement(By.cssSelector(".history-title")).getText()).contains(detail.get("name").stringValue());
        assertThat(history.findElements(By.cssSelector(".history-entry"))).isNotEmpty();
        assertThat(history.findElement(By.cssSelector(".history-entry .history-who-text")).getText()).isNotBlank();
        assertThat(session.consoleErrors()).isEmpty();
    }

    /** The length the scale bar stands for, in metres: smaller as the map zooms in. */
    private double scaleMetres() {
        String scale = session.driver.findElement(By.cssSelector(".leaflet-control-scale-line")).getText().trim();
        double value = Double.parseDouble(scale.replaceAll("[^0-9.]", ""));
        return scale.endsWith("km") ? value * 1000 : value;
    }

    @Test
    void aSubDistrictAndAModeLeaveOnlyTheirCompoundsOnTheMapWithTheirCount() {
        Select subDistrict = new Select(session.driver.findElement(By.id("filter-sub-district")));
        assertThat(subDistrict.getOptions()).hasSizeGreaterThan(1);
        String subDistrictCode = subDistrict.getOptions().get(1).getAttribute("value");
        subDistrict.selectByIndex(1);
        session.wait.until(ExpectedConditions.attributeToBe(By.id("filters"), "data-state", "ready"));
        new Select(session.driver.findElement(By.id("filter-mode"))).selectByValue("UNMANAGED");
        session.wait.until(ExpectedConditions.attributeToBe(By.id("filters"), "data-state", "ready"));
        session.wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-state", "ready"));

        // The page's own last request for the layer, asked again: every compound in it is of the sub-district and unmanaged.
        String url = (String) session.driver.executeScript("""
                return performance.getEntriesByType('resource').map(e => e.name)
                    .filter(n => n.includes('/api/compounds?bbox=')).pop();""");
        assertThat(url).contains("areaCode=" + subDistrictCode, "mode=UNMANAGED");
        JsonNode features = planner.get(url.substring(url.indexOf("/api/"))).json().get("features");
        assertThat(features.size()).isPositive();
        features.forEach(f -> {
            assertThat(f.get("properties").get("subDistrictCode").stringValue()).isEqualTo(subDistrictCode);
            assertThat(f.get("properties").get("managementMode").stringValue()).isEqualTo("UNMANAGED");
        });
        List<WebElement> paths = session.driver.findElements(By.cssSelector("path.compound"));
        assertThat(paths).hasSize(features.size());
        assertThat(session.driver.findElements(By.cssSelector("path.compound:not(.mode-UNMANAGED)"))).isEmpty();
        WebElement count = session.driver.findElement(By.cssSelector("#filters .filter-count"));
        assertThat(count.getAttribute("data-count")).isEqualTo(String.valueOf(features.size()));
        assertThat(count.getText()).isEqualTo("地图范围内符合条件的小区 " + features.size() + " 个");

        session.driver.findElement(By.id("clear-filters")).click();
        session.wait.until(ExpectedConditions.attributeToBe(By.id("filters"), "data-state", "ready"));
        session.wait.until(d -> !d.findElements(By.cssSelector("path.compound:not(.mode-UNMANAGED)")).isEmpty());
        assertThat(count.getText()).isEmpty();
        assertThat(session.consoleErrors()).isEmpty();
    }
}
