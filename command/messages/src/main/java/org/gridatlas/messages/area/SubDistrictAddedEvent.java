package org.gridatlas.messages.area;

/**
 * A sub-district was added to a district.
 */
public record SubDistrictAddedEvent(String districtCode, String subDistrictCode, String name) {
}
