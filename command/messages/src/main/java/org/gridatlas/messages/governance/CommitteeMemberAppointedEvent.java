package org.gridatlas.messages.governance;

import java.time.LocalDate;
import org.gridatlas.messages.body.BodyMember;

/** A person joined a compound's committee. */
public record CommitteeMemberAppointedEvent(String compoundId, Committee committee, BodyMember member,
                                            LocalDate appointedOn) {
}
