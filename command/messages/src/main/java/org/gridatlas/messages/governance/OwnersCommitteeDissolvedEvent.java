package org.gridatlas.messages.governance;

import java.time.LocalDate;

/**
 * A compound's owners' committee (业主委员会) was dissolved.
 */
public record OwnersCommitteeDissolvedEvent(String compoundId, LocalDate dissolvedOn) {
}
