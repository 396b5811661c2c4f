package org.gridatlas.messages.party;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records a party organisation and the compounds and grids it covers.
 */
public record FoundPartyOrganisationCommand(
        @TargetAggregateIdentifier String organisationId,
        String districtCode,
        PartyOrganisationType type,
        String name,
        int fullMembers,
        LocalDate foundedOn,
        List<String> compoundIds,
        List<String> gridCodes) {
}
