package org.gridatlas.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** A password just verified skips bcrypt; anything else still goes through it. */
class RepeatedSignInsTest {

    private final AtomicInteger bcryptChecks = new AtomicInteger();
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            bcryptChecks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    };
    private final InMemoryUserDetailsManager accounts = new InMemoryUserDetailsManager(
            User.withUsername("li").password(bcrypt.encode("first-password")).roles("PLANNER").build());
    private Instant now = Instant.parse("2026-12-01T08:00:00Z");
    private final RepeatedSignIns signIn = new RepeatedSignIns(accounts, counting, new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    });

    private void signInWith(String password) {
        signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("li", password));
    }

    @Test
    void theSamePasswordSoonAgainIsNotCheckedWithBcryptTwice() {
        signInWith("first-password");
        signInWith("first-password");
        assertThat(bcryptChecks).hasValue(1);

        now = now.plus(RepeatedSignIns.REMEMBERED_FOR).plusSeconds(1);
        signInWith("first-password");
        assertThat(bcryptChecks).as("remembered only for a while").hasValue(2);
    }

    @Test
    void aWrongPasswordIsAlwaysCheckedAndNeverRemembered() {
        signInWith("first-password");
        assertThatThrownBy(() -> signInWith("wrong-password")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signInWith("wrong-password")).isInstanceOf(BadCredentialsException.class);
        assertThat(bcryptChecks).hasValue(3);
    }

    @Test
    void aChangedPasswordIsCheckedAfreshAndTheOldOneFails() {
        signInWith("first-password");
        accounts.updateUser(User.withUsername("li").password(bcrypt.encode("second-password")).roles("PLANNER").build());

        assertThatThrownBy(() -> signInWith("first-password")).isInstanceOf(BadCredentialsException.class);
        signInWith("second-password");
        assertThat(bcryptChecks).hasValue(3);
    }
}
