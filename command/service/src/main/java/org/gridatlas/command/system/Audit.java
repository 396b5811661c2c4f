package org.gridatlas.command.system;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.axonframework.messaging.MetaData;
import org.gridatlas.command.access.Actor;
import org.gridatlas.messages.AuditMetadata;

/**
 * Who asks for a change, why, and which request it belongs to. Travels as
 * command metadata and is copied onto every event the command causes.
 */
public record Audit(Actor actor, String reason, String correlationId) {

    public Audit {
        if (actor == null) {
            throw new IllegalArgumentException("every change needs a user");
        }
        if (correlationId == null || correlationId.isBlank()) {
            correlationId = UUID.randomUUID().toString();
        }
    }

    /** A change the application makes itself (the demo seeder), recorded under the given author. */
    public static Audit internal(String user, String reason) {
        return new Audit(Actor.internal(user), reason, null);
    }

    /** The account the application records for changes it makes by itself, following other changes. */
    public static final String SYSTEM_USER = "system";

    /**
     * A change the application makes by itself because of another (a follow-up
     * to an event), kept in that change's correlation so the trail links them.
     */
    public static Audit system(String reason, String correlationId) {
        return new Audit(new Actor(SYSTEM_USER, "系统", java.util.List.of(), true), reason, correlationId);
    }

    public String user() {
        return actor.username();
    }

    public MetaData toMetaData() {
        Map<String, Object> values = new HashMap<>();
        values.put(AuditMetadata.USER, actor.username());
        values.put(AuditMetadata.USER_NAME, actor.displayName());
        values.put(AuditMetadata.CORRELATION_ID, correlationId);
        if (reason != null && !reason.isBlank()) {
            values.put(AuditMetadata.REASON, reason);
        }
        return MetaData.from(values);
    }
}
