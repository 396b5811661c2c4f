package org.gridatlas.demo;

import java.time.YearMonth;
import java.util.List;

import org.gridatlas.account.AccountStore;
import org.gridatlas.command.access.Grant;
import org.gridatlas.command.access.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * One account per role for the demo district, so that a visitor can sign in
 * as each kind of user: the coordinator holds one community, the campaign
 * officer one sub-district, planner and leader the district, and the
 * administrator everywhere (so that other districts can be entered and staffed).
 * Created once; an account changed or deleted by an administrator is left alone.
 */
@Component
@ConditionalOnBooleanProperty("gridatlas.demo.seed")
class DemoAccounts {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    record DemoAccount(String username, String displayName, Grant grant) {
    }

    private final AccountStore accounts;
    private final PasswordEncoder passwords;
    private final String password;

    DemoAccounts(AccountStore accounts, PasswordEncoder passwords,
                 @Value("${gridatlas.demo.password:gridatlas-demo}") String password) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.password = password;
    }

    /** From the demo's codes alone: generating the whole plan for them would slow every start. */
    static List<DemoAccount> of(String district) {
        String subDistrict = CalibratedDistrict.subDistrictCode(district, 1);
        String community = CalibratedDistrict.communityCode(subDistrict, 1);
        return List.of(
                new DemoAccount("demo-planner", "演示·规划人员", new Grant(Role.PLANNER, district)),
                new DemoAccount("demo-coordinator", "演示·网格管理员", new Grant(Role.GRID_COORDINATOR, community)),
                new DemoAccount("demo-officer", "演示·清零专班", new Grant(Role.CAMPAIGN_OFFICER, subDistrict)),
                new DemoAccount("demo-leader", "演示·区领导", new Grant(Role.LEADER, district)),
                new DemoAccount("demo-admin", "演示·系统管理员", new Grant(Role.ADMINISTRATOR, Grant.EVERYWHERE)));
    }

    /** Before the seeder and the ready announcement, so the names are printed next to the URL. */
    @Order(0)
    @EventListener(ApplicationReadyEvent.class)
    void createAndPrint() {
        StringBuilder list = new StringBuilder();
        for (DemoAccount demo : of(CalibratedDistrict.Settings.demo(YearMonth.now()).districtCode())) {
            if (!accounts.exists(demo.username())) {
                accounts.create(demo.username(), demo.displayName(), passwords.encode(password), List.of(demo.grant()),
                        "demo");
            }
            list.append(String.format("%n  %-17s %-12s %s", demo.username(), demo.displayName(), demo.grant()));
        }
        log.info("Demo accounts, each with the password '{}':{}", password, list);
    }
}
