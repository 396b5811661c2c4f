package org.gridatlas.messages.meeting;

/**
 * A body present at a meeting. The references are optional: a party
 * organisation and a compound (whose owners' or property management committee
 * attended) must exist in the meeting's district; {@code bodyId} names an entry
 * of the register of companies, societies and committees and is not checked
 * until that register exists.
 *
 * @param name how the minutes name the body, e.g. 恒安物业服务有限公司
 */
public record Participant(ParticipantKind kind, String name, String partyOrganisationId, String compoundId,
                          String bodyId) {
}
