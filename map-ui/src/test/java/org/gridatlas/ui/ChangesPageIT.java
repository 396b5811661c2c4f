package org.gridatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.gridatlas.Api;
import org.gridatlas.GridAtlasIntegrationTest;
import org.gridatlas.ReadModel;
import org.gridatlas.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The compare panel on the demo district: a planner types the end of the
 * campaign's fourth month and of its fifth into the two date inputs and sees
 * the month's changes counted and listed; the compounds cleared in it are
 * outlined green on the map, and a click on one in the list opens its popup.
 */
@GridAtlasIntegrationTest
class ChangesPageIT {

    private static final String DEMO = "140105";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore events;

    Browser session;
    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openTheMap() throws Exception {
        ReadModel.awaitUpToDate(processing, events);
        session = new Browser(port);
        browser = session.driver;
        wait = session.wait;
        session.signIn(TestAccounts.PLANNER);
        session.open("/?district=" + DEMO);
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-state", "ready"));
    }

    @AfterEach
    void closeBrowser() {
        if (session != null) {
            session.close();
        }
    }

    /** A demo compound cleared in the campaign's fifth month and not changed since, with that month's first day. */
    private Map<String, Object> clearedInTheFifthMonth() {
        return jdbc.sql("""
                        SELECT m.compound_id, k.name, c.launched_on
                        FROM readmodel.management_change m
                        JOIN readmodel.campaign c ON c.district_code = m.district_code
                        JOIN readmodel.compound k ON k.compound_id = m.compound_id
                        WHERE m.district_code = :district AND m.transition = 'CLEARED'
                          AND date_trunc('month', m.recorded_at AT TIME ZONE 'Asia/Shanghai')
                              = date_trunc('month', c.launched_on + interval '5 months')
                          AND k.management_mode <> 'UNMANAGED' AND k.relapses = 0
                        ORDER BY m.compound_id LIMIT 1""")
                .param("district", DEMO).query().singleRow();
    }

    /**
     * Types a day into a date input as a person does: the digits of its parts
     * in the order the browser's locale shows them, each part moving on by
     * itself. Focus lands on the first part; a click would land on the part
     * under the pointer.
     */
    @SuppressWarnings("unchecked")
    private void type(WebElement input, LocalDate day) {
        List<String> order = (List<String>) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return new Intl.DateTimeFormat(navigator.language).formatToParts(new Date())"
                        + ".map(p => p.type).filter(t => t === 'year' || t === 'month' || t === 'day');");
        StringBuilder keys = new StringBuilder();
        for (String part : order) {
            keys.append(switch (part) {
                case "year" -> String.valueOf(day.getYear());
                case "month" -> "%02d".formatted(day.getMonthValue());
                default -> "%02d".formatted(day.getDayOfMonth());
            });
        }
        input.sendKeys(keys);
        wait.until(d -> day.toString().equals(input.getAttribute("value")));
    }

    @Test
    void aMonthsChangesAreCountedListedAndOutlinedAndAnEntryOpensItsCompound() {
        Map<String, Object> row = clearedInTheFifthMonth();
        String id = (String) row.get("compound_id");
        YearMonth launched = YearMonth.from(((java.sql.Date) row.get("launched_on")).toLocalDate());
        LocalDate from = launched.plusMonths(4).atEndOfMonth();
        LocalDate to = launched.plusMonths(5).atEndOfMonth();
        JsonNode expected = new Api(port).as(TestAccounts.PLANNER)
                .get("/api/changes?districtCode=" + DEMO + "&from=" + from + "&to=" + to).json();
        int cleared = expected.get("counts").get("CLEARED").intValue();
        int compounds = new Api(port).as(TestAccounts.PLANNER)
                .get("/api/changes/compounds?districtCode=" + DEMO + "&from=" + from + "&to=" + to).json()
                .get("features").size();

        WebElement open = browser.findElement(By.id("changes-open"));
        assertThat(open.getText()).isEqualTo("对比两个日期");
        open.click();
        WebElement fromInput = browser.findElement(By.id("changes-from"));
        assertThat(fromInput.getAttribute("value")).as("a default is offered").matches("\\d{4}-\\d{2}-\\d{2}");
        type(fromInput, from);
        type(browser.findElement(By.id("changes-to")), to);
        browser.findElement(By.cssSelector(".changes-compare")).click();

        wait.until(d -> !d.findElements(By.cssSelector(".change-count[data-kind=CLEARED]")).isEmpty());
        WebElement count = browser.findElement(By.cssSelector(".change-count[data-kind=CLEARED]"));
        assertThat(count.getText()).contains("清零").contains(String.valueOf(cleared));
        assertThat(browser.findElements(By.cssSelector(".change-group[data-kind=CLEARED] .change-entry"))).hasSize(cleared);
        wait.until(d -> d.findElements(By.cssSelector("path.change-highlight")).size() == compounds);
        assertThat(browser.findElement(By.cssSelector("path.change-highlight[data-id='" + id + "']")).getAttribute("class"))
                .contains("change-CLEARED");
        assertThat(browser.findElement(By.cssSelector(".changes-legend")).getText()).contains("清零", "反弹", "新登记");

        browser.findElement(By.cssSelector(".change-open[data-kind=CLEARED][data-code='" + id + "']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".leaflet-popup .compound-popup h3")));
        assertThat(browser.findElement(By.cssSelector(".leaflet-popup .compound-popup h3")).getText())
                .isEqualTo(row.get("name"));
        assertThat(session.consoleErrors()).isEmpty();
    }

    @Test
    void onAPhoneThePanelComparesTheDefaultDatesInEnglishToo() throws Exception {
        closeBrowser();
        session = new Browser(port, "--window-size=390,844");
        browser = session.driver;
        wait = session.wait;
        session.signIn(TestAccounts.PLANNER);
        session.open("/?district=" + DEMO);
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-state", "ready"));
        browser.findElement(By.id("language")).click();
        // on a phone the side panel starts folded: it is opened as a person would, with its toggle
        browser.findElement(By.id("panel-toggle")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("panel")));
        WebElement open = browser.findElement(By.id("changes-open"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", open);
        assertThat(open.getText()).isEqualTo("Compare two dates");
        open.click();
        WebElement compare = browser.findElement(By.cssSelector(".changes-compare"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", compare);
        assertThat(compare.isDisplayed()).isTrue();
        compare.click();
        wait.until(d -> d.findElement(By.cssSelector(".changes-state")).getText().matches("\\d+ changes from the end of .*"));
        assertThat(browser.findElement(By.cssSelector(".changes-legend")).getText()).contains("Cleared", "Relapsed");
        assertThat(session.consoleErrors()).isEmpty();
    }

    @Test
    void aFirstDateAfterTheSecondIsRefusedWithTheServersRule() {
        browser.findElement(By.id("changes-open")).click();
        type(browser.findElement(By.id("changes-from")), LocalDate.of(2026, 9, 30));
        type(browser.findElement(By.id("changes-to")), LocalDate.of(2026, 8, 31));
        browser.findElement(By.cssSelector(".changes-compare")).click();
        wait.until(d -> d.findElement(By.cssSelector(".changes-state")).getText().contains("must not be after to"));
        assertThat(browser.findElements(By.cssSelector("path.change-highlight"))).isEmpty();
    }
}
