package org.gridatlas.messages.grid;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Names the grid workers (网格员) responsible for a grid; replaces the previous
 * list.
 */
public record AssignGridWorkersCommand(
        @TargetAggregateIdentifier String gridCode,
        List<String> workers,
        @TargetAggregateVersion Long expectedVersion) {
}
