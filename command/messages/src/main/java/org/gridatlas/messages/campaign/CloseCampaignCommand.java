package org.gridatlas.messages.campaign;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Closes a campaign once no compound of its area is unmanaged.
 */
public record CloseCampaignCommand(
        @TargetAggregateIdentifier String campaignId,
        @TargetAggregateVersion Long expectedVersion) {
}
