package org.gridatlas.messages.grid;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Names a micro-grid's grid helpers (网格辅助员), building leaders (楼栋长) and
 * unit leaders (单元长), replacing the previous lists; the boundary stays.
 */
public record AssignMicroGridPeopleCommand(
        @TargetAggregateIdentifier String gridCode,
        String microGridCode,
        List<String> helpers,
        List<Leader> buildingLeaders,
        List<Leader> unitLeaders,
        @TargetAggregateVersion Long expectedVersion) {
}
