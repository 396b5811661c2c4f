package org.gridatlas.messages.governance;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.gridatlas.messages.grid.Leader;

/**
 * Names a compound's building leaders (楼栋长) and unit leaders (单元长),
 * replacing the previous lists; their numbers follow.
 */
public record NameCompoundLeadersCommand(
        @TargetAggregateIdentifier String compoundId,
        List<Leader> buildingLeaders,
        List<Leader> unitLeaders,
        @TargetAggregateVersion Long expectedVersion) {
}
