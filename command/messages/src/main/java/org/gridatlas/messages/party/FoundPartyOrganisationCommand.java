package org.gridatlas.messages.party;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records a party organisation and the compounds and grids it covers.
 *
 * @param bodyId optional: the body the organisation is founded in, such as the
 *               property company of a property-enterprise branch; such an
 *               organisation may cover nothing until it is linked to the compounds it serves
 */
public record FoundPartyOrganisationCommand(
        @TargetAggregateIdentifier String organisationId,
        String districtCode,
        PartyOrganisationType type,
        String name,
        int fullMembers,
        LocalDate foundedOn,
        List<String> compoundIds,
        List<String> gridCodes,
        String bodyId) {

    /** An organisation founded in no body: it lives in the compounds and grids it covers. */
    public FoundPartyOrganisationCommand(String organisationId, String districtCode, PartyOrganisationType type,
                                         String name, int fullMembers, LocalDate foundedOn, List<String> compoundIds,
                                         List<String> gridCodes) {
        this(organisationId, districtCode, type, name, fullMembers, foundedOn, compoundIds, gridCodes, null);
    }
}
