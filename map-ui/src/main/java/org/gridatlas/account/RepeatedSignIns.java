package org.gridatlas.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Spring's sign-in against the accounts, remembering for a few minutes that a
 * password was just verified. A script sending HTTP Basic with every request
 * otherwise pays a full bcrypt check (~80 ms on two cores) each time. What is
 * remembered is an HMAC of the password under a key that lives only in this
 * process, tied to the stored hash: a changed password, and so any later
 * attempt with the old one, goes through bcrypt again. Locked and disabled
 * accounts are refused before this check, as always; wrong passwords are
 * never remembered, so lock-out counts every one.
 */
class RepeatedSignIns extends DaoAuthenticationProvider {

    static final Duration REMEMBERED_FOR = Duration.ofMinutes(5);

    private record Verified(String storedHash, byte[] proof, Instant until) {
    }

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final SecretKeySpec key;
    private final Clock clock;

    RepeatedSignIns(UserDetailsService accounts, PasswordEncoder passwords, Clock clock) {
        super(accounts);
        setPasswordEncoder(passwords);
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.clock = clock;
    }

    @Override
    protected void additionalAuthenticationChecks(UserDetails account, UsernamePasswordAuthenticationToken attempt) {
        Object credentials = attempt.getCredentials();
        if (credentials == null || account.getPassword() == null) {
            super.additionalAuthenticationChecks(account, attempt);
            return;
        }
        byte[] proof = proof(account.getUsername(), credentials.toString());
        Verified known = verified.get(account.getUsername());
        Instant now = clock.instant();
        if (known != null && known.until().isAfter(now) && known.storedHash().equals(account.getPassword())
                && MessageDigest.isEqual(known.proof(), proof)) {
            return;
        }
        super.additionalAuthenticationChecks(account, attempt);
        verified.put(account.getUsername(), new Verified(account.getPassword(), proof, now.plus(REMEMBERED_FOR)));
    }

    private byte[] proof(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal((username + '\0' + password).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
