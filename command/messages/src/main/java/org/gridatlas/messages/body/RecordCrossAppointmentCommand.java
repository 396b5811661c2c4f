package org.gridatlas.messages.body;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records a cross appointment (双向进入、交叉任职): a member of a body (an
 * owners' committee, a property company, a society …) who also holds a post
 * in a party organisation, or the other way round. Both sides are the same
 * person, so the party member's name is the body member's.
 *
 * @param bodyId   a body of the register, or a compound's committee ({@code governance.Committee#bodyId})
 */
public record RecordCrossAppointmentCommand(
        @TargetAggregateIdentifier String appointmentId,
        String organisationId,
        String partyMemberName,
        PartyPost partyPost,
        String bodyId,
        String memberId,
        LocalDate since) {
}
