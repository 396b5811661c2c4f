package org.gridatlas.messages.compound;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records a compound the district knows of, with the way it is managed today.
 *
 * @param boundaryWkt the compound's outline as a WKT POLYGON in EPSG:4326
 */
public record RegisterCompoundCommand(
        @TargetAggregateIdentifier String compoundId,
        String name,
        String boundaryWkt,
        int households,
        ManagementMode managementMode) {
}
