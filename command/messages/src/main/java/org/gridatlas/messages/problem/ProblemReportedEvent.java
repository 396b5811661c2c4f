package org.gridatlas.messages.problem;

import java.time.LocalDate;

/**
 * A problem was recorded where it lies: its community always, its compound
 * and grid when the point lies in one.
 */
public record ProblemReportedEvent(
        String problemId,
        String districtCode,
        String subDistrictCode,
        String communityCode,
        String compoundId,
        String gridCode,
        String locationWkt,
        ProblemCategory category,
        FoundThrough foundThrough,
        String description,
        LocalDate foundOn) {
}
