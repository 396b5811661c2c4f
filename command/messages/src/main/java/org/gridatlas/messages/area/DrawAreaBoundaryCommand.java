package org.gridatlas.messages.area;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Draws (or redraws) the boundary of a sub-district or a community: a polygon
 * or a multipolygon in WKT, EPSG:4326. An area without one is shown by the
 * union of its grids.
 */
public record DrawAreaBoundaryCommand(
        @TargetAggregateIdentifier String districtCode,
        String areaCode,
        String boundaryWkt,
        @TargetAggregateVersion Long expectedVersion) {
}
