package org.gridatlas.query.statistics;

import org.gridatlas.query.system.ApiParameters;
import org.gridatlas.query.system.AsOf;
import org.gridatlas.query.system.NotFound;
import org.gridatlas.query.system.ReadScope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

@RestController
@RequestMapping("/api/statistics")
@Tag(name = "Statistics (统计)")
class StatisticsController {

    private static final String AREA = "A sub-district or community of the district; none for the whole district";

    private final StatisticsRepository statistics;

    StatisticsController(StatisticsRepository statistics) {
        this.statistics = statistics;
    }

    @Operation(summary = "Compounds of a district or area, counted and summed (buildings, units, households, floor area "
            + "in m²) overall and by sub-district, community, management mode, category and clearance strategy",
            description = "Within each sub-district and community: counts by category, and of unmanaged compounds by "
                    + "category. Only what the reader may see is counted.")
    @GetMapping("/compounds")
    CompoundFigures compounds(@Parameter(description = ApiParameters.DISTRICT) @RequestParam String districtCode,
                              @Parameter(description = AREA) @RequestParam(required = false) String areaCode,
                              @Parameter(description = AsOf.DESCRIPTION) @RequestParam(required = false) String at,
                              HttpServletRequest request) {
        return statistics.compoundFigures(counted(districtCode, areaCode, at, request));
    }

    @Operation(summary = "Party organisations of a district or area and how far they cover its compounds and grids")
    @GetMapping("/party-coverage")
    StatisticsRepository.PartyFigures partyCoverage(@Parameter(description = ApiParameters.DISTRICT)
                                                    @RequestParam String districtCode,
                                                    @Parameter(description = AREA)
                                                    @RequestParam(required = false) String areaCode,
                                                    @Parameter(description = AsOf.DESCRIPTION) @RequestParam(required = false) String at,
                                                    HttpServletRequest request) {
        return statistics.partyFigures(counted(districtCode, areaCode, at, request));
    }

    @Operation(summary = "Committees, building and unit leaders, grid workers and micro-grid helpers of a district or area")
    @GetMapping("/governance")
    StatisticsRepository.Governance governance(@Parameter(description = ApiParameters.DISTRICT)
                                               @RequestParam String districtCode,
                                               @Parameter(description = AREA)
                                               @RequestParam(required = false) String areaCode,
                                               @Parameter(description = AsOf.DESCRIPTION) @RequestParam(required = false) String at,
                                               HttpServletRequest request) {
        return statistics.governance(counted(districtCode, areaCode, at, request));
    }

    /** A mistyped code must not read as an area with nothing in it. */
    private CountedArea counted(String districtCode, String areaCode, String at, HttpServletRequest request) {
        AsOf asOf = AsOf.parse(at);
        if (!statistics.hasArea(districtCode, districtCode)) {
            throw NotFound.of("district", districtCode);
        }
        if (areaCode != null && !statistics.hasArea(districtCode, areaCode)) {
            throw NotFound.of("area of district " + districtCode, areaCode);
        }
        return new CountedArea(districtCode, areaCode, ReadScope.of(request), asOf);
    }
}
