package org.gridatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.gridatlas.Api;
import org.gridatlas.GridAtlasIntegrationTest;
import org.gridatlas.ReadModel;
import org.gridatlas.TestAccounts;
import org.gridatlas.TestDistrict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The problems layer on the map page, in headless Chromium: off at first, then the district's problems as points. */
@GridAtlasIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProblemLayerPageIT {

    private static final TestDistrict AREA = new TestDistrict("140233", 111.80, 36.90);
    private static final String MARKUP = "<img src=x onerror=alert(1)>";

    @LocalServerPort
    int port;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore events;

    private Browser session;

    @BeforeAll
    void enterACompoundAndTwoProblems() {
        Api api = new Api(port);
        AREA.create(api);
        Api officer = api.as(TestAccounts.OFFICER);
        succeeded(officer.post("/api/compounds", """
                {"compoundId":"layer-c1","communityCode":"%s","name":"问题图层小区","households":80,"buildings":3,"units":6,
                 "floorArea":5200,"yearBuilt":1993,"category":"OLD_COMPOUND","boundary":%s,"management":{"mode":"UNMANAGED"}}"""
                .formatted(AREA.community(), AREA.rectangle(0.001, 0.001, 0.004, 0.003))));
        String problem = """
                {"problemId":"%s","districtCode":"%s","location":{"type":"Point","coordinates":[%s,%s]},
                 "category":"%s","foundThrough":"GRID_PATROL","description":"%s","foundOn":"2026-01-05"}""";
        succeeded(officer.post("/api/problems", problem.formatted("layer-open", AREA.code(), AREA.west() + 0.002,
                AREA.south() + 0.002, "SANITATION", MARKUP)));
        succeeded(officer.post("/api/problems", problem.formatted("layer-resolved", AREA.code(), AREA.west() + 0.004,
                AREA.south() + 0.003, "REPAIRS", "单元门损坏")));
        succeeded(officer.post("/api/problems/layer-resolved/resolution", "{\"resolvedOn\":\"2026-01-09\",\"reason\":\"已修复\"}"));
    }

    private static void succeeded(Api.Response response) {
        assertThat(response.status() / 100).as(response.body()).isEqualTo(2);
    }

    @BeforeEach
    void openTheMap() throws Exception {
        ReadModel.awaitUpToDate(processing, events);
        session = new Browser(port);
        session.signIn(TestAccounts.PLANNER);
        session.open("/?district=" + AREA.code());
        session.wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-state", "ready"));
    }

    @AfterEach
    void closeBrowser() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void theLayerIsOffUntilSwitchedOnThenShowsEachProblemColouredByStatus() {
        assertThat(session.driver.findElements(By.cssSelector("path.problem"))).isEmpty();
        assertThat(session.driver.findElement(By.cssSelector("#problem-key li[data-status=OPEN]")).getText()).isEqualTo("未解决");

        session.driver.findElement(By.id("show-problems")).click();

        session.wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-problems", "2"));
        List<WebElement> open = session.driver.findElements(By.cssSelector("path.problem.status-OPEN.category-SANITATION"));
        assertThat(open).singleElement().satisfies(p -> assertThat(p.getAttribute("fill")).isEqualTo("#d9480f"));
        assertThat(session.driver.findElements(By.cssSelector("path.problem.status-RESOLVED"))).singleElement()
                .satisfies(p -> assertThat(p.getAttribute("fill")).isEqualTo("#2f9e44"));
        assertThat(session.driver.findElements(By.cssSelector("path.compound"))).as("the compounds stay").isNotEmpty();
        assertThat(session.consoleErrors()).isEmpty();
    }

    @Test
    void aProblemsPopupShowsItInChineseWithItsDescriptionAsPlainTextAndOpensItsHistory() {
        session.driver.findElement(By.id("show-problems")).click();
        session.wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-problems", "2"));

        session.driver.findElement(By.cssSelector("path.problem.status-OPEN")).click();
        WebElement popup = session.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".problem-popup")));

        assertThat(popup.findElement(By.tagName("h3")).getText()).isEqualTo("环境卫生");
        assertThat(popup.getText()).contains("状态\n未解决", "发现途径\n网格巡查", "所在小区\n问题图层小区", "问题描述\n" + MARKUP);
        assertThat(session.driver.findElements(By.cssSelector("img[src=x]"))).isEmpty();

        popup.findElement(By.cssSelector("button.history-open")).click();
        session.wait.until(ExpectedConditions.attributeToBe(By.id("history"), "data-state", "ready"));
        WebElement history = session.driver.findElement(By.id("history"));
        assertThat(history.findElement(By.cssSelector(".history-title")).getText()).isEqualTo("变更记录：环境卫生");
        assertThat(history.findElement(By.cssSelector(".history-operation")).getText()).isEqualTo("登记问题");
        assertThat(session.consoleErrors()).isEmpty();
    }

    @Test
    void theLayerSpeaksEnglishToo() {
        session.driver.findElement(By.id("language")).click();
        assertThat(session.driver.findElement(By.cssSelector("#problem-key li[data-status=RESOLVED]")).getText())
                .isEqualTo("Resolved");
        session.driver.findElement(By.id("language")).click();
    }
}
