package org.gridatlas.messages.grid;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Replaces a grid's micro-grids with a new division: split, merge and reshape
 * in one step, so the grid is never left with a gap or an overlap in between.
 */
public record RedrawMicroGridsCommand(
        @TargetAggregateIdentifier String gridCode,
        List<MicroGrid> microGrids,
        @TargetAggregateVersion Long expectedVersion) {
}
