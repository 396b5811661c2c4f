package org.gridatlas.query.area;

import java.util.List;

import org.gridatlas.query.system.ApiParameters;
import org.gridatlas.query.system.NotFound;
import org.gridatlas.query.system.ReadScope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

@RestController
@RequestMapping("/api/districts")
@Tag(name = "Districts, sub-districts and communities (区、街道、社区)")
class AreaQueryController {

    private final AreaRepository areas;

    AreaQueryController(AreaRepository areas) {
        this.areas = areas;
    }

    @Operation(summary = "Every district the reader may see")
    @GetMapping
    List<AreaRepository.District> districts(HttpServletRequest request) {
        return areas.districts(ReadScope.of(request));
    }

    @Operation(summary = "A district with its sub-districts and their communities; the version is for renames")
    @GetMapping("/{districtCode}")
    AreaRepository.DistrictTree district(@Parameter(description = ApiParameters.DISTRICT)
                                         @PathVariable String districtCode) {
        return areas.district(districtCode).orElseThrow(() -> NotFound.of("district", districtCode));
    }
}
