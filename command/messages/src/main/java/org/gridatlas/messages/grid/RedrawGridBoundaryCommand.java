package org.gridatlas.messages.grid;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Moves a grid's boundary. A grid already divided into micro-grids needs the
 * new division in the same command, unless the old one still fits: the grid
 * is never left with a gap or an overlap in between.
 *
 * @param microGrids the new division, or {@code null} to keep the current one
 */
public record RedrawGridBoundaryCommand(
        @TargetAggregateIdentifier String gridCode,
        String boundaryWkt,
        List<MicroGrid> microGrids,
        @TargetAggregateVersion Long expectedVersion) {
}
