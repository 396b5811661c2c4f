package org.gridatlas.query.grid;

import org.gridatlas.query.system.ApiParameters;
import org.gridatlas.query.system.AsOf;
import org.gridatlas.query.system.Extent;
import org.gridatlas.query.system.FeatureCollections;
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
@RequestMapping("/api")
@Tag(name = "Grids and micro-grids (网格、微网格)")
class GridQueryController {

    static final int MAX_FEATURES = 10_000;

    private static final String BBOX = "minLon,minLat,maxLon,maxLat in EPSG:4326; optional with districtCode or communityCode";
    private static final String LAYER = "At most " + MAX_FEATURES + " features; when there are more, the collection has "
            + "\"truncated\": true. The filters combine; only what the reader may see is answered.";

    private final GridRepository grids;
    private final LineageRepository lineages;

    GridQueryController(GridRepository grids, LineageRepository lineages) {
        this.grids = grids;
        this.lineages = lineages;
    }

    @Operation(summary = "Grids touching the box, of a district or of a community, as GeoJSON", description = LAYER)
    @GetMapping(path = "/grids", produces = {FeatureCollections.GEO_JSON, FeatureCollections.JSON})
    String grids(@Parameter(description = BBOX) @RequestParam(required = false) String bbox,
                 @Parameter(description = ApiParameters.DISTRICT_FILTER) @RequestParam(required = false) String districtCode,
                 @Parameter(description = ApiParameters.COMMUNITY_FILTER)
                 @RequestParam(required = false) String communityCode,
                 @Parameter(description = AsOf.DESCRIPTION) @RequestParam(required = false) String at,
                 HttpServletRequest request) {
        GridLayerFilter filter = GridLayerFilter.layer(bbox, districtCode, communityCode, ReadScope.of(request),
                AsOf.parse(at));
        return FeatureCollections.of(grids.grids(filter, MAX_FEATURES), MAX_FEATURES);
    }

    @Operation(summary = "The box around the grids of a district or community (or all grids) the reader may see, "
            + "for a map's first view")
    @GetMapping("/grids/extent")
    Extent gridExtent(@Parameter(description = ApiParameters.DISTRICT_FILTER)
                      @RequestParam(required = false) String districtCode,
                      @Parameter(description = ApiParameters.COMMUNITY_FILTER)
                      @RequestParam(required = false) String communityCode, HttpServletRequest request) {
        return Extent.of(grids.gridExtent(GridLayerFilter.areas(districtCode, communityCode, ReadScope.of(request))));
    }

    @Operation(summary = "One grid with its workers, as a GeoJSON Feature")
    @GetMapping(path = "/grids/{gridCode}", produces = {FeatureCollections.GEO_JSON, FeatureCollections.JSON})
    String grid(@Parameter(description = "The grid's code") @PathVariable String gridCode) {
        return grids.grid(gridCode).orElseThrow(() -> NotFound.of("grid", gridCode));
    }

    @Operation(summary = "A grid's micro-grids with their helpers, as GeoJSON")
    @GetMapping(path = "/grids/{gridCode}/micro-grids", produces = {FeatureCollections.GEO_JSON, FeatureCollections.JSON})
    String microGridsOf(@Parameter(description = "The grid's code") @PathVariable String gridCode) {
        grid(gridCode);
        return FeatureCollections.of(grids.microGridsOf(gridCode), Integer.MAX_VALUE);
    }

    @Operation(summary = "Micro-grids touching the box, of a district or of a community, as GeoJSON", description = LAYER)
    @GetMapping(path = "/micro-grids", produces = {FeatureCollections.GEO_JSON, FeatureCollections.JSON})
    String microGrids(@Parameter(description = BBOX) @RequestParam(required = false) String bbox,
                      @Parameter(description = ApiParameters.DISTRICT_FILTER)
                      @RequestParam(required = false) String districtCode,
                      @Parameter(description = ApiParameters.COMMUNITY_FILTER)
                      @RequestParam(required = false) String communityCode,
                      @Parameter(description = AsOf.DESCRIPTION) @RequestParam(required = false) String at,
                      HttpServletRequest request) {
        GridLayerFilter filter = GridLayerFilter.layer(bbox, districtCode, communityCode, ReadScope.of(request),
                AsOf.parse(at));
        return FeatureCollections.of(grids.microGrids(filter, MAX_FEATURES), MAX_FEATURES);
    }

    @Operation(summary = "Where a micro-grid came from and what replaced it, current or retired",
            description = "cameFrom and replacedBy are the micro-grids it directly took area from or gave area to; "
                    + "steps are every split, merge, shared-edge move, retirement and redraw on its ancestry and "
                    + "descendants, oldest first, with who (user, userName), when (at, UTC) and why (reason), and the "
                    + "codes before and after each.")
    @GetMapping(path = "/micro-grids/{microGridCode}/lineage", produces = "application/json")
    String lineage(@Parameter(description = "The micro-grid's code, current or retired")
                   @PathVariable String microGridCode, HttpServletRequest request) {
        return lineages.lineage(microGridCode, ReadScope.of(request))
                .orElseThrow(() -> NotFound.of("micro-grid", microGridCode));
    }

    @Operation(summary = "The box around the micro-grids of a district or community (or all micro-grids) the reader may see")
    @GetMapping("/micro-grids/extent")
    Extent microGridExtent(@Parameter(description = ApiParameters.DISTRICT_FILTER)
                           @RequestParam(required = false) String districtCode,
                           @Parameter(description = ApiParameters.COMMUNITY_FILTER)
                           @RequestParam(required = false) String communityCode, HttpServletRequest request) {
        return Extent.of(grids.microGridExtent(GridLayerFilter.areas(districtCode, communityCode, ReadScope.of(request))));
    }
}
