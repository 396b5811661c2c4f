package org.gridatlas.query.problem;

import org.gridatlas.geodata.geometry.BoundingBox;
import org.gridatlas.query.system.AsOf;
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
@RequestMapping("/api/problems")
@Tag(name = "Problems (网格巡查、居民反映的问题)")
class ProblemQueryController {

    static final int MAX_FEATURES = 10_000;

    private final ProblemGeoJson geoJson;

    ProblemQueryController(ProblemGeoJson geoJson) {
        this.geoJson = geoJson;
    }

    @Operation(summary = "Problems in the box as GeoJSON points, newest first, with status (OPEN, RESOLVED) and category",
            description = "At most " + MAX_FEATURES + " features; when the box holds more, the collection has \"truncated\": true.")
    @GetMapping(produces = {FeatureCollections.GEO_JSON, FeatureCollections.JSON})
    String inBox(@Parameter(description = "minLon,minLat,maxLon,maxLat in EPSG:4326", example = "112.39,37.59,112.42,37.61",
                         required = true)
                 @RequestParam(required = false) String bbox,
                 @Parameter(description = AsOf.DESCRIPTION) @RequestParam(required = false) String at,
                 HttpServletRequest request) {
        return FeatureCollections.of(geoJson.featuresIn(BoundingBox.parse(bbox, "bbox"), MAX_FEATURES, ReadScope.of(request),
                AsOf.parse(at)), MAX_FEATURES);
    }

    @Operation(summary = "One problem, as a GeoJSON Feature")
    @GetMapping(path = "/{problemId}", produces = {FeatureCollections.GEO_JSON, FeatureCollections.JSON})
    String one(@Parameter(description = "The problem's id") @PathVariable String problemId, HttpServletRequest request) {
        return geoJson.feature(problemId, ReadScope.of(request)).orElseThrow(() -> NotFound.of("problem", problemId));
    }
}
