package org.gridatlas.messages.area;

/**
 * A sub-district or a community got its drawn boundary (a polygon or a
 * multipolygon in WKT, EPSG:4326), replacing any drawn before.
 */
public record AreaBoundaryDrawnEvent(String districtCode, String areaCode, AreaLevel level, String boundaryWkt) {
}
