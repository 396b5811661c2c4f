package org.gridatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.gridatlas.Api;
import org.gridatlas.GridAtlasIntegrationTest;
import org.gridatlas.ReadModel;
import org.gridatlas.TestAccounts;
import org.gridatlas.TestDistrict;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The two editor operations a coordinator does with the mouse besides split
 * and merge, in headless Chromium: dragging a vertex of the edge two
 * neighbours share, and retiring a micro-grid into the neighbour chosen in
 * the form; and the households each micro-grid holds, flagged outside the
 * office's range. One browser for the class; the tests run in order, each
 * going on from the state the one before left.
 */
@GridAtlasIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MicroGridEdgeAndRetirePageIT {

    /**
     * The first grid (0.006° × 0.005°) in three micro-grids side by side, 0.002° wide each; the edge 01 and 02
     * share has a vertex half way up, the one a coordinator drags.
     */
    private static final TestDistrict AREA = new TestDistrict("140341", 111.47, 36.47);
    private static final String GRID = AREA.grid(1);
    private static final String WEST = GRID + "01";
    private static final String MIDDLE = GRID + "02";
    private static final String EAST = GRID + "03";
    /** How far east the shared edge's middle vertex is dragged, in degrees. */
    private static final double DRAG = 0.0005;

    @LocalServerPort
    int port;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore events;

    private Browser session;
    private ChromeDriver browser;
    private Api coordinator;
    /** Areas in square degrees, read from the API before the edge moved. */
    private double westBefore;
    private double middleBefore;
    private double eastBefore;

    @BeforeAll
    void enterTheGridAndOpenTheMap() throws Exception {
        coordinator = new Api(port).as(TestAccounts.COORDINATOR);
        AREA.create(coordinator);
        String microGrid = "{\"microGridCode\":\"%s\",\"name\":\"%s\",\"boundary\":%s,\"helpers\":[]}";
        succeeded(coordinator.put("/api/grids/" + GRID + "/micro-grids", """
                {"microGrids":[%s,%s,%s],"reason":"按院落划分"}""".formatted(
                microGrid.formatted(WEST, "西片", polygon(0, 0, 0.002, 0, 0.002, 0.0025, 0.002, 0.005, 0, 0.005)),
                microGrid.formatted(MIDDLE, "中片", polygon(0.002, 0, 0.004, 0, 0.004, 0.005, 0.002, 0.005, 0.002, 0.0025)),
                microGrid.formatted(EAST, "东片", AREA.rectangle(0.004, 0, 0.002, 0.005)))));
        // 400 households in the west (above the range of 30 to 300), none in the middle (below), 100 in the east.
        Api officer = new Api(port).as(TestAccounts.OFFICER);
        succeeded(officer.post("/api/compounds", compound("edge-west", 400, AREA.rectangle(0.0003, 0.0005, 0.0012, 0.001))));
        succeeded(officer.post("/api/compounds", compound("edge-east", 100, AREA.rectangle(0.0045, 0.0035, 0.001, 0.001))));
        ReadModel.awaitUpToDate(processing, events);
        session = Browser.recordingRequests(port);
        browser = session.driver;
        // The panel draws its list anew after every change: an element read while it does so is looked up again.
        session.wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterAll
    void closeBrowser() {
        if (session != null) {
            session.close();
        }
    }

    private static String compound(String id, int households, String boundary) {
        return """
                {"compoundId":"%s","communityCode":"%s","name":"小区%s","households":%d,"buildings":4,"units":12,
                 "floorArea":8600,"yearBuilt":2001,"category":"COMMERCIAL","boundary":%s,"management":{"mode":"UNMANAGED"},
                 "gridCodes":["%s"]}""".formatted(id, AREA.community(), id, households, boundary, GRID);
    }

    /** A GeoJSON polygon through (east, north) offsets in degrees from the district's corner, closed here. */
    private static String polygon(double... offsets) {
        StringBuilder ring = new StringBuilder();
        for (int i = 0; i <= offsets.length; i += 2) {
            int at = i % offsets.length;
            ring.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "[%.7f,%.7f]",
                    AREA.west() + offsets[at], AREA.south() + offsets[at + 1]));
        }
        return "{\"type\":\"Polygon\",\"coordinates\":[[" + ring + "]]}";
    }

    private static void succeeded(Api.Response response) {
        assertThat(response.status() / 100).as(response.body()).isEqualTo(2);
    }

    private WebElement editor() {
        return browser.findElement(By.id("editor"));
    }

    private WebElement item(String code) {
        return editor().findElement(By.cssSelector(".editor-list li[data-code='" + code + "']"));
    }

    private WebElement path(String code) {
        return browser.findElement(By.cssSelector("path.editor-micro-grid[data-code='" + code + "']"));
    }

    private int[] pixel(double lon, double lat) {
        return EditorGestures.pixel(session, lon, lat);
    }

    private void clickMapAt(double lon, double lat) {
        EditorGestures.clickMapAt(session, lon, lat);
    }

    private List<String> listedCodes() {
        return EditorGestures.listedCodes(session);
    }

    private void awaitOperation(String state) {
        EditorGestures.awaitOperation(session, state);
    }

    private void awaitSelected(int count) {
        session.wait.until(d -> editor().findElements(By.cssSelector(".editor-list li[aria-selected=true]")).size() == count);
    }

    private void type(String cssSelector, String text) {
        editor().findElement(By.cssSelector(cssSelector)).sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

    private double lon(double fromWest) {
        return AREA.west() + fromWest;
    }

    private double lat(double fromSouth) {
        return AREA.south() + fromSouth;
    }

    private JsonNode microGrids() {
        return coordinator.get("/api/grids/" + GRID + "/micro-grids").json().path("features");
    }

    private List<String> apiCodes() {
        return microGrids().valueStream().map(f -> f.path("id").asString()).toList();
    }

    private JsonNode ring(String code) {
        return microGrids().valueStream().filter(f -> code.equals(f.path("id").asString())).findFirst()
                .orElseThrow(() -> new AssertionError(code + " is not in the API's answer"))
                .path("geometry").path("coordinates").get(0);
    }

    /** The area of a micro-grid's outer ring in square degrees (the shoelace formula): enough to compare two. */
    private double area(String code) {
        JsonNode ring = ring(code);
        double twice = 0;
        for (int i = 0; i + 1 < ring.size(); i++) {
            twice += ring.get(i).get(0).doubleValue() * ring.get(i + 1).get(1).doubleValue()
                    - ring.get(i + 1).get(0).doubleValue() * ring.get(i).get(1).doubleValue();
        }
        return Math.abs(twice) / 2;
    }

    private double easternmost(String code) {
        return ring(code).valueStream().mapToDouble(c -> c.get(0).doubleValue()).max().orElseThrow();
    }

    private double westernmost(String code) {
        return ring(code).valueStream().mapToDouble(c -> c.get(0).doubleValue()).min().orElseThrow();
    }

    private long gridVersion() {
        return coordinator.get("/api/grids/" + GRID).json().path("properties").path("version").longValue();
    }

    private JsonNode lastEventOfTheGrid(String type) {
        return coordinator.get("/api/history/" + GRID).json().valueStream()
                .filter(e -> type.equals(e.path("event").asString())).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no " + type + " in the grid's history"));
    }

    @Test
    @Order(1)
    void theOpenGridShowsEachMicroGridsHouseholdsAndFlagsThoseOutsideTheRange() {
        session.signIn(TestAccounts.COORDINATOR);
        session.open("/?district=" + AREA.code());
        session.wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-state", "ready"));
        browser.findElement(By.id("edit-micro-grids")).click();
        WebElement code = editor().findElement(By.id("editor-grid-code"));
        code.sendKeys(GRID + "\n");
        session.wait.until(ExpectedConditions.attributeToBe(By.id("editor"), "data-state", "open"));
        assertThat(listedCodes()).containsExactly(WEST, MIDDLE, EAST);
        JsonNode range = coordinator.get("/api/map/config").json().path("microGridHouseholds");
        assertThat(range.path("min").intValue()).as("the range this test expects").isEqualTo(30);

        assertThat(item(WEST).findElement(By.cssSelector(".editor-item-households")).getText()).isEqualTo("户数 400");
        assertThat(item(WEST).findElement(By.cssSelector(".households-flag")).getText()).isEqualTo("户数偏多（多于 300 户）");
        assertThat(item(MIDDLE).findElement(By.cssSelector(".editor-item-households")).getText()).isEqualTo("户数 0");
        assertThat(item(MIDDLE).findElement(By.cssSelector(".households-flag")).getText()).isEqualTo("户数偏少（少于 30 户）");
        assertThat(item(EAST).findElement(By.cssSelector(".editor-item-households")).getText()).isEqualTo("户数 100");
        assertThat(item(EAST).findElements(By.cssSelector(".households-flag"))).as("within the range").isEmpty();
        // On the map: a dashed outline and the same words in the label.
        assertThat(path(WEST).getAttribute("class")).contains("households-above");
        assertThat(path(MIDDLE).getAttribute("class")).contains("households-below");
        assertThat(path(EAST).getAttribute("class")).doesNotContain("households-");
        assertThat(path(MIDDLE).getAttribute("stroke-dasharray")).isNotBlank();
        assertThat(path(EAST).getAttribute("stroke-dasharray")).isNull();
        // labels may be drawn again while they are read: read them in one go, again until they hold
        session.wait.until(d -> {
            List<String> labels = d.findElements(By.cssSelector(".micro-grid-label")).stream().map(WebElement::getText).toList();
            return labels.stream().anyMatch(l -> l.contains(MIDDLE) && l.contains("户数 0") && l.contains("户数偏少（少于 30 户）"))
                    && labels.stream().anyMatch(l -> l.contains(EAST) && l.contains("户数 100") && !l.contains("偏"));
        });

        browser.findElement(By.id("language")).click();
        try {
            // the list and the labels are drawn again in English: read them once they are
            session.wait.until(d -> item(WEST).findElement(By.cssSelector(".households-flag")).getText()
                    .equals("Many households (over 300)"));
            assertThat(item(MIDDLE).findElement(By.cssSelector(".households-flag")).getText()).isEqualTo("Few households (under 30)");
            session.wait.until(d -> d.findElements(By.cssSelector(".micro-grid-label")).stream().map(WebElement::getText)
                    .anyMatch(label -> label.contains(MIDDLE) && label.contains("Households 0")
                            && label.contains("Few households (under 30)")));
        } finally {
            browser.findElement(By.id("language")).click();
        }
        assertThat(item(MIDDLE).findElement(By.cssSelector(".households-flag")).getText()).isEqualTo("户数偏少（少于 30 户）");
        assertThat(session.consoleErrors()).isEmpty();
    }

    @Test
    @Order(2)
    void draggingTheMiddleVertexOfASharedEdgeMovesBothNeighbours() {
        westBefore = area(WEST);
        middleBefore = area(MIDDLE);
        eastBefore = area(EAST);
        long version = gridVersion();
        int middleWidthBefore = path(MIDDLE).getRect().getWidth();
        String middleOutlineBefore = path(MIDDLE).getAttribute("d");
        clickMapAt(lon(0.001), lat(0.004));
        clickMapAt(lon(0.003), lat(0.004));
        awaitSelected(2);
        session.requests(); // forget what was sent so far

        editor().findElement(By.cssSelector("button[data-action=edge]")).click();
        session.wait.until(d -> d.findElements(By.cssSelector(".marker-icon")).size() > 0);
        // Geoman's vertex markers (not the ones between vertices that add one): the middle vertex is the one to drag.
        int[] vertex = pixel(lon(0.002), lat(0.0025));
        int[] target = pixel(lon(0.002 + DRAG), lat(0.0025));
        int dx = target[0] - vertex[0];
        assertThat(dx).as("the drag is longer than Geoman's snapping distance").isGreaterThan(25);
        drag(markerAt(".marker-icon:not(.marker-icon-middle)", vertex), dx, target[1] - vertex[1]);

        // The live dry run: sent as the vertex was let go, its answer drawn over the map.
        awaitOperation("checked");
        Browser.Request dryRun = session.requests().stream()
                .filter(r -> r.url().endsWith("/api/grids/" + GRID + "/micro-grids/" + WEST + "/shared-edges/" + MIDDLE + "?dryRun=true"))
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no dry run of the edge was sent"));
        assertThat(dryRun.method()).isEqualTo("PUT");
        JsonNode edge = Api.JSON.readTree(dryRun.body()).path("edge").path("coordinates");
        assertThat(edge).hasSize(3);
        assertThat(edge.get(1).get(0).doubleValue()).isCloseTo(lon(0.002 + DRAG), within(0.00005));
        assertThat(edge.get(1).get(1).doubleValue()).isCloseTo(lat(0.0025), within(0.00005));
        assertThat(browser.findElements(By.cssSelector("path.editor-preview"))).hasSize(2);
        assertThat(gridVersion()).as("a dry run stores nothing").isEqualTo(version);

        type(".editor-operation textarea[name=reason]", "中片一栋楼划入西片");
        editor().findElement(By.cssSelector("button[data-action=submit]")).click();
        session.wait.until(d -> editor().findElements(By.cssSelector(".editor-operation > *")).isEmpty());
        // the grid is read again after the save (加载中…), then the save is reported
        session.wait.until(d -> editor().findElement(By.cssSelector(".editor-state")).getText().startsWith("已保存"));

        assertThat(apiCodes()).containsExactly(WEST, MIDDLE, EAST);
        assertThat(easternmost(WEST)).as("the edge moved by the drag").isCloseTo(lon(0.002 + DRAG), within(0.00005));
        // A triangle of 0.005° × DRAG went from the middle to the west.
        double moved = 0.005 * DRAG / 2;
        assertThat(area(WEST) - westBefore).isCloseTo(moved, within(moved * 0.1));
        assertThat(middleBefore - area(MIDDLE)).isCloseTo(area(WEST) - westBefore, within(1e-12));
        assertThat(area(WEST) + area(MIDDLE)).isCloseTo(westBefore + middleBefore, within(1e-12));
        assertThat(area(EAST)).isCloseTo(eastBefore, within(1e-12));
        assertThat(gridVersion()).isEqualTo(version + 1);
        JsonNode event = lastEventOfTheGrid("SharedEdgeMovedEvent");
        assertThat(event.path("reason").asString()).isEqualTo("中片一栋楼划入西片");
        assertThat(event.path("userName").asString()).isEqualTo(TestAccounts.COORDINATOR.displayName());

        // The map: the west reaches further east at the middle, and the middle's outline is drawn anew.
        Rectangle west = path(WEST).getRect();
        int[] westCorner = pixel(lon(0), lat(0.0025));
        assertThat(west.getWidth()).isCloseTo(target[0] - westCorner[0], within(4));
        assertThat(path(MIDDLE).getRect().getWidth()).isCloseTo(middleWidthBefore, within(2));
        assertThat(path(MIDDLE).getAttribute("d")).isNotEqualTo(middleOutlineBefore);
        assertThat(browser.findElements(By.cssSelector(".marker-icon"))).as("Geoman's markers went with the edit").isEmpty();
        assertThat(session.consoleErrors()).isEmpty();
    }

    /** The marker Geoman shows (those the CSS selector picks) at the pixel from the map's centre, within a few pixels. */
    private WebElement markerAt(String cssSelector, int[] at) {
        Rectangle map = browser.findElement(By.id("map")).getRect();
        double cx = map.getX() + map.getWidth() / 2.0 + at[0];
        double cy = map.getY() + map.getHeight() / 2.0 + at[1];
        return browser.findElements(By.cssSelector(cssSelector)).stream()
                .filter(m -> {
                    Rectangle r = m.getRect();
                    return Math.hypot(r.getX() + r.getWidth() / 2.0 - cx, r.getY() + r.getHeight() / 2.0 - cy) < 6;
                })
                .findFirst().orElseThrow(() -> new AssertionError("Geoman shows no " + cssSelector + " there"));
    }

    /** Presses the mouse on the marker, moves it in steps by (dx, dy) pixels and lets go, as a hand does. */
    private void drag(WebElement marker, int dx, int dy) {
        Actions drag = new Actions(browser).moveToElement(marker).pause(100).clickAndHold().pause(100);
        for (int step = 1; step <= 5; step++) {
            drag.moveByOffset(dx / 5 + (step == 5 ? dx % 5 : 0), dy / 5 + (step == 5 ? dy % 5 : 0)).pause(60);
        }
        drag.release().pause(100).perform();
    }

    @Test
    @Order(3)
    void aRetiredMicroGridGoesToTheNeighbourChosenInTheForm() {
        editor().findElement(By.cssSelector("button[data-action=clear-selection]")).click();
        awaitSelected(0);
        clickMapAt(lon(0.003), lat(0.001)); // the middle
        awaitSelected(1);
        double middle = area(MIDDLE);

        editor().findElement(By.cssSelector("button[data-action=retire]")).click();
        awaitOperation("checked");
        Select neighbour = new Select(editor().findElement(By.cssSelector("select[name=neighbourCode]")));
        assertThat(neighbour.getOptions()).extracting(o -> o.getAttribute("value")).containsExactly(WEST, EAST);
        neighbour.selectByValue(EAST);
        // Choosing sends the dry run again, for the east; its answer is the east grown over the middle.
        List<Browser.Request> sent = new java.util.ArrayList<>();
        session.wait.until(d -> {
            sent.addAll(session.requests());
            return sent.stream().anyMatch(r -> r.url().endsWith("/" + MIDDLE + "/retire?dryRun=true")
                    && r.body().contains("\"neighbourCode\":\"" + EAST + "\""))
                    && "checked".equals(d.findElement(By.cssSelector(".editor-operation")).getAttribute("data-state"));
        });
        assertThat(browser.findElements(By.cssSelector("path.editor-preview"))).hasSize(1);
        type(".editor-operation textarea[name=reason]", "中片并入东片管理");
        editor().findElement(By.cssSelector("button[data-action=submit]")).click();

        session.wait.until(d -> listedCodes().equals(List.of(WEST, EAST)));
        assertThat(apiCodes()).containsExactly(WEST, EAST);
        assertThat(area(EAST)).as("the east covers the middle now").isCloseTo(eastBefore + middle, within(1e-12));
        assertThat(westernmost(EAST)).isCloseTo(lon(0.002), within(1e-7));
        JsonNode lineage = coordinator.get("/api/micro-grids/" + MIDDLE + "/lineage").json();
        assertThat(lineage.path("current").asBoolean()).isFalse();
        assertThat(lineage.path("replacedBy").toString()).contains(EAST).doesNotContain(WEST);
        assertThat(lastEventOfTheGrid("MicroGridRetiredEvent").path("reason").asString()).isEqualTo("中片并入东片管理");

        assertThat(browser.findElements(By.cssSelector("path.editor-micro-grid"))).hasSize(2);
        assertThat(browser.findElements(By.cssSelector(".micro-grid-label"))).hasSize(2)
                .noneSatisfy(label -> assertThat(label.getText()).contains(MIDDLE));
        assertThat(item(EAST).findElement(By.cssSelector(".editor-item-households")).getText()).isEqualTo("户数 100");
        assertThat(session.consoleErrors()).isEmpty();
    }

    @Test
    @Order(4)
    void draggingTheMarkerBetweenTwoVerticesOfASharedEdgeAddsAVertexThere() {
        // The edge the west and the east share now: from (0.002, 0) by the vertex dragged before to (0.002, 0.005).
        editor().findElement(By.cssSelector("button[data-action=clear-selection]")).click();
        awaitSelected(0);
        clickMapAt(lon(0.001), lat(0.004));
        clickMapAt(lon(0.005), lat(0.004));
        awaitSelected(2);
        double west = area(WEST);
        double east = area(EAST);
        long version = gridVersion();
        session.requests();

        editor().findElement(By.cssSelector("button[data-action=edge]")).click();
        session.wait.until(d -> d.findElements(By.cssSelector(".marker-icon-middle")).size() > 0);
        // Geoman's marker half way along the lower stretch, dragged west into the west micro-grid.
        int[] middle = pixel(lon(0.002 + DRAG / 2), lat(0.00125));
        int[] target = pixel(lon(0.0015), lat(0.00125));
        drag(markerAt(".marker-icon-middle", middle), target[0] - middle[0], target[1] - middle[1]);

        awaitOperation("checked");
        JsonNode edge = Api.JSON.readTree(session.requests().stream()
                .filter(r -> r.url().endsWith("/shared-edges/" + EAST + "?dryRun=true")).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no dry run of the edge was sent")).body()).path("edge").path("coordinates");
        assertThat(edge).as("a vertex was added").hasSize(4);
        // The edge runs along the west's ring, whichever way that turns: the new vertex is next to the bottom end.
        int bottom = edge.get(0).get(1).doubleValue() < edge.get(3).get(1).doubleValue() ? 0 : 3;
        JsonNode added = edge.get(bottom == 0 ? 1 : 2);
        assertThat(added.get(0).doubleValue()).isCloseTo(lon(0.0015), within(0.00005));
        assertThat(added.get(1).doubleValue()).isCloseTo(lat(0.00125), within(0.00005));
        type(".editor-operation textarea[name=reason]", "东片接管西片东南角");
        editor().findElement(By.cssSelector("button[data-action=submit]")).click();
        session.wait.until(d -> editor().findElements(By.cssSelector(".editor-operation > *")).isEmpty());

        assertThat(gridVersion()).isEqualTo(version + 1);
        assertThat(westernmost(EAST)).isCloseTo(lon(0.0015), within(0.00005));
        // The triangle between the stretch's two ends and the new vertex went from the west to the east.
        double moved = Math.abs(-0.0005 * 0.0025 - 0.00125 * DRAG) / 2;
        assertThat(west - area(WEST)).isCloseTo(moved, within(moved * 0.15));
        assertThat(area(EAST) - east).isCloseTo(west - area(WEST), within(1e-12));
        assertThat(lastEventOfTheGrid("SharedEdgeMovedEvent").path("reason").asString()).isEqualTo("东片接管西片东南角");
        assertThat(session.consoleErrors()).isEmpty();
    }
}
