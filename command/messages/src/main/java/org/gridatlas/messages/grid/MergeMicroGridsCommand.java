package org.gridatlas.messages.grid;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Joins two or more micro-grids that share edges (touching at a point is not
 * enough) into one new micro-grid.
 */
public record MergeMicroGridsCommand(
        @TargetAggregateIdentifier String gridCode,
        List<String> microGridCodes,
        NewMicroGrid merged,
        @TargetAggregateVersion Long expectedVersion,
        boolean dryRun) {
}
