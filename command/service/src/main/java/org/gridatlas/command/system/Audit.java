package org.gridatlas.command.system;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.axonframework.messaging.MetaData;
import org.gridatlas.messages.AuditMetadata;

/**
 * Who asks for a change, why, and which request it belongs to. Travels as
 * command metadata and is copied onto every event the command causes.
 */
public record Audit(String user, String reason, String correlationId) {

    public Audit {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("every change needs a user");
        }
        if (correlationId == null || correlationId.isBlank()) {
            correlationId = UUID.randomUUID().toString();
        }
    }

    public static Audit of(String user, String reason) {
        return new Audit(user, reason, null);
    }

    public MetaData toMetaData() {
        Map<String, Object> values = new HashMap<>();
        values.put(AuditMetadata.USER, user);
        values.put(AuditMetadata.CORRELATION_ID, correlationId);
        if (reason != null && !reason.isBlank()) {
            values.put(AuditMetadata.REASON, reason);
        }
        return MetaData.from(values);
    }
}
