package org.gridatlas.messages.body;

/**
 * A person on a body.
 *
 * @param memberId    stable within the body, so that cross appointments and later changes can name the member
 * @param partyMember whether the person is a member of the Communist Party (党员)
 * @param phone       optional: how residents reach the member
 */
public record BodyMember(String memberId, String name, MemberRole role, boolean partyMember, String phone) {
}
