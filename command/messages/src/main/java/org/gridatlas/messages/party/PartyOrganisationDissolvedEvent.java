package org.gridatlas.messages.party;

import java.time.LocalDate;

/**
 * A party organisation was dissolved.
 */
public record PartyOrganisationDissolvedEvent(String organisationId, LocalDate dissolvedOn) {
}
