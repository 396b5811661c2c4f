package org.gridatlas.demo;

import java.time.Instant;

/**
 * One thing a person did in the demo district: the command they sent, when,
 * who they were and why.
 */
public record DemoStep(Instant at, String user, String reason, Object command) {
}
