package org.gridatlas.account;

import java.time.Instant;
import java.util.List;

import org.gridatlas.command.access.Grant;

/** One person who may sign in, as administrators see them (never with the password hash). */
public record Account(String username, String displayName, boolean enabled, List<Grant> grants,
                      int failedSignIns, Instant lockedUntil) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
