package org.gridatlas.messages.area;

/**
 * A community was added to a sub-district.
 */
public record CommunityAddedEvent(String districtCode, String subDistrictCode, String communityCode, String name) {
}
