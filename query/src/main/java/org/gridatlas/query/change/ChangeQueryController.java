package org.gridatlas.query.change;

import org.gridatlas.query.system.ApiParameters;
import org.gridatlas.query.system.FeatureCollections;
import org.gridatlas.query.system.NotFound;
import org.gridatlas.query.system.ReadScope;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

@RestController
@RequestMapping("/api/changes")
@Tag(name = "Changes between two dates (变化对比)")
class ChangeQueryController {

    /** Every change is counted; a list longer than this is cut, and says so. */
    static final int MAX_LISTED = 5_000;
    /** As the compound layer: beyond this a map is unreadable anyway. */
    static final int MAX_FEATURES = 10_000;

    private final ChangeRepository changes;

    ChangeQueryController(ChangeRepository changes) {
        this.changes = changes;
    }

    @Operation(summary = "What changed in a district between two instants: counts per kind and the changes",
            description = "Compounds cleared, relapsed, otherwise changed in mode or registered; owners' and property-"
                    + "management committees formed or dissolved; party organisations founded or dissolved; micro-grids "
                    + "split, merged, given a moved edge, retired or redrawn. The state at the end of from's day is "
                    + "compared with the state at the end of to's day (Beijing time), so from=2026-08-31&to=2026-09-30 "
                    + "is what changed during September. At most " + MAX_LISTED + " changes are listed (\"truncated\": "
                    + "true beyond); the counts cover all. Only what the reader may see.")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    String summary(@Parameter(description = ApiParameters.DISTRICT, example = "140105") @RequestParam String districtCode,
                   @Parameter(description = ChangeWindow.FROM_DESCRIPTION, example = "2026-08-31") @RequestParam String from,
                   @Parameter(description = ChangeWindow.TO_DESCRIPTION, example = "2026-09-30") @RequestParam String to,
                   HttpServletRequest request) {
        ChangeWindow window = window(districtCode, from, to);
        return changes.summary(districtCode, window, ReadScope.of(request), MAX_LISTED);
    }

    @Operation(summary = "The compounds that changed between two instants, as a GeoJSON FeatureCollection",
            description = "Each compound once, drawn as at the second instant, with \"change\" (its first kind, in the "
                    + "order of the summary's counts) and \"changes\" (all its kinds). At most " + MAX_FEATURES + ".")
    @GetMapping(path = "/compounds", produces = {FeatureCollections.GEO_JSON, FeatureCollections.JSON})
    String compounds(@Parameter(description = ApiParameters.DISTRICT, example = "140105") @RequestParam String districtCode,
                     @Parameter(description = ChangeWindow.FROM_DESCRIPTION, example = "2026-08-31") @RequestParam String from,
                     @Parameter(description = ChangeWindow.TO_DESCRIPTION, example = "2026-09-30") @RequestParam String to,
                     HttpServletRequest request) {
        ChangeWindow window = window(districtCode, from, to);
        return FeatureCollections.of(changes.compoundFeatures(districtCode, window, ReadScope.of(request), MAX_FEATURES),
                MAX_FEATURES);
    }

    /** Bad instants are named before a mistyped district is looked up. */
    private ChangeWindow window(String districtCode, String from, String to) {
        ChangeWindow window = ChangeWindow.parse(from, to);
        if (!changes.hasDistrict(districtCode)) {
            throw NotFound.of("district", districtCode);
        }
        return window;
    }
}
