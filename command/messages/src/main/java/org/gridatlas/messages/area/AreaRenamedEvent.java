package org.gridatlas.messages.area;

/**
 * An area of the hierarchy got a new name.
 */
public record AreaRenamedEvent(String districtCode, String areaCode, AreaLevel level, String previousName, String name) {
}
