package org.gridatlas.messages.grid;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Retires a micro-grid; the neighbour it shares an edge with takes its area. */
public record RetireMicroGridCommand(
        @TargetAggregateIdentifier String gridCode,
        String microGridCode,
        String neighbourCode,
        @TargetAggregateVersion Long expectedVersion,
        boolean dryRun) {
}
