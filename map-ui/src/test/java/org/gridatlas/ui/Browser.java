package org.gridatlas.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;

import org.gridatlas.Api;
import org.gridatlas.TestAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

import tools.jackson.databind.JsonNode;

/**
 * Debian's headless Chromium with a fresh profile, as one person at one
 * desk: signs in on the sign-in page as a user would, and reports what the
 * page wrote to the console.
 */
final class Browser implements AutoCloseable {

    final ChromeDriver driver;
    final WebDriverWait wait;
    private final Path profile;
    private final String base;

    Browser(int port) throws Exception {
        this(port, "--window-size=1400,900");
    }

    Browser(int port, String windowSize) throws Exception {
        this(port, windowSize, false, null);
    }

    /** A browser whose window is this many CSS pixels wide and tall (Chromium makes none narrower than 500). */
    static Browser sized(int port, int width, int height) throws Exception {
        return new Browser(port, "--window-size=" + width + "," + height, false, null);
    }

    /** A phone held upright: a 390 × 844 touch screen, as chromedriver's mobile emulation makes one. */
    static Browser phone(int port) throws Exception {
        return new Browser(port, "--window-size=500,900", false,
                Map.of("deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 3.0, "touch", true)));
    }

    /** A browser that also records the requests it sends, with their headers, for {@link #requests()}. */
    static Browser recordingRequests(int port) throws Exception {
        return new Browser(port, "--window-size=1400,900", true, null);
    }

    private Browser(int port, String windowSize, boolean recordRequests, Map<String, Object> mobileEmulation)
            throws Exception {
        base = "http://127.0.0.1:" + port;
        profile = Files.createTempDirectory("gridatlas-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        // Without the background-networking flags Chromium keeps calling Google, which this network refuses.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", windowSize, "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        if (recordRequests) {
            // Chromium's performance log carries DevTools' Network events, each request with the headers it was sent with.
            logs.enable(LogType.PERFORMANCE, Level.ALL);
        }
        options.setCapability("goog:loggingPrefs", logs);
        if (mobileEmulation != null) {
            options.setExperimentalOption("mobileEmulation", mobileEmulation);
        }
        // a link the page offers for download lands here, without asking
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads().toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        driver = new ChromeDriver(service, options);
        // An element found while the page redraws it may be gone when read: that is a reason to look again.
        wait = (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class);
    }

    /** Where the browser saves what it downloads: inside its profile, so it goes with it. */
    Path downloads() {
        return profile.resolve("downloads");
    }

    void open(String path) {
        driver.get(base + path);
    }

    /** Types the account's name and password into the sign-in page and presses the button. */
    void submitSignIn(String username, String password) {
        open("/login.html");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("submit")));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("submit")).click();
    }

    /** Signs in and waits for the map page that follows. */
    void signIn(TestAccounts.TestAccount account) {
        submitSignIn(account.username(), TestAccounts.PASSWORD);
        try {
            // The map page shows who is signed in once it has asked the server.
            wait.until(d -> !d.getCurrentUrl().contains("/login.html") && !d.findElement(By.id("who")).getText().isBlank());
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("not signed in as " + account.username() + ": at " + driver.getCurrentUrl()
                    + ", console " + consoleErrors(), e);
        }
    }

    /**
     * Makes every request whose URL matches one of the patterns ({@code *} for any characters) fail as a
     * network error would, until called again; none unblocks all. DevTools does it inside Chromium, so the
     * page's own code meets the failure.
     */
    void blockRequests(String... urlPatterns) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of(urlPatterns)));
    }

    /** The console's errors, less those of requests {@link #blockRequests} refused. */
    List<String> consoleErrorsBesidesBlocked() {
        return consoleErrors().stream().filter(message -> !message.contains("ERR_BLOCKED_BY_CLIENT")).toList();
    }

    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** A request the page sent, in the order sent, with its headers' names in lower case and its body ("" for none). */
    record Request(String method, String url, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** The requests sent since the last call, from a browser made by {@link #recordingRequests}. */
    List<Request> requests() {
        List<Request> requests = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE).getAll()) {
            JsonNode message = Api.JSON.readTree(entry.getMessage()).path("message");
            if (!"Network.requestWillBeSent".equals(message.path("method").asString())) {
                continue;
            }
            JsonNode request = message.path("params").path("request");
            Map<String, String> headers = new LinkedHashMap<>();
            request.path("headers").properties()
                    .forEach(h -> headers.put(h.getKey().toLowerCase(Locale.ROOT), h.getValue().asString()));
            requests.add(new Request(request.path("method").asString(), request.path("url").asString(), headers,
                    request.path("postData").asString("")));
        }
        return requests;
    }

    @Override
    public void close() {
        driver.quit();
        FileSystemUtils.deleteRecursively(profile.toFile());
    }
}
