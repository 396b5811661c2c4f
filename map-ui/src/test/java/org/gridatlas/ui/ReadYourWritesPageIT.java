package org.gridatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.gridatlas.Api;
import org.gridatlas.GridAtlasIntegrationTest;
import org.gridatlas.ReadModel;
import org.gridatlas.TestAccounts;
import org.gridatlas.TestDistrict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Reading one's own writes from the map page, in headless Chromium: a change
 * sent through the page's api module is answered with its event-store
 * position, and the page's next reads of the API carry that position back.
 * The requests are observed as Chromium sent them (DevTools' network log).
 */
@GridAtlasIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadYourWritesPageIT {

    private static final TestDistrict AREA = new TestDistrict("140241", 111.60, 36.60);
    private static final String POSITION = "X-GridAtlas-Position";
    /** The page's own api module (the same instance main.js uses) sends a management change. */
    private static final String CHANGE_THROUGH_THE_PAGE = """
            const done = arguments[arguments.length - 1];
            import('/js/api.js').then(async ({ api, readPosition }) => {
              const response = await api('/api/compounds/ryw-page-c1/management', {
                method: 'PUT', headers: { 'Content-Type': 'application/json' },
                body: JSON.stringify({ management: { mode: 'MARKET_COMPANY', provider: '恒安物业服务有限公司',
                  since: '2026-04-01', feeStance: 'SERVE_FIRST' }, reason: '物业企业入驻，先服务' }),
              });
              done({ status: response.status, position: response.headers.get('%s'), remembered: readPosition() });
            }).catch((error) => done({ error: String(error) }));
            """.formatted(POSITION);

    @LocalServerPort
    int port;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore events;

    private Browser session;

    @BeforeAll
    void enterAnUnmanagedCompound() {
        Api api = new Api(port);
        AREA.create(api);
        Api.Response created = api.as(TestAccounts.OFFICER).post("/api/compounds", """
                {"compoundId":"ryw-page-c1","communityCode":"%s","name":"读写一致小区","households":96,"buildings":3,"units":9,
                 "floorArea":6100,"yearBuilt":1992,"category":"OLD_COMPOUND","boundary":%s,"management":{"mode":"UNMANAGED"}}"""
                .formatted(AREA.community(), AREA.rectangle(0.001, 0.001, 0.003, 0.002)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    @AfterEach
    void closeBrowser() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void afterAChangeThePagesNextReadsCarryThePositionItWasAnsweredWith() throws Exception {
        ReadModel.awaitUpToDate(processing, events);
        session = Browser.recordingRequests(port);
        session.signIn(TestAccounts.OFFICER);
        session.open("/?district=" + AREA.code());
        session.wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-state", "ready"));
        session.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("path.compound.mode-UNMANAGED")));
        List<Browser.Request> before = session.requests();
        assertThat(before).filteredOn(r -> r.url().contains("/api/compounds?bbox=")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.header(POSITION)).as("no change made yet").isNull());

        @SuppressWarnings("unchecked")
        Map<String, Object> answer = (Map<String, Object>) session.driver.executeAsyncScript(CHANGE_THROUGH_THE_PAGE);
        assertThat(answer).as("the change").containsEntry("status", 200L).containsKey("position");
        String position = (String) answer.get("position");
        assertThat(position).matches("\\d+");
        assertThat(answer.get("remembered")).as("the api module keeps it").isEqualTo(Long.parseLong(position));

        // Switching the grids on makes the page load its layers again, as a reader would.
        session.driver.findElement(By.id("show-grids")).click();
        session.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("path.compound.mode-MARKET_COMPANY")));
        session.wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-state", "ready"));

        List<Browser.Request> after = session.requests();
        assertThat(after).filteredOn(r -> r.url().contains("/api/compounds/ryw-page-c1/management"))
                .singleElement().satisfies(r -> {
                    assertThat(r.method()).isEqualTo("PUT");
                    assertThat(r.header("X-XSRF-TOKEN")).as("a change carries the CSRF token").isNotBlank();
                });
        List<Browser.Request> reads = after.stream()
                .filter(r -> r.method().equals("GET") && r.url().matches(".*/api/(compounds|grids)\\?bbox=.*")).toList();
        assertThat(reads).as("the compounds and grids read after the change").hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(r -> assertThat(r.header(POSITION)).as(r.url()).isEqualTo(position));
        assertThat(session.consoleErrors()).isEmpty();
    }
}
