package org.gridatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.gridatlas.GridAtlasIntegrationTest;
import org.gridatlas.ReadModel;
import org.gridatlas.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The area choropleths as a planner uses them on the demo district: the
 * sub-districts filled by a measure with a legend of classes and counts and
 * their names written on them, another measure chosen, an area's figures on a
 * click, and the grids by party coverage with the uncovered ones counted.
 */
@GridAtlasIntegrationTest
class AreaChoroplethPageIT {

    private static final String DEMO = "140105";

    @LocalServerPort
    int port;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore events;
    @Autowired
    JdbcClient jdbc;

    @Test
    void subDistrictsAreFilledByTheChosenMeasureWithLegendLabelsAndFigures() throws Exception {
        ReadModel.awaitUpToDate(processing, events);
        int subDistricts = jdbc.sql("SELECT count(*) FROM readmodel.area a WHERE a.district_code = :d AND a.level = 'SUB_DISTRICT'")
                .param("d", DEMO).query(Integer.class).single();
        int uncoveredGrids = jdbc.sql("""
                        SELECT count(*) FROM readmodel.grid g WHERE g.district_code = :d
                          AND g.grid_code NOT IN (SELECT unnest(p.grid_codes) FROM readmodel.party_organisation p
                                                  WHERE p.dissolved_on IS NULL)""")
                .param("d", DEMO).query(Integer.class).single();
        try (MapPage page = MapPage.open(port, TestAccounts.PLANNER, DEMO)) {
            Browser browser = page.browser();
            new Select(page.one("#area-level")).selectByValue("SUB_DISTRICT");
            browser.wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-areas", String.valueOf(subDistricts)));
            assertThat(page.all("path.area.area-SUB_DISTRICT")).hasSize(subDistricts);
            WebElement legend = page.one(".area-legend");
            assertThat(legend.getAttribute("data-measure")).isEqualTo("unmanaged");
            assertThat(legend.findElement(By.tagName("h2")).getText()).contains("街道", "剩余无物业小区");
            assertThat(classCounts(page)).as("every sub-district falls in one class").isEqualTo(subDistricts);
            assertThat(page.all(".leaflet-tooltip.area-label")).as("names at the district's view").hasSize(subDistricts);

            new Select(page.one("#area-measure")).selectByValue("clearance");
            browser.wait.until(ExpectedConditions.attributeToBe(By.cssSelector(".area-legend"), "data-measure", "clearance"));
            assertThat(page.all(".area-legend li")).extracting(WebElement::getText)
                    .first().asString().startsWith("0%–20%");
            assertThat(classCounts(page)).isEqualTo(subDistricts);

            clickUntilFiguresShow(browser, page.all("path.area").get(0));
            assertThat(page.one(".area-popup").getText()).contains("清零率", "启动时无物业", "业委会组建率");

            new Select(page.one("#area-level")).selectByValue("GRID");
            new Select(page.one("#area-measure")).selectByValue("party");
            browser.wait.until(ExpectedConditions.attributeToBe(By.cssSelector(".area-legend"), "data-level", "GRID"));
            browser.wait.until(ExpectedConditions.attributeToBe(By.cssSelector(".area-legend"), "data-measure", "party"));
            WebElement lowest = page.one(".area-legend li[data-class='0']");
            assertThat(lowest.findElement(By.cssSelector(".count")).getText()).isEqualTo(String.valueOf(uncoveredGrids));
            assertThat(lowest.findElement(By.cssSelector(".swatch")).getCssValue("background-color"))
                    .as("uncovered is warm: the palette's bad end").isEqualTo("rgba(215, 48, 31, 1)");
            assertThat(page.consoleErrors()).isEmpty();
        }
    }

    private static int classCounts(MapPage page) {
        return page.all(".area-legend li .count").stream().mapToInt(c -> Integer.parseInt(c.getText())).sum();
    }

    /** Clicks across the area, as a person would, until a spot without a compound on it opens its figures. */
    private static void clickUntilFiguresShow(Browser browser, WebElement area) {
        int width = area.getRect().getWidth();
        int height = area.getRect().getHeight();
        for (int[] at : List.of(new int[] {0, 0}, new int[] {-width / 4, 0}, new int[] {width / 4, 0},
                new int[] {0, -height / 4}, new int[] {0, height / 4}, new int[] {-width / 5, height / 5})) {
            new Actions(browser.driver).moveToElement(area, at[0], at[1]).click().perform();
            if (!browser.driver.findElements(By.cssSelector(".area-popup")).isEmpty()) {
                return;
            }
        }
        throw new AssertionError("no spot of the area opened its figures");
    }
}
