package org.gridatlas.messages.governance;

import java.time.LocalDate;

/**
 * A compound's property management committee (物管会) was dissolved.
 */
public record PropertyManagementCommitteeDissolvedEvent(String compoundId, LocalDate dissolvedOn) {
}
