package org.gridatlas.messages.problem;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records a problem found at a point. The compound and grid may be named; any
 * not named is taken from the compounds and grids of the district that hold
 * the point.
 *
 * @param locationWkt a WKT point in EPSG:4326, longitude first
 */
public record ReportProblemCommand(
        @TargetAggregateIdentifier String problemId,
        String districtCode,
        String locationWkt,
        String compoundId,
        String gridCode,
        ProblemCategory category,
        FoundThrough foundThrough,
        String description,
        LocalDate foundOn) {
}
