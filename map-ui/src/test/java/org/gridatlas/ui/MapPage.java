package org.gridatlas.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

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

    /** Runs a script in the page, as DevTools' console would, and answers what it returns. */
    public Object script(String script, Object... arguments) {
        return browser.driver.executeScript(script, arguments);
    }

    /** Waits until the browser has saved a download whose name ends so, and answers it. */
    public Path downloaded(String suffix) {
        browser.wait.until(d -> downloadedFile(suffix) != null);
        return downloadedFile(suffix);
    }

    private Path downloadedFile(String suffix) {
        try (Stream<Path> files = Files.list(browser.downloads())) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
        } catch (IOException e) {
            return null; // not created before the first download
        }
    }

    public List<String> consoleErrors() {
        return browser.consoleErrors();
    }

    @Override
    public void close() {
        browser.close();
    }
}
