package org.gridatlas.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

import org.gridatlas.command.access.Grant;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * {@code bin/gridatlas user …}: accounts from the command line, for the first
 * administrator and for scripts. Talks to the database directly (no running
 * service needed) and records "command-line" as who made each change.
 */
public final class AccountTool {

    static final String USAGE = """
            usage: bin/gridatlas user add USERNAME --name NAME --grant ROLE@AREA [--grant ROLE@AREA ...] [--password-stdin]
                   bin/gridatlas user grants USERNAME --grant ROLE@AREA [...]   (replaces the account's grants)
                   bin/gridatlas user password USERNAME [--password-stdin]
                   bin/gridatlas user unlock USERNAME
                   bin/gridatlas user disable|enable USERNAME
                   bin/gridatlas user list
              ROLE: PLANNER, GRID_COORDINATOR, CAMPAIGN_OFFICER, LEADER, ADMINISTRATOR
              AREA: an area code prefix such as 140105001 (a sub-district), or * for every district
              Without --password-stdin a password is generated and printed once.""";
    private static final String BY = "command-line";
    private static final Pattern USERNAME = Pattern.compile(AccountController.USERNAME_PATTERN);

    private final AccountStore accounts;
    private final PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final PrintStream out;

    AccountTool(AccountStore accounts, PrintStream out) {
        this.accounts = accounts;
        this.out = out;
    }

    public static void main(String[] args) {
        // Without Spring Boot's logging set-up Logback would print every migration check as the tool's output.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        String url = System.getenv().getOrDefault("GRIDATLAS_DB_URL",
                "jdbc:postgresql://127.0.0.1:55432/gridatlas?user=gridatlas");
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        try {
            AccountSchema.flyway(dataSource).migrate();
            String piped = List.of(args).contains("--password-stdin") ? stdinLine() : null;
            new AccountTool(new AccountStore(JdbcClient.create(dataSource)), System.out).run(List.of(args), piped);
        } catch (IllegalArgumentException e) {
            System.err.println("gridatlas: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
        }
    }

    void run(List<String> args, String stdinPassword) {
        if (args.size() < 2) {
            throw new IllegalArgumentException("what should be done?");
        }
        if (!args.get(0).equals("user")) {
            throw new IllegalArgumentException("unknown command '" + args.get(0) + "'");
        }
        String action = args.get(1);
        if (action.equals("list")) {
            accounts.all().forEach(a -> out.printf("%-20s %-16s %s%s%n", a.username(), a.displayName(), a.grants(),
                    a.enabled() ? "" : " (disabled)"));
            return;
        }
        if (args.size() < 3) {
            throw new IllegalArgumentException("which account?");
        }
        String username = args.get(2);
        Options options = Options.read(args.subList(3, args.size()));
        switch (action) {
            case "add" -> add(username, options, stdinPassword);
            case "grants" -> {
                requireExists(username);
                accounts.replaceGrants(username, options.grants(), BY);
                out.println("grants of " + username + ": " + options.grants());
            }
            case "password" -> {
                requireExists(username);
                String password = password(options, stdinPassword);
                accounts.changePassword(username, passwords.encode(password), BY);
                out.println("password of " + username + " changed" + (options.passwordStdin() ? "" : ": " + password));
            }
            case "unlock" -> {
                requireExists(username);
                accounts.unlock(username, BY);
                out.println(username + " unlocked");
            }
            case "disable", "enable" -> {
                requireExists(username);
                accounts.setEnabled(username, action.equals("enable"), BY);
                out.println(username + " " + action + "d");
            }
            default -> throw new IllegalArgumentException("unknown action '" + action + "'");
        }
    }

    private void add(String username, Options options, String stdinPassword) {
        if (!USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("a username is 3 to 40 lower-case letters, digits, '.', '_' or '-'");
        }
        if (accounts.exists(username)) {
            throw new IllegalArgumentException("the account " + username + " exists already");
        }
        if (options.name() == null || options.name().isBlank()) {
            throw new IllegalArgumentException("--name is required: the person's name as colleagues know it");
        }
        if (options.grants().isEmpty()) {
            throw new IllegalArgumentException("at least one --grant ROLE@AREA is required");
        }
        String password = password(options, stdinPassword);
        accounts.create(username, options.name().strip(), passwords.encode(password), options.grants(), BY);
        out.println("created " + username + " (" + options.name().strip() + ") with " + options.grants()
                + (options.passwordStdin() ? "" : "; password: " + password));
    }

    private void requireExists(String username) {
        if (!accounts.exists(username)) {
            throw new IllegalArgumentException("no account " + username);
        }
    }

    private static String password(Options options, String stdinPassword) {
        if (!options.passwordStdin()) {
            byte[] random = new byte[12];
            new SecureRandom().nextBytes(random);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        }
        if (stdinPassword == null || stdinPassword.length() < AccountController.MIN_PASSWORD) {
            throw new IllegalArgumentException("the password must have at least " + AccountController.MIN_PASSWORD
                    + " characters");
        }
        return stdinPassword;
    }

    private static String stdinLine() {
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? null : line.strip();
        } catch (IOException e) {
            return null;
        }
    }

    record Options(String name, List<Grant> grants, boolean passwordStdin) {

        static Options read(List<String> args) {
            String name = null;
            List<Grant> grants = new ArrayList<>();
            boolean passwordStdin = false;
            for (int i = 0; i < args.size(); i++) {
                switch (args.get(i)) {
                    case "--name" -> name = value(args, ++i, "--name");
                    case "--grant" -> grants.add(Grant.parse(value(args, ++i, "--grant")));
                    case "--password-stdin" -> passwordStdin = true;
                    default -> throw new IllegalArgumentException("unknown option '" + args.get(i) + "'");
                }
            }
            return new Options(name, grants, passwordStdin);
        }

        private static String value(List<String> args, int i, String option) {
            if (i >= args.size()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args.get(i);
        }
    }
}
