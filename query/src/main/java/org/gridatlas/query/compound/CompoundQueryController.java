package org.gridatlas.query.compound;

import java.time.Instant;
import java.util.List;

import org.gridatlas.geodata.geometry.BoundingBox;
import org.gridatlas.query.system.ApiParameters;
import org.gridatlas.query.system.AsOf;
import org.gridatlas.query.system.Extent;
import org.gridatlas.query.system.FeatureCollections;
import org.gridatlas.query.system.InvalidInput;
import org.gridatlas.query.system.NotFound;
import org.gridatlas.query.system.OfficeDates;
import org.gridatlas.query.system.ReadScope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

@RestController
@RequestMapping("/api/compounds")
@Tag(name = "Compounds (小区)")
class CompoundQueryController {

    /** Beyond this a map is unreadable anyway; the client is told to zoom in. */
    static final int MAX_FEATURES = 10_000;

    private final CompoundGeoJson geoJson;
    private final ManagementLedger ledger;

    CompoundQueryController(CompoundGeoJson geoJson, ManagementLedger ledger) {
        this.geoJson = geoJson;
        this.ledger = ledger;
    }

    private static final String AREA = "Only the compounds of this district, sub-district or community (the areaCode "
            + "/api/statistics takes)";
    private static final String MODE = "Only compounds managed in one of these modes (repeat the parameter or separate by "
            + "commas): MARKET_COMPANY, STATE_OWNED_FALLBACK, RED_PROPERTY_ENTERPRISE, ORIGINAL_EMPLOYER, "
            + "COMMUNITY_TRUSTEESHIP, SOCIAL_ORGANISATION, RESIDENT_SELF_MANAGEMENT, SHARED_PROPERTY_SOCIETY, "
            + "BASIC_FALLBACK, UNMANAGED";
    private static final String STRATEGY = "Only compounds with one of these clearance strategies (repeat or separate by "
            + "commas): RED_PROPERTY_ENTERPRISE, ORIGINAL_EMPLOYER, SUBSIDISED_TRANSITION, BASIC_FALLBACK, or NONE for "
            + "compounds without one";
    private static final String CATEGORY = "Only compounds of these categories (repeat or separate by commas): COMMERCIAL, "
            + "OLD_COMPOUND, UNIT_DORMITORY, URBAN_VILLAGE, RESETTLEMENT_HOUSING, SCATTERED_BUILDINGS";
    private static final String PARTY = "COVERED: only compounds an active party organisation covers (itself or through "
            + "one of its grids); UNCOVERED: only the others";

    @Operation(summary = "Compounds whose boundary touches the box, as a GeoJSON FeatureCollection, optionally filtered",
            description = "At most " + MAX_FEATURES + " features; when the box holds more, "
                    + "the collection has \"truncated\": true. Filters combine with AND; the values of one filter with OR.")
    @GetMapping(produces = {FeatureCollections.GEO_JSON, FeatureCollections.JSON})
    String inBox(@Parameter(description = "minLon,minLat,maxLon,maxLat in EPSG:4326", example = "112.4,37.6,112.8,37.9",
                         required = true)
                 @RequestParam(required = false) String bbox,
                 @Parameter(description = AREA, example = "140105001") @RequestParam(required = false) String areaCode,
                 @Parameter(description = MODE, example = "UNMANAGED") @RequestParam(required = false) List<String> mode,
                 @Parameter(description = STRATEGY) @RequestParam(required = false) List<String> strategy,
                 @Parameter(description = CATEGORY) @RequestParam(required = false) List<String> category,
                 @Parameter(description = PARTY, schema = @Schema(allowableValues = {"COVERED", "UNCOVERED"}))
                 @RequestParam(required = false) String partyCoverage,
                 @Parameter(description = AsOf.DESCRIPTION) @RequestParam(required = false) String at,
                 HttpServletRequest request) {
        BoundingBox box = BoundingBox.parse(bbox, "bbox");
        CompoundFilter filter = CompoundFilter.of(areaCode, mode, strategy, category, partyCoverage);
        return FeatureCollections.of(geoJson.featuresIn(box, filter, MAX_FEATURES, ReadScope.of(request), AsOf.parse(at)),
                MAX_FEATURES);
    }

    @Operation(summary = "The box around a district's compounds (or all compounds) the reader may see, for a map's first view",
            description = "Takes the layer's filters, so that a page can zoom to the compounds a filter keeps.")
    @GetMapping("/extent")
    Extent extent(@Parameter(description = "The district whose compounds to frame; none for all the reader may see")
                  @RequestParam(required = false) String districtCode,
                  @Parameter(description = AREA, example = "140105001") @RequestParam(required = false) String areaCode,
                  @Parameter(description = MODE, example = "UNMANAGED") @RequestParam(required = false) List<String> mode,
                  @Parameter(description = STRATEGY) @RequestParam(required = false) List<String> strategy,
                  @Parameter(description = CATEGORY) @RequestParam(required = false) List<String> category,
                  @Parameter(description = PARTY, schema = @Schema(allowableValues = {"COVERED", "UNCOVERED"}))
                  @RequestParam(required = false) String partyCoverage,
                  @Parameter(description = AsOf.DESCRIPTION) @RequestParam(required = false) String at,
                  HttpServletRequest request) {
        CompoundFilter filter = CompoundFilter.of(areaCode, mode, strategy, category, partyCoverage);
        return Extent.of(geoJson.extent(districtCode, filter, ReadScope.of(request), AsOf.parse(at)));
    }

    @Operation(summary = "One compound with everything the register holds, as a GeoJSON Feature")
    @GetMapping(path = "/{compoundId}", produces = {FeatureCollections.GEO_JSON, FeatureCollections.JSON})
    String one(@Parameter(description = "The compound's id") @PathVariable String compoundId,
               @Parameter(description = AsOf.DESCRIPTION) @RequestParam(required = false) String at,
               HttpServletRequest request) {
        return geoJson.feature(compoundId, ReadScope.of(request), AsOf.parse(at))
                .orElseThrow(() -> NotFound.of("compound", compoundId));
    }

    @Operation(summary = "The compound's management ledger: its state at registration and every change, with who and why")
    @GetMapping("/{compoundId}/management-history")
    List<ManagementLedger.Entry> history(@Parameter(description = "The compound's id")
                                         @PathVariable String compoundId, HttpServletRequest request) {
        geoJson.feature(compoundId, ReadScope.of(request), AsOf.NOW).orElseThrow(() -> NotFound.of("compound", compoundId));
        return ledger.ofCompound(compoundId);
    }

    @Operation(summary = "A district's management ledger from one instant to another (台账), oldest first",
            description = "With areaCode, only the compounds of that sub-district or community, such as a campaign's area."
                    + " Both ends are included; a plain date is a Beijing day: from its start, to its end.")
    @GetMapping("/management-ledger")
    List<ManagementLedger.Entry> districtLedger(@Parameter(description = ApiParameters.DISTRICT)
                                                @RequestParam String districtCode,
                                                @Parameter(description = ApiParameters.AREA, example = "140105001")
                                                @RequestParam(required = false) String areaCode,
                                                @Parameter(description = "The start: a date (Beijing time, from its start) "
                                                        + "or an ISO-8601 timestamp", example = "2026-01-01")
                                                @RequestParam String from,
                                                @Parameter(description = "The end: a date (Beijing time, to its end) "
                                                        + "or an ISO-8601 timestamp", example = "2026-12-31T16:00:00Z")
                                                @RequestParam String to,
                                                HttpServletRequest request) {
        Instant start = OfficeDates.parseInstant(from, "from", false);
        Instant end = OfficeDates.parseInstant(to, "to", true);
        if (start.isAfter(end)) {
            throw InvalidInput.of("from", "must not be after to (" + from + " is after " + to + ")");
        }
        return ledger.ofDistrict(districtCode, areaCode == null ? districtCode : areaCode, start, end,
                ReadScope.of(request));
    }
}
