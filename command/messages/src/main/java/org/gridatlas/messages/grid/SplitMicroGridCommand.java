package org.gridatlas.messages.grid;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Cuts one micro-grid along a drawn line that crosses it from edge to edge.
 * The server cuts it; {@code parts} name the pieces in the order the server
 * reports them (west to east, or south to north when the cut runs east–west).
 *
 * @param lineWkt WKT LINESTRING in EPSG:4326
 * @param dryRun  check every rule and answer with the outcome, storing nothing
 */
public record SplitMicroGridCommand(
        @TargetAggregateIdentifier String gridCode,
        String microGridCode,
        String lineWkt,
        List<NewMicroGrid> parts,
        @TargetAggregateVersion Long expectedVersion,
        boolean dryRun) {
}
