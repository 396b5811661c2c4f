package org.gridatlas.query.statistics;

import java.time.LocalDate;
import java.util.List;

import org.gridatlas.messages.complaint.ReportingPeriod;
import org.gridatlas.query.system.ApiParameters;
import org.gridatlas.query.system.InvalidInput;
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
class ServiceQualityController {

    /**
     * @param district null when the reader may not see the whole district; areas likewise only those in the reader's scope
     */
    record ServiceQuality(String districtCode, String period, LocalDate from, LocalDate to, String yearEarlier,
                          ServiceQualityFigures.Area district, List<ServiceQualityFigures.Area> bySubDistrict,
                          List<ServiceQualityFigures.Area> byCommunity) {
    }

    private final ServiceQualityFigures figures;

    ServiceQualityController(ServiceQualityFigures figures) {
        this.figures = figures;
    }

    @Operation(summary = "Service quality of a district by sub-district and community for a month, quarter or year",
            description = "Problems found, resolved and open at the period's end, by category and how found; meetings by"
                    + " kind; 12345 complaints and their change against the same period a year earlier (null without a"
                    + " figure then). A month counts monthly figures only, a quarter its months and quarterly ones.")
    @GetMapping("/service-quality")
    ServiceQuality serviceQuality(@Parameter(description = ApiParameters.DISTRICT) @RequestParam String districtCode,
                                  @Parameter(description = "2023, 2023-Q1 or 2023-03", example = "2023")
                                  @RequestParam String period, HttpServletRequest request) {
        ReportingPeriod asked;
        try {
            asked = ReportingPeriod.parse(period);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("period", e.getMessage());
        }
        if (!figures.districtExists(districtCode)) {
            throw NotFound.of("district", districtCode);
        }
        List<ServiceQualityFigures.Area> areas = figures.of(districtCode, asked, ReadScope.of(request));
        return new ServiceQuality(districtCode, asked.toString(), asked.firstDay(), asked.lastDay(),
                asked.yearEarlier().toString(),
                areas.stream().filter(a -> a.level().equals("DISTRICT")).findFirst().orElse(null),
                areas.stream().filter(a -> a.level().equals("SUB_DISTRICT")).toList(),
                areas.stream().filter(a -> a.level().equals("COMMUNITY")).toList());
    }
}
