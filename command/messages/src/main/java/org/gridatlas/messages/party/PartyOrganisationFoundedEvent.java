package org.gridatlas.messages.party;

import java.time.LocalDate;
import java.util.List;

/**
 * A party organisation was founded.
 */
public record PartyOrganisationFoundedEvent(
        String organisationId,
        String districtCode,
        PartyOrganisationType type,
        String name,
        int fullMembers,
        LocalDate foundedOn,
        List<String> compoundIds,
        List<String> gridCodes) {
}
