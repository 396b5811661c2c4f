package org.gridatlas.messages.campaign;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Launches a district's clearance campaign; the baseline is taken from the
 * register at that moment.
 */
public record LaunchCampaignCommand(
        @TargetAggregateIdentifier String campaignId,
        String districtCode,
        String name,
        LocalDate targetDate,
        List<Milestone> milestones) {
}
