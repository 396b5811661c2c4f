package org.gridatlas.messages.governance;

import java.time.LocalDate;

/** A member left a compound's committee. When a committee is dissolved its members leave without such an event. */
public record CommitteeMemberLeftEvent(String compoundId, Committee committee, String memberId, LocalDate leftOn) {
}
