package org.gridatlas.messages.governance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Records how many building leaders (楼栋长) and unit leaders (单元长) a compound
 * has.
 */
public record RecordCompoundLeadersCommand(
        @TargetAggregateIdentifier String compoundId,
        int buildingLeaders,
        int unitLeaders,
        @TargetAggregateVersion Long expectedVersion) {
}
