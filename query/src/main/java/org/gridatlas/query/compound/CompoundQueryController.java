package org.gridatlas.query.compound;

import java.util.List;

import org.gridatlas.geodata.geometry.BoundingBox;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/compounds")
@Tag(name = "Compounds (小区)")
class CompoundQueryController {

    static final String GEO_JSON = "application/geo+json";
    /** Beyond this a map is unreadable anyway; the client is told to zoom in. */
    static final int MAX_FEATURES = 10_000;

    private final CompoundGeoJson geoJson;

    CompoundQueryController(CompoundGeoJson geoJson) {
        this.geoJson = geoJson;
    }

    @Operation(summary = "Compounds whose boundary touches the box, as a GeoJSON FeatureCollection",
            description = "At most " + MAX_FEATURES + " features; when the box holds more, "
                    + "the collection has \"truncated\": true.")
    @GetMapping(produces = GEO_JSON)
    String inBox(@Parameter(description = "minLon,minLat,maxLon,maxLat in EPSG:4326", example = "112.4,37.6,112.8,37.9")
                 @RequestParam(required = false) String bbox) {
        List<String> features = geoJson.featuresIn(BoundingBox.parse(bbox, "bbox"), MAX_FEATURES);
        boolean truncated = features.size() > MAX_FEATURES;
        List<String> returned = truncated ? features.subList(0, MAX_FEATURES) : features;
        return "{\"type\":\"FeatureCollection\",\"numberReturned\":" + returned.size()
                + ",\"truncated\":" + truncated
                + ",\"features\":[" + String.join(",", returned) + "]}";
    }

    @Operation(summary = "The box around every registered compound, for a map's first view")
    @GetMapping("/extent")
    Extent extent() {
        return new Extent(geoJson.extent()
                .map(b -> new double[] {b.minLon(), b.minLat(), b.maxLon(), b.maxLat()})
                .orElse(null));
    }

    record Extent(@Schema(description = "minLon,minLat,maxLon,maxLat, or null without compounds") double[] bbox) {
    }

    @Operation(summary = "One compound as a GeoJSON Feature")
    @GetMapping(path = "/{compoundId}", produces = GEO_JSON)
    String one(@PathVariable String compoundId) {
        return geoJson.feature(compoundId).orElseThrow(() -> notFound(compoundId));
    }

    private static ErrorResponseException notFound(String compoundId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "no compound with id '" + compoundId + "'");
        problem.setTitle("Compound not found");
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }
}
