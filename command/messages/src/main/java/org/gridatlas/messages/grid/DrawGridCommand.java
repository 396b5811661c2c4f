package org.gridatlas.messages.grid;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Draws a new grid in a community.
 */
public record DrawGridCommand(
        @TargetAggregateIdentifier String gridCode,
        String communityCode,
        String name,
        String boundaryWkt) {
}
