package org.gridatlas.query.complaint;

import java.time.LocalDate;
import java.util.List;

import org.gridatlas.query.system.ApiParameters;
import org.gridatlas.query.system.NotFound;
import org.gridatlas.query.system.ReadScope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

@RestController
@RequestMapping("/api/complaints")
@Tag(name = "Complaints (12345热线物业投诉)")
class ComplaintQueryController {

    private final ComplaintFigures figures;

    ComplaintQueryController(ComplaintFigures figures) {
        this.figures = figures;
    }

    @Operation(summary = "A district's complaint figures, by area and period, optionally those within two days",
            description = "Each figure as last corrected; GET /api/history/{figureId} shows every count and who entered it.")
    @GetMapping
    List<ComplaintFigures.Figure> list(@Parameter(description = ApiParameters.DISTRICT) @RequestParam String districtCode,
                                       @Parameter(description = ApiParameters.FROM_DAY, example = "2023-01-01")
                                       @RequestParam(required = false) LocalDate from,
                                       @Parameter(description = ApiParameters.TO_DAY, example = "2023-12-31")
                                       @RequestParam(required = false) LocalDate to,
                                       HttpServletRequest request) {
        return figures.ofDistrict(districtCode, from, to, ReadScope.of(request));
    }

    @Operation(summary = "One complaint figure")
    @GetMapping("/{figureId}")
    ComplaintFigures.Figure one(@Parameter(description = "The complaint figure's id")
                                @PathVariable String figureId, HttpServletRequest request) {
        return figures.one(figureId, ReadScope.of(request)).orElseThrow(() -> NotFound.of("complaint figure", figureId));
    }
}
