package org.gridatlas.query.area;

import java.util.Arrays;

import org.gridatlas.messages.area.AreaLevel;
import org.gridatlas.query.system.AsOf;
import org.gridatlas.query.system.FeatureCollections;
import org.gridatlas.query.system.InvalidInput;
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
@RequestMapping("/api/areas")
@Tag(name = "Districts, sub-districts and communities (区、街道、社区)")
class AreaLayerController {

    private final AreaLayerRepository layer;

    AreaLayerController(AreaLayerRepository layer) {
        this.layer = layer;
    }

    @Operation(summary = "A district's sub-districts or communities as GeoJSON, with their figures, for choropleths",
            description = "Each area's geometry is its drawn boundary, or else the union of its grids "
                    + "(properties.derived = true; null when it has neither). Properties: compounds, unmanaged (now), "
                    + "unmanagedAtBaseline (compounds of the area on the launch list of the district's campaign: the "
                    + "open one launched last, else the last), clearedSinceBaseline (of those, managed now), "
                    + "clearanceRate (cleared / baseline, null without a baseline), relapses, partyCoveredCompounds "
                    + "and partyCompoundCoverage (an active organisation names the compound or one of its grids), "
                    + "grids, partyCoveredGrids and partyGridCoverage (an active organisation names the grid), "
                    + "ownersCommittees and ownersCommitteeRate. Rates are fractions in [0, 1]. Only areas the "
                    + "reader's scope covers are answered, with figures of what lies in the scope.")
    @GetMapping(produces = {FeatureCollections.GEO_JSON, FeatureCollections.JSON})
    String areas(@Parameter(description = "the district, a GB/T 2260 county-level code") @RequestParam String districtCode,
                 @Parameter(description = "SUB_DISTRICT or COMMUNITY") @RequestParam String level,
                 @Parameter(description = AsOf.DESCRIPTION) @RequestParam(required = false) String at,
                 HttpServletRequest request) {
        AreaLevel chosen = Arrays.stream(AreaLevel.values())
                .filter(l -> l != AreaLevel.DISTRICT && l.name().equals(level)).findFirst()
                .orElseThrow(() -> InvalidInput.of("level", "must be SUB_DISTRICT or COMMUNITY"));
        var features = layer.areas(districtCode, chosen, ReadScope.of(request), AsOf.parse(at));
        return FeatureCollections.of(features, Integer.MAX_VALUE);
    }
}
