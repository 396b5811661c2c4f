package org.gridatlas.messages.grid;

/**
 * A grid was drawn in a community.
 */
public record GridDrawnEvent(
        String gridCode,
        String districtCode,
        String subDistrictCode,
        String communityCode,
        String name,
        String boundaryWkt) {
}
