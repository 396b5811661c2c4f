package org.gridatlas.ui;

import org.gridatlas.query.grid.MicroGridHouseholds;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@EnableConfigurationProperties(MapProperties.class)
@Tag(name = "Map page")
class MapConfigController {

    private final MapProperties properties;
    private final MicroGridHouseholds microGridHouseholds;

    MapConfigController(MapProperties properties, MicroGridHouseholds microGridHouseholds) {
        this.properties = properties;
        this.microGridHouseholds = microGridHouseholds;
    }

    /**
     * The map's settings, and the households range outside which a micro-grid
     * is flagged, so the editor can say what BELOW and ABOVE mean.
     */
    record MapConfig(String tileUrl, String tileAttribution, double[] center, int zoom,
                     MicroGridHouseholds microGridHouseholds) {
    }

    @Operation(summary = "Settings the map page starts from")
    @GetMapping("/api/map/config")
    MapConfig config() {
        return new MapConfig(properties.tileUrl(), properties.tileAttribution(), properties.center(), properties.zoom(),
                microGridHouseholds);
    }
}
