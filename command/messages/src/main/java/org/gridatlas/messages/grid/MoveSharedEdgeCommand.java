package org.gridatlas.messages.grid;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Gives the boundary two neighbouring micro-grids share a new course: both
 * change together, nothing else does.
 *
 * @param edgeWkt WKT LINESTRING from one end of the shared boundary to the
 *                other (the ends stay where they are), through the new vertices
 */
public record MoveSharedEdgeCommand(
        @TargetAggregateIdentifier String gridCode,
        String microGridCode,
        String neighbourCode,
        String edgeWkt,
        @TargetAggregateVersion Long expectedVersion,
        boolean dryRun) {
}
