package org.gridatlas.messages;

/**
 * Metadata keys every command and the events it causes carry, so each change
 * says who made it and why; "when" is the event's own timestamp (UTC).
 */
public final class AuditMetadata {

    /** The account (sign-in name) of the person or system that asked for the change. */
    public static final String USER = "user";
    /** That person's name as colleagues know it (the account's display name). */
    public static final String USER_NAME = "userName";
    /** Why the change was made, in the person's own words. */
    public static final String REASON = "reason";
    /** The same for every message caused by one request (the request's X-Correlation-Id). */
    public static final String CORRELATION_ID = "correlationId";
    /** The identifier of the message that directly caused this one, usually a command. */
    public static final String CAUSATION_ID = "causationId";

    private AuditMetadata() {
    }
}
