package org.gridatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.gridatlas.GridAtlasIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The map page in Debian's headless Chromium, against the running application. */
@GridAtlasIntegrationTest
class MapPageIT {

    @LocalServerPort
    int port;

    private ChromeDriver browser;
    private WebDriverWait wait;
    private Path profile;

    @BeforeEach
    void openBrowser() throws Exception {
        profile = Files.createTempDirectory("gridatlas-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        // Without the background-networking flags Chromium keeps calling Google, which this network refuses.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        browser = new ChromeDriver(driver, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        org.springframework.util.FileSystemUtils.deleteRecursively(profile);
    }

    private void openMap() {
        browser.get("http://127.0.0.1:" + port + "/");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-state", "ready"));
    }

    private List<String> consoleErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    @Test
    void drawsEveryCompoundColouredByModeWithALegendAndNoConsoleErrors() {
        openMap();

        int received = Integer.parseInt(browser.findElement(By.tagName("body")).getAttribute("data-compounds"));
        List<WebElement> drawn = browser.findElements(By.cssSelector(".leaflet-overlay-pane path.compound"));
        assertThat(drawn).hasSize(received);
        assertThat(received).isGreaterThanOrEqualTo(org.gridatlas.demo.CalibratedDistrict.COMPOUNDS);
        assertThat(browser.findElements(By.cssSelector("path.compound.mode-UNMANAGED"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("path.compound.mode-MARKET_COMPANY"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector(".legend li"))).hasSize(10);
        assertThat(browser.findElement(By.cssSelector(".legend li[data-mode=UNMANAGED]")).getText()).contains("无物业");
        assertThat(browser.findElement(By.id("status")).getText()).startsWith("显示 " + received + " 个小区");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void aCompoundsPopupShowsItsNameModeAndHouseholdsInChinese() {
        openMap();

        browser.findElement(By.cssSelector("path.compound.mode-UNMANAGED")).click();
        WebElement popup = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".compound-popup")));

        assertThat(popup.findElement(By.tagName("h3")).getText()).isNotBlank();
        assertThat(popup.getText()).contains("管理方式", "无物业", "户数", "登记时间");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void theLanguageSwitchesToEnglishAndIsRemembered() {
        openMap();

        browser.findElement(By.id("language")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("GridAtlas");
        assertThat(browser.findElement(By.cssSelector(".legend h2")).getText()).isEqualTo("Management mode");

        openMap();
        assertThat(browser.findElement(By.cssSelector(".legend li[data-mode=UNMANAGED]")).getText()).contains("Unmanaged");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(consoleErrors()).isEmpty();
    }
}
