package org.gridatlas.messages.party;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Records the number of full party members of an organisation.
 */
public record ChangePartyMembershipCommand(
        @TargetAggregateIdentifier String organisationId,
        int fullMembers,
        @TargetAggregateVersion Long expectedVersion) {
}
