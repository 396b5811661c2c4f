package org.gridatlas.messages.body;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Records a property company's quarterly evaluation (星级考评) as published.
 * Evaluating a quarter again corrects the earlier result and needs a reason.
 *
 * @param quarter as {@code YYYY-Qn}, e.g. {@code 2026-Q3}
 * @param stars   1 to 5
 */
public record EvaluatePropertyCompanyCommand(
        @TargetAggregateIdentifier String bodyId,
        String quarter,
        int stars,
        Listing listing,
        LocalDate publishedOn,
        @TargetAggregateVersion Long expectedVersion) {
}
