package org.gridatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** What the editor's browser tests do on the map and read from its panel, the same in every class. */
final class EditorGestures {

    private EditorGestures() {
    }

    /** Where a place is on the map, in pixels from the map's centre, as the page's own Leaflet map projects it. */
    static int[] pixel(Browser session, double lon, double lat) {
        Object point = session.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/js/map.js').then(({ map }) => {
                  const p = map.latLngToContainerPoint([arguments[1], arguments[0]]);
                  const size = map.getSize();
                  done([Math.round(p.x - size.x / 2), Math.round(p.y - size.y / 2)]);
                }, (e) => done(String(e)));""", lon, lat);
        assertThat(point).as("projected").isInstanceOf(List.class);
        List<?> xy = (List<?>) point;
        return new int[] {((Number) xy.get(0)).intValue(), ((Number) xy.get(1)).intValue()};
    }

    /** Moves the mouse to the place and clicks there, as a person would on the map. */
    static void clickMapAt(Browser session, double lon, double lat) {
        int[] at = pixel(session, lon, lat);
        new Actions(session.driver).moveToElement(session.driver.findElement(By.id("map")), at[0], at[1])
                .pause(150).click().pause(150).perform();
    }

    /** The codes the panel lists, read in one go: the list is drawn anew after every edit. */
    static List<String> listedCodes(Browser session) {
        List<?> codes = (List<?>) session.driver.executeScript(
                "return [...document.querySelectorAll('#editor .editor-list li')].map((li) => li.dataset.code)");
        return codes.stream().map(String::valueOf).toList();
    }

    static void awaitOperation(Browser session, String state) {
        session.wait.until(ExpectedConditions.attributeToBe(By.cssSelector(".editor-operation"), "data-state", state));
    }
}
