package org.gridatlas.app.web;

import java.net.URI;

/** Every problem type the API answers with, in one list (see docs/architecture.md, "Errors"). */
public final class ProblemTypes {

    public static final URI INVALID_INPUT = URI.create("urn:gridatlas:problem:invalid-input");
    public static final URI RULE_BROKEN = URI.create("urn:gridatlas:problem:rule-broken");
    public static final URI CONFLICT = URI.create("urn:gridatlas:problem:conflict");
    public static final URI NOT_FOUND = URI.create("urn:gridatlas:problem:not-found");
    public static final URI UNAUTHENTICATED = URI.create("urn:gridatlas:problem:unauthenticated");
    public static final URI FORBIDDEN = URI.create("urn:gridatlas:problem:forbidden");
    /** Answered by the query side's {@code ConsistentReads}, which cannot see this class; listed here to be complete. */
    public static final URI NOT_YET_CONSISTENT = URI.create("urn:gridatlas:problem:not-yet-consistent");

    private ProblemTypes() {
    }
}
