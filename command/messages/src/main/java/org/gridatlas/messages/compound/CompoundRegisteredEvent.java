package org.gridatlas.messages.compound;

/**
 * A compound entered the register.
 *
 * @param boundaryWkt the compound's outline as a valid WKT POLYGON in EPSG:4326
 */
public record CompoundRegisteredEvent(
        String compoundId,
        String name,
        String boundaryWkt,
        int households,
        ManagementMode managementMode) {
}
