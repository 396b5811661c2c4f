package org.gridatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.gridatlas.GridAtlasIntegrationTest;
import org.gridatlas.TestAccounts;
import org.gridatlas.TestAccounts.TestAccount;
import org.gridatlas.command.access.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

/**
 * Signing in and out as a person does it in Chromium: the sign-in page,
 * a wrong password, the lock-out, a session that ends while the map is open,
 * and the administrators' page, where a name is only ever shown as text.
 */
@GridAtlasIntegrationTest
class SignInPageIT {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ServletWebServerApplicationContext context;

    private Browser browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = new Browser(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private String notice() {
        return browser.wait.until(d -> {
            String text = d.findElement(By.id("notice")).getText();
            return text.isBlank() ? null : text;
        });
    }

    @Test
    void theMapAsksToSignInAndShowsWhoSignedIn() {
        browser.open("/");
        browser.wait.until(ExpectedConditions.urlContains("/login.html"));

        browser.signIn(TestAccounts.LEADER);
        assertThat(browser.driver.findElement(By.id("who")).getText()).isEqualTo(TestAccounts.LEADER.displayName());
        assertThat(browser.driver.findElement(By.id("admin-link")).isDisplayed()).as("not an administrator").isFalse();

        browser.driver.findElement(By.id("sign-out")).click();
        browser.wait.until(ExpectedConditions.urlContains("/login.html"));
        browser.open("/");
        browser.wait.until(ExpectedConditions.urlContains("/login.html"));
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aWrongPasswordIsSaidInChineseAndFiveLockTheAccount() {
        TestAccount account = TestAccounts.account("browser-lockout", "锁定测试", Role.PLANNER, "14");
        accounts.ensure(account);

        browser.submitSignIn(account.username(), "not-the-password");
        assertThat(notice()).isEqualTo("用户名或密码错误");
        for (int i = 0; i < 4; i++) {
            browser.submitSignIn(account.username(), "not-the-password");
            notice();
        }
        browser.submitSignIn(account.username(), TestAccounts.PASSWORD);
        assertThat(notice()).as("even the right password, once locked").contains("锁定");
        assertThat(browser.driver.getCurrentUrl()).contains("/login.html");
    }

    @Test
    void whenTheSessionEndsTheMapSendsThePersonBackToSignIn() throws Exception {
        browser.signIn(TestAccounts.PLANNER);
        browser.wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-state", "ready"));

        Cookie cookie = browser.driver.manage().getCookieNamed("JSESSIONID");
        Context webapp = (Context) ((TomcatWebServer) context.getWebServer()).getTomcat().getHost().findChildren()[0];
        Session session = webapp.getManager().findSession(cookie.getValue());
        assertThat(session.getMaxInactiveInterval()).as("the configured 30 minutes").isEqualTo(1800);
        session.expire();

        browser.driver.findElement(By.id("show-grids")).click();
        browser.wait.until(ExpectedConditions.urlContains("/login.html?expired"));
        assertThat(notice()).isEqualTo("登录已过期，请重新登录");
    }

    @Test
    void anAdministratorCreatesAnAccountAndItsNameShowsAsText() throws Exception {
        browser.signIn(TestAccounts.ADMIN);
        WebElement admin = browser.driver.findElement(By.id("admin-link"));
        assertThat(admin.isDisplayed()).isTrue();
        admin.click();
        browser.wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-state", "ready"));

        String payload = "<img src=x onerror=\"document.title='pwned'\">";
        browser.driver.findElement(By.id("new-username")).sendKeys("browser-created");
        browser.driver.findElement(By.id("new-name")).sendKeys(payload);
        browser.driver.findElement(By.id("new-password")).sendKeys("created-in-browser");
        browser.driver.findElement(By.id("new-grants")).sendKeys("PLANNER@140105001");
        browser.driver.findElement(By.cssSelector("#new-account button[type=submit]")).click();

        WebElement row = browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("tr[data-username='browser-created']")));
        assertThat(row.getText()).contains(payload, "PLANNER@140105001");
        assertThat(browser.driver.findElements(By.cssSelector("#accounts img"))).isEmpty();
        assertThat(browser.driver.getTitle()).doesNotContain("pwned");
        assertThat(browser.consoleErrors()).isEmpty();

        try (Browser phone = new Browser(port, "--window-size=390,844")) {
            phone.submitSignIn("browser-created", "created-in-browser");
            phone.wait.until(d -> !d.getCurrentUrl().contains("/login.html") && !d.findElement(By.id("who")).getText().isBlank());
            assertThat(phone.driver.findElement(By.id("who")).getText()).isEqualTo(payload);
        }
    }
}
