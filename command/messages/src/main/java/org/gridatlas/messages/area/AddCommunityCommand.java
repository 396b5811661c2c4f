package org.gridatlas.messages.area;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Adds a community (社区) to one of the district's sub-districts; the sub-
 * district follows from the code.
 */
public record AddCommunityCommand(
        @TargetAggregateIdentifier String districtCode,
        String communityCode,
        String name) {
}
