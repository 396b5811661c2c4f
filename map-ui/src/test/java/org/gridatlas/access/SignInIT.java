package org.gridatlas.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.gridatlas.Api;
import org.gridatlas.GridAtlasIntegrationTest;
import org.gridatlas.TestAccounts;
import org.gridatlas.TestAccounts.TestAccount;
import org.gridatlas.command.access.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import tools.jackson.databind.JsonNode;

/**
 * The ways in and what guards them: lock-out after repeated failures, bearer
 * tokens from an OIDC provider with grants in a claim, the browser session's
 * CSRF token, security headers, and no trust in a user header any more.
 */
@GridAtlasIntegrationTest
class SignInIT {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    @Test
    void fiveWrongPasswordsLockTheAccountUntilAnAdministratorUnlocksIt() {
        TestAccount victim = TestAccounts.account("lockout-victim", "被锁用户", Role.PLANNER, "14");
        accounts.ensure(victim);
        Api api = new Api(port);
        assertThat(api.as(victim).get("/api/me").status()).isEqualTo(200);

        for (int i = 0; i < 5; i++) {
            assertThat(api.as(victim.username(), "wrong-password").get("/api/me").status()).isEqualTo(401);
        }
        Api.Response locked = api.as(victim).get("/api/me");
        assertThat(locked.status()).as("the right password no longer opens a locked account").isEqualTo(401);
        assertThat(api.as(TestAccounts.ADMIN).get("/api/admin/accounts").body()).contains("lockout-victim");

        assertThat(api.as(TestAccounts.ADMIN).post("/api/admin/accounts/lockout-victim/unlock", "").status()).isEqualTo(200);
        assertThat(api.as(victim).get("/api/me").status()).isEqualTo(200);
        JsonNode changes = api.as(TestAccounts.ADMIN).get("/api/admin/accounts/lockout-victim/changes").json();
        assertThat(changes.get(0).get("change").stringValue()).isEqualTo("unlocked");
        assertThat(changes.get(0).get("by").stringValue()).isEqualTo(TestAccounts.ADMIN.username());
    }

    @Test
    void aChangedPasswordStopsTheOldOneAtOnceThoughItWasJustUsed() {
        TestAccount account = TestAccounts.account("password-changer", "改密用户", Role.PLANNER, "14");
        accounts.ensure(account);
        Api api = new Api(port);
        assertThat(api.as(account).get("/api/me").status()).isEqualTo(200);
        assertThat(api.as(account).get("/api/me").status()).isEqualTo(200);

        assertThat(api.as(TestAccounts.ADMIN).put("/api/admin/accounts/password-changer/password",
                "{\"password\":\"a-new-password-9\"}").status()).isEqualTo(200);
        assertThat(api.as(account).get("/api/me").status()).isEqualTo(401);
        assertThat(api.as("password-changer", "a-new-password-9").get("/api/me").status()).isEqualTo(200);
    }

    private static String token(String username, String name, List<String> grants) throws Exception {
        String pem = Files.readString(Path.of("src/test/resources/jwt/test-issuer.key"))
                .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        RSAPrivateKey key = (RSAPrivateKey) KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject("oidc|" + username).claim("preferred_username", username).claim("name", name)
                .claim("gridatlas_grants", grants)
                .issueTime(java.util.Date.from(Instant.now()))
                .expirationTime(java.util.Date.from(Instant.now().plusSeconds(300)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    @Test
    void aBearerTokenSignsInWithTheGrantsItsClaimNames() throws Exception {
        Api api = new Api(port);
        Api officer = api.withBearer(token("oidc.officer", "令牌专班", List.of("CAMPAIGN_OFFICER@1401", "nonsense")));

        JsonNode me = officer.get("/api/me").json();
        assertThat(me.get("username").stringValue()).isEqualTo("oidc.officer");
        assertThat(me.get("displayName").stringValue()).isEqualTo("令牌专班");
        assertThat(me.get("grants")).hasSize(1);
        assertThat(officer.post("/api/districts", "{\"districtCode\":\"140126\",\"name\":\"令牌区\"}").status())
                .as("an officer's token does not admit area administration").isEqualTo(403);
        assertThat(api.withBearer("not-a-token").get("/api/me").status()).isEqualTo(401);
        String forged = token("oidc.officer", "x", List.of("ADMINISTRATOR@*"));
        assertThat(api.withBearer(forged.substring(0, forged.length() - 4) + "AAAA").get("/api/me").status())
                .as("a token whose signature does not verify").isEqualTo(401);
    }

    @Test
    void whoIsRecordedIsTheSignedInAccountWhateverHeaderIsSent() {
        Api officer = new Api(port).as(TestAccounts.OFFICER);
        new org.gridatlas.TestDistrict("140127", 112.10, 37.40).create(new Api(port));
        Api.Response registered = officer.post("/api/compounds", """
                {"compoundId":"header-c1","communityCode":"140127001001","name":"头部小区","households":10,"buildings":1,
                 "units":2,"floorArea":800,"yearBuilt":1990,"category":"OLD_COMPOUND",
                 "boundary":{"type":"Polygon","coordinates":[[[112.101,37.401],[112.102,37.401],[112.102,37.402],[112.101,37.402],[112.101,37.401]]]},
                 "management":{"mode":"UNMANAGED"},"gridCodes":[]}""",
                "X-GridAtlas-User", URLEncoder.encode("区委书记", StandardCharsets.UTF_8));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String user = jdbc.sql("""
                        SELECT convert_from(meta_data, 'UTF8')::jsonb ->> 'user' FROM eventstore.domain_event_entry
                        WHERE aggregate_identifier = 'header-c1'""").query(String.class).single();
        assertThat(user).isEqualTo(TestAccounts.OFFICER.username());
    }

    @Test
    void aBrowserSessionMustSendItsCsrfTokenWithEveryChange() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        browser.send(HttpRequest.newBuilder(URI.create(base() + "/login.html")).build(), HttpResponse.BodyHandlers.discarding());
        String token = ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst().orElseThrow().getValue();
        String form = "username=" + TestAccounts.ADMIN.username() + "&password=" + TestAccounts.PASSWORD;

        HttpResponse<String> withoutToken = browser.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(withoutToken.statusCode()).as("sign-in without the CSRF token").isEqualTo(403);

        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);

        HttpResponse<String> me = browser.send(HttpRequest.newBuilder(URI.create(base() + "/api/me")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(me.body()).contains("\"sessionTimeoutSeconds\":1800");

        String fresh = ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst().orElseThrow().getValue();
        String district = "{\"districtCode\":\"140128\",\"name\":\"跨站区\"}";
        HttpResponse<String> forged = browser.send(HttpRequest.newBuilder(URI.create(base() + "/api/districts"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(district)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).as("a change without the token, as a cross-site form would send it").isEqualTo(403);
        HttpResponse<String> genuine = browser.send(HttpRequest.newBuilder(URI.create(base() + "/api/districts"))
                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", fresh)
                .POST(HttpRequest.BodyPublishers.ofString(district)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(genuine.statusCode()).as(genuine.body()).isEqualTo(201);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (Api.Response response : List.of(new Api(port).get("/login.html"), new Api(port).get("/api/me"),
                new Api(port).as(TestAccounts.PLANNER).get("/api/districts"))) {
            assertThat(response.header("Content-Security-Policy"))
                    .contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline");
            assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
        }
    }

    @Test
    void theApiDescriptionIsForAdministratorsOnly() {
        Api api = new Api(port);
        assertThat(api.as(TestAccounts.PLANNER).get("/v3/api-docs").status()).isEqualTo(403);
        assertThat(api.as(TestAccounts.ADMIN).get("/v3/api-docs").status()).isEqualTo(200);
        assertThat(api.get("/swagger-ui/index.html").status()).isIn(302, 401);
        assertThat(api.as(TestAccounts.ADMIN).get("/swagger-ui/index.html").header("Content-Security-Policy"))
                .as("Swagger UI's own inline styles, and still no inline script")
                .contains("style-src 'self' 'unsafe-inline'", "script-src 'self';");
    }
}
