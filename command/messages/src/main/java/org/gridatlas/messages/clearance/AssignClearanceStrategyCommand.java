package org.gridatlas.messages.clearance;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Chooses how an unmanaged compound is to be cleared and by when; replaces an
 * earlier choice.
 */
public record AssignClearanceStrategyCommand(
        @TargetAggregateIdentifier String compoundId,
        ClearanceStrategy strategy,
        LocalDate plannedDate,
        /* only for SUBSIDISED_TRANSITION */ Subsidy subsidy,
        @TargetAggregateVersion Long expectedVersion) {
}
