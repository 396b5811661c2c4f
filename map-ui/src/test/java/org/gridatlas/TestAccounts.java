package org.gridatlas;

import java.util.List;

import org.gridatlas.account.AccountStore;
import org.gridatlas.command.access.Grant;
import org.gridatlas.command.access.Role;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The accounts the integration tests sign in with: one per role over Shanxi
 * (area 14, where every test district lies), and narrower ones for the
 * jurisdiction tests. Their hashes use bcrypt's lowest cost, read from the hash
 * itself, so thousands of HTTP Basic requests stay fast; production hashes
 * keep the encoder's default cost.
 */
@Component
public class TestAccounts {

    public static final String PASSWORD = "test-password-1";

    /** Somebody the tests sign in as. */
    public record TestAccount(String username, String displayName, List<Grant> grants) {
    }

    public static final TestAccount ADMIN = account("test-admin", "测试管理员", Role.ADMINISTRATOR, "*");
    public static final TestAccount OFFICER = account("test-officer", "测试专班", Role.CAMPAIGN_OFFICER, "14");
    public static final TestAccount COORDINATOR = account("test-coordinator", "测试网格管理员", Role.GRID_COORDINATOR, "14");
    public static final TestAccount PLANNER = account("test-planner", "测试规划", Role.PLANNER, "14");
    public static final TestAccount LEADER = account("test-leader", "测试领导", Role.LEADER, "14");
    public static final List<TestAccount> ONE_PER_ROLE = List.of(ADMIN, OFFICER, COORDINATOR, PLANNER, LEADER);

    private final AccountStore accounts;

    TestAccounts(AccountStore accounts) {
        this.accounts = accounts;
    }

    public static TestAccount account(String username, String displayName, Role role, String area) {
        return new TestAccount(username, displayName, List.of(new Grant(role, area)));
    }

    @EventListener(ApplicationReadyEvent.class)
    void create() {
        ONE_PER_ROLE.forEach(this::ensure);
    }

    /** Creates the account unless it exists; for tests that need an account of their own. */
    public void ensure(TestAccount account) {
        if (!accounts.exists(account.username())) {
            accounts.create(account.username(), account.displayName(),
                    "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD), account.grants(), "test");
        }
    }
}
