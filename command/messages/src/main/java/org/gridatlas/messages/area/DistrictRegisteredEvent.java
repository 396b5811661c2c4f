package org.gridatlas.messages.area;

/**
 * A district was entered.
 */
public record DistrictRegisteredEvent(String districtCode, String name) {
}
