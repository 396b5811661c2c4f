package org.gridatlas.account;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.gridatlas.command.access.Grant;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Sign-in against the accounts in the database: Spring Security's delegating
 * password encoder (bcrypt today, older hashes still verify), and lock-out
 * after {@code gridatlas.security.lockout.max-failures} failed attempts.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccountSecurity.LockoutProperties.class)
public class AccountSecurity {

    /** Authorities carry grants as {@code GRANT_ROLE@area}, next to Spring's usual {@code ROLE_ROLE}. */
    public static final String GRANT_PREFIX = "GRANT_";

    @ConfigurationProperties("gridatlas.security.lockout")
    public record LockoutProperties(Integer maxFailures, Duration duration) {
        public LockoutProperties {
            maxFailures = maxFailures == null ? 5 : maxFailures;
            duration = duration == null ? Duration.ofMinutes(15) : duration;
        }
    }

    /** The signed-in person: Spring's user with the name colleagues know them by. */
    public static class SignedInAccount extends User {

        private final String displayName;

        SignedInAccount(Account account, String passwordHash, boolean locked) {
            super(account.username(), passwordHash, account.enabled(), true, true, !locked,
                    authorities(account.grants()));
            this.displayName = account.displayName();
        }

        public String displayName() {
            return displayName;
        }

        @Override
        public boolean equals(Object other) {
            return super.equals(other);
        }

        @Override
        public int hashCode() {
            return super.hashCode();
        }
    }

    public static List<GrantedAuthority> authorities(Collection<Grant> grants) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        grants.stream().map(g -> "ROLE_" + g.role()).distinct().map(SimpleGrantedAuthority::new).forEach(authorities::add);
        grants.stream().map(g -> new SimpleGrantedAuthority(GRANT_PREFIX + g)).forEach(authorities::add);
        return authorities;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AccountStore accountStore(JdbcClient jdbc) {
        return new AccountStore(jdbc);
    }

    @Bean
    UserDetailsService accountDetails(AccountStore accounts) {
        return username -> accounts.credentials(username)
                .map(c -> new SignedInAccount(c.account(), c.passwordHash(), c.account().lockedAt(Instant.now())))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }

    /** Sign-in with accounts (form and HTTP Basic); a password just verified is not put through bcrypt again. */
    @Bean
    AuthenticationProvider accountSignIn(UserDetailsService accountDetails, PasswordEncoder passwordEncoder) {
        return new RepeatedSignIns(accountDetails, passwordEncoder, java.time.Clock.systemUTC());
    }

    @Bean
    SignInAttempts signInAttempts(AccountStore accounts, LockoutProperties lockout) {
        return new SignInAttempts(accounts, lockout);
    }

    /** Counts failed sign-ins per account (form, HTTP Basic alike) and clears the count on success. */
    static class SignInAttempts {

        private final AccountStore accounts;
        private final LockoutProperties lockout;

        SignInAttempts(AccountStore accounts, LockoutProperties lockout) {
            this.accounts = accounts;
            this.lockout = lockout;
        }

        @EventListener
        void failed(AuthenticationFailureBadCredentialsEvent event) {
            accounts.recordFailedSignIn(event.getAuthentication().getName(), lockout.maxFailures(), lockout.duration());
        }

        @EventListener
        void succeeded(AuthenticationSuccessEvent event) {
            if (event.getAuthentication().getPrincipal() instanceof SignedInAccount account) {
                accounts.recordSignIn(account.getUsername());
            }
        }
    }
}
