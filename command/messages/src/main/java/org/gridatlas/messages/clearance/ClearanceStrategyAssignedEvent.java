package org.gridatlas.messages.clearance;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A clearance strategy was chosen for a compound. For a subsidised transition
 * the commitment is floor area × rate × months, in yuan.
 */
public record ClearanceStrategyAssignedEvent(
        String compoundId,
        ClearanceStrategy strategy,
        LocalDate plannedDate,
        Subsidy subsidy,
        BigDecimal subsidyCommitmentYuan) {
}
