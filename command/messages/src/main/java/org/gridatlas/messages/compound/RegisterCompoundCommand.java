package org.gridatlas.messages.compound;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records a compound the district knows of, with the way it is managed today
 * and the grids it lies in (possibly none yet).
 */
public record RegisterCompoundCommand(
        @TargetAggregateIdentifier String compoundId,
        String communityCode,
        CompoundAttributes attributes,
        /* WKT POLYGON in EPSG:4326 */ String boundaryWkt,
        Management management,
        List<String> gridCodes) {
}
