package org.gridatlas.messages.compound;

/**
 * A compound's management changed from one mode to another; the transition
 * says whether this cleared the compound, was a relapse, or neither.
 */
public record ManagementChangedEvent(
        String compoundId,
        String districtCode,
        ManagementMode previousMode,
        Management management,
        ManagementTransition transition) {
}
