package org.gridatlas.messages.area;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Adds a sub-district (街道) to a district.
 */
public record AddSubDistrictCommand(
        @TargetAggregateIdentifier String districtCode,
        String subDistrictCode,
        String name) {
}
