package org.gridatlas.messages.party;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Records that a party organisation was dissolved. A reason is required.
 */
public record DissolvePartyOrganisationCommand(
        @TargetAggregateIdentifier String organisationId,
        LocalDate dissolvedOn,
        @TargetAggregateVersion Long expectedVersion) {
}
