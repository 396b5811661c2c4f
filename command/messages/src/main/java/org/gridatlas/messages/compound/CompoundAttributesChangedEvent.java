package org.gridatlas.messages.compound;

/**
 * What the register records about a compound changed; the attributes are the
 * whole new record.
 */
public record CompoundAttributesChangedEvent(String compoundId, CompoundAttributes attributes) {
}
