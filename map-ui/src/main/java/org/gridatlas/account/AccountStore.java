package org.gridatlas.account;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gridatlas.command.access.Grant;
import org.gridatlas.command.access.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** Accounts, their grants and their change log in the {@code account} schema. */
public class AccountStore {

    private final JdbcClient jdbc;

    public AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An account with its password hash, for sign-in only. */
    record Credentials(Account account, String passwordHash) {
    }

    public boolean exists(String username) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM account.account WHERE username = :u)")
                .param("u", username).query(Boolean.class).single();
    }

    @Transactional
    public void create(String username, String displayName, String passwordHash, Collection<Grant> grants, String by) {
        jdbc.sql("INSERT INTO account.account (username, display_name, password_hash) VALUES (:u, :n, :p)")
                .param("u", username).param("n", displayName).param("p", passwordHash).update();
        insertGrants(username, grants);
        log(by, username, "created with grants " + grants);
    }

    @Transactional
    public void replaceGrants(String username, Collection<Grant> grants, String by) {
        jdbc.sql("DELETE FROM account.account_grant WHERE username = :u").param("u", username).update();
        insertGrants(username, grants);
        log(by, username, "grants set to " + grants);
    }

    @Transactional
    public void changePassword(String username, String passwordHash, String by) {
        jdbc.sql("UPDATE account.account SET password_hash = :p WHERE username = :u")
                .param("p", passwordHash).param("u", username).update();
        log(by, username, "password changed");
    }

    @Transactional
    public void setEnabled(String username, boolean enabled, String by) {
        jdbc.sql("UPDATE account.account SET enabled = :e WHERE username = :u")
                .param("e", enabled).param("u", username).update();
        log(by, username, enabled ? "enabled" : "disabled");
    }

    @Transactional
    public void unlock(String username, String by) {
        jdbc.sql("UPDATE account.account SET failed_sign_ins = 0, locked_until = NULL WHERE username = :u")
                .param("u", username).update();
        log(by, username, "unlocked");
    }

    /**
     * Counts a failed sign-in; the one that reaches {@code maxFailures} locks the
     * account for {@code lockFor} and starts the count afresh.
     */
    public void recordFailedSignIn(String username, int maxFailures, Duration lockFor) {
        jdbc.sql("""
                        UPDATE account.account
                           SET failed_sign_ins = CASE WHEN failed_sign_ins + 1 >= :max THEN 0 ELSE failed_sign_ins + 1 END,
                               locked_until = CASE WHEN failed_sign_ins + 1 >= :max THEN now() + :lock * interval '1 second'
                                                   ELSE locked_until END
                         WHERE username = :u""")
                .param("u", username).param("max", maxFailures).param("lock", lockFor.toSeconds()).update();
    }

    public void recordSignIn(String username) {
        jdbc.sql("UPDATE account.account SET failed_sign_ins = 0, locked_until = NULL WHERE username = :u AND failed_sign_ins > 0")
                .param("u", username).update();
    }

    public Optional<Account> find(String username) {
        return credentials(username).map(Credentials::account);
    }

    Optional<Credentials> credentials(String username) {
        return jdbc.sql("""
                        SELECT username, display_name, enabled, failed_sign_ins, locked_until, password_hash
                        FROM account.account WHERE username = :u""")
                .param("u", username)
                .query((rs, n) -> new Credentials(new Account(rs.getString(1), rs.getString(2), rs.getBoolean(3),
                        grants(rs.getString(1)), rs.getInt(4), instant(rs.getTimestamp(5))), rs.getString(6)))
                .optional();
    }

    /** Every account with its grants, by username. */
    public List<Account> all() {
        Map<String, List<Grant>> grants = new LinkedHashMap<>();
        jdbc.sql("SELECT username, role, area FROM account.account_grant ORDER BY username, role, area")
                .query((rs, n) -> grants.computeIfAbsent(rs.getString(1), u -> new ArrayList<>())
                        .add(new Grant(Role.valueOf(rs.getString(2)), rs.getString(3))))
                .list();
        return jdbc.sql("""
                        SELECT username, display_name, enabled, failed_sign_ins, locked_until
                        FROM account.account ORDER BY username""")
                .query((rs, n) -> new Account(rs.getString(1), rs.getString(2), rs.getBoolean(3),
                        grants.getOrDefault(rs.getString(1), List.of()), rs.getInt(4), instant(rs.getTimestamp(5))))
                .list();
    }

    /** What was done to one account, newest first: "when · by whom · what". */
    public List<Map<String, Object>> changes(String username) {
        return jdbc.sql("SELECT at, by_user, change FROM account.account_change WHERE username = :u ORDER BY at DESC, id DESC")
                .param("u", username)
                .query((rs, n) -> Map.<String, Object>of("at", rs.getTimestamp(1).toInstant(), "by", rs.getString(2),
                        "change", rs.getString(3)))
                .list();
    }

    private List<Grant> grants(String username) {
        return jdbc.sql("SELECT role, area FROM account.account_grant WHERE username = :u ORDER BY role, area")
                .param("u", username)
                .query((rs, n) -> new Grant(Role.valueOf(rs.getString(1)), rs.getString(2)))
                .list();
    }

    private void insertGrants(String username, Collection<Grant> grants) {
        for (Grant grant : grants.stream().distinct().toList()) {
            jdbc.sql("INSERT INTO account.account_grant (username, role, area) VALUES (:u, :r, :a)")
                    .param("u", username).param("r", grant.role().name()).param("a", grant.area()).update();
        }
    }

    private void log(String by, String username, String change) {
        jdbc.sql("INSERT INTO account.account_change (by_user, username, change) VALUES (:b, :u, :c)")
                .param("b", by).param("u", username).param("c", change).update();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
