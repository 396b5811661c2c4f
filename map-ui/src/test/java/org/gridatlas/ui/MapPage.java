package org.gridatlas.ui;

import java.util.List;

import org.gridatlas.TestAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The map page opened on one district, signed in, for integration tests of
 * other features that check what the page shows of them.
 */
public final class MapPage implements AutoCloseable {

    private final Browser browser;

    private MapPage(Browser browser) {
        this.browser = browser;
    }

    /** Signs in, opens the district and waits until the map and the campaign panel are drawn. */
    public static MapPage open(int port, TestAccounts.TestAccount account, String districtCode) throws Exception {
        Browser browser = new Browser(port);
        try {
            browser.signIn(account);
            browser.open("/?district=" + districtCode);
            browser.wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-state", "ready"));
            browser.wait.until(ExpectedConditions.attributeToBe(By.id("campaign"), "data-state", "ready"));
            return new MapPage(browser);
        } catch (Exception | AssertionError e) {
            browser.close();
            throw e;
        }
    }

    public List<WebElement> all(String cssSelector) {
        return browser.driver.findElements(By.cssSelector(cssSelector));
    }

    public WebElement one(String cssSelector) {
        return browser.driver.findElement(By.cssSelector(cssSelector));
    }

    /** The browser itself, for gestures and waits of a test's own. */
    Browser browser() {
        return browser;
    }

    public List<String> consoleErrors() {
        return browser.consoleErrors();
    }

    @Override
    public void close() {
        browser.close();
    }
}
