package org.gridatlas.messages.governance;

/**
 * A compound's building and unit leaders were counted.
 */
public record CompoundLeadersRecordedEvent(String compoundId, int buildingLeaders, int unitLeaders) {
}
