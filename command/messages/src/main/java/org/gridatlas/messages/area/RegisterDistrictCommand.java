package org.gridatlas.messages.area;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Enters a district into GridAtlas under its GB/T 2260 code.
 */
public record RegisterDistrictCommand(@TargetAggregateIdentifier String districtCode, String name) {
}
