package org.gridatlas.messages.party;

import java.time.LocalDate;
import java.util.List;

/**
 * A party organisation was founded.
 *
 * @param bodyId the body it was founded in, or {@code null}; events stored before bodies existed read as {@code null}
 */
public record PartyOrganisationFoundedEvent(
        String organisationId,
        String districtCode,
        PartyOrganisationType type,
        String name,
        int fullMembers,
        LocalDate foundedOn,
        List<String> compoundIds,
        List<String> gridCodes,
        String bodyId) {

    /** An organisation founded in no body. */
    public PartyOrganisationFoundedEvent(String organisationId, String districtCode, PartyOrganisationType type,
                                         String name, int fullMembers, LocalDate foundedOn, List<String> compoundIds,
                                         List<String> gridCodes) {
        this(organisationId, districtCode, type, name, fullMembers, foundedOn, compoundIds, gridCodes, null);
    }
}
