package org.gridatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.gridatlas.GridAtlasIntegrationTest;
import org.gridatlas.ReadModel;
import org.gridatlas.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The time slider on the demo district: a compound cleared in the campaign's
 * fifth month is unmanaged on the map when the slider stands at the end of
 * the fourth and managed at the end of the fifth; a banner says the map shows
 * the past until one goes back to now.
 */
@GridAtlasIntegrationTest
class TimeTravelPageIT {

    private static final String DEMO = "140105";
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

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
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("time-slider")));
    }

    @AfterEach
    void closeBrowser() {
        if (session != null) {
            session.close();
        }
    }

    /** A demo compound cleared in the campaign's fifth month and managed now, with its only clearance then. */
    private Map<String, Object> clearedInTheFifthMonth() {
        return jdbc.sql("""
                        SELECT m.compound_id, c.launched_on
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

    private WebElement compound(String id) {
        return browser.findElement(By.cssSelector("path.compound[data-id='" + id + "']"));
    }

    private boolean unmanaged(String id) {
        return compound(id).getAttribute("class").contains("mode-UNMANAGED");
    }

    /** Steps the slider with the arrow keys, as a person with a keyboard would, and waits for the day it lands on. */
    private void stepSlider(long days, LocalDate landsOn) {
        WebElement slider = browser.findElement(By.id("time-slider"));
        Keys key = days < 0 ? Keys.ARROW_LEFT : Keys.ARROW_RIGHT;
        slider.sendKeys(String.valueOf(key).repeat((int) Math.abs(days)));
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-as-of", landsOn.toString()));
    }

    @Test
    void aCompoundClearedInTheFifthMonthIsUnmanagedOnTheMapAtTheEndOfTheFourth() {
        Map<String, Object> row = clearedInTheFifthMonth();
        String id = (String) row.get("compound_id");
        YearMonth launched = YearMonth.from(((java.sql.Date) row.get("launched_on")).toLocalDate());
        LocalDate endOfFourth = launched.plusMonths(4).atEndOfMonth();
        LocalDate endOfFifth = launched.plusMonths(5).atEndOfMonth();
        LocalDate today = LocalDate.now(BEIJING);
        wait.until(d -> !compound(id).getAttribute("class").isEmpty());
        assertThat(unmanaged(id)).as("managed now").isFalse();
        assertThat(browser.findElement(By.id("as-of-banner")).isDisplayed()).isFalse();

        stepSlider(-ChronoUnit.DAYS.between(endOfFourth, today), endOfFourth);
        wait.until(d -> unmanaged(id));
        WebElement banner = browser.findElement(By.id("as-of-banner"));
        assertThat(banner.isDisplayed()).isTrue();
        assertThat(banner.getText()).contains("正在查看历史", String.valueOf(endOfFourth.getYear()));
        assertThat(browser.findElement(By.id("time-picker")).getAttribute("value")).isEqualTo(endOfFourth.toString());
        assertThat(browser.getCurrentUrl()).contains("at=" + endOfFourth);

        stepSlider(ChronoUnit.DAYS.between(endOfFourth, endOfFifth), endOfFifth);
        wait.until(d -> !unmanaged(id));

        banner.findElement(By.cssSelector(".as-of-now")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-as-of", "now"));
        wait.until(d -> !unmanaged(id));
        assertThat(banner.isDisplayed()).isFalse();
        assertThat(browser.getCurrentUrl()).doesNotContain("at=");
        assertThat(session.consoleErrors()).isEmpty();
    }

    @Test
    void aLinkNamingADayOpensTheMapAsItWasThenUntilNowIsPressed() {
        Map<String, Object> row = clearedInTheFifthMonth();
        String id = (String) row.get("compound_id");
        YearMonth launched = YearMonth.from(((java.sql.Date) row.get("launched_on")).toLocalDate());
        LocalDate endOfFourth = launched.plusMonths(4).atEndOfMonth();
        session.open("/?district=" + DEMO + "&at=" + endOfFourth);
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-as-of", endOfFourth.toString()));
        wait.until(d -> unmanaged(id));
        assertThat(browser.findElement(By.id("as-of-banner")).isDisplayed()).isTrue();

        browser.findElement(By.id("time-now")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-as-of", "now"));
        wait.until(d -> !unmanaged(id));
    }
}
