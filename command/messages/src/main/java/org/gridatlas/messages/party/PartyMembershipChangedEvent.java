package org.gridatlas.messages.party;

/**
 * An organisation's full membership changed.
 */
public record PartyMembershipChangedEvent(String organisationId, int fullMembers) {
}
