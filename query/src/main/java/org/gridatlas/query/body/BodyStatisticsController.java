package org.gridatlas.query.body;

import org.gridatlas.query.system.ApiParameters;
import org.gridatlas.query.system.AsOf;
import org.gridatlas.query.system.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Bodies counted: how many of each kind stand, how many members and party
 * members sit on them, how many compounds they serve, for a district and each
 * of its sub-districts and communities; and the cross appointments.
 */
@RestController
@RequestMapping("/api/statistics")
@Tag(name = "Statistics (统计)")
class BodyStatisticsController {

    private final BodyStatisticsRepository statistics;

    BodyStatisticsController(BodyStatisticsRepository statistics) {
        this.statistics = statistics;
    }

    @Operation(summary = "Bodies by kind with their members, party members and compounds served, per district, "
            + "sub-district and community; and the current cross appointments")
    @GetMapping("/bodies")
    BodyStatisticsRepository.BodyFigures bodies(@Parameter(description = ApiParameters.DISTRICT)
                                                @RequestParam String districtCode,
                                                @Parameter(description = AsOf.DESCRIPTION)
                                                @RequestParam(required = false) String at) {
        if (!statistics.hasDistrict(districtCode)) {
            throw NotFound.of("district", districtCode);
        }
        return statistics.bodyFigures(districtCode, AsOf.parse(at));
    }
}
