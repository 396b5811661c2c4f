package org.gridatlas.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.gridatlas.Api;
import org.gridatlas.GridAtlasIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code bin/gridatlas user …} against the real database, and the accounts it makes sign in for real. */
@GridAtlasIntegrationTest
class AccountToolIT {

    @LocalServerPort
    int port;
    @Autowired
    AccountStore accounts;

    private String run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AccountTool(accounts, new PrintStream(out, true, StandardCharsets.UTF_8)).run(List.of(args), stdin);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theFirstAdministratorIsCreatedOnTheCommandLineAndCanSignIn() {
        String said = run("cli-password-1", "user", "add", "cli.admin", "--name", "命令行管理员",
                "--grant", "ADMINISTRATOR@140105", "--grant", "LEADER@140105", "--password-stdin");
        assertThat(said).contains("created cli.admin (命令行管理员)", "ADMINISTRATOR@140105").doesNotContain("cli-password-1");

        Api admin = new Api(port).as("cli.admin", "cli-password-1");
        assertThat(admin.get("/api/me").json().get("grants")).hasSize(2);
        assertThat(admin.get("/api/admin/accounts").status()).isEqualTo(200);
        assertThat(run(null, "user", "list")).contains("cli.admin", "命令行管理员");
    }

    @Test
    void aGeneratedPasswordIsPrintedOnceAndGrantsCanBeReplaced() {
        String said = run(null, "user", "add", "cli.planner", "--name", "规划员", "--grant", "planner@140105001");
        String password = said.substring(said.indexOf("password: ") + "password: ".length()).strip();
        assertThat(new Api(port).as("cli.planner", password).get("/api/me").status()).isEqualTo(200);

        run(null, "user", "grants", "cli.planner", "--grant", "PLANNER@140105002");
        assertThat(accounts.find("cli.planner").orElseThrow().grants()).extracting(Object::toString)
                .containsExactly("PLANNER@140105002");
        assertThat(accounts.changes("cli.planner").get(0).get("by")).isEqualTo("command-line");
    }

    @Test
    void mistakesAreNamedAndChangeNothing() {
        assertThatThrownBy(() -> run(null, "user", "add", "cli.bad", "--name", "某", "--grant", "KING@14"))
                .hasMessageContaining("unknown role");
        assertThatThrownBy(() -> run(null, "user", "add", "cli.bad", "--grant", "PLANNER@14"))
                .hasMessageContaining("--name is required");
        assertThatThrownBy(() -> run("short", "user", "add", "cli.bad", "--name", "某", "--grant", "PLANNER@14",
                "--password-stdin")).hasMessageContaining("at least 10");
        assertThatThrownBy(() -> run(null, "user", "unlock", "nobody-here")).hasMessageContaining("no account");
        assertThat(accounts.exists("cli.bad")).isFalse();
    }
}
