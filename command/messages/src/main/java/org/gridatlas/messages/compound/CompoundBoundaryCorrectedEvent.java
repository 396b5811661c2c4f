package org.gridatlas.messages.compound;

/**
 * A compound's boundary was corrected.
 */
public record CompoundBoundaryCorrectedEvent(String compoundId, String boundaryWkt) {
}
