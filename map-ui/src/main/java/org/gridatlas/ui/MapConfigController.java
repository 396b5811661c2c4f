package org.gridatlas.ui;

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

    MapConfigController(MapProperties properties) {
        this.properties = properties;
    }

    @Operation(summary = "Settings the map page starts from")
    @GetMapping("/api/map/config")
    MapProperties config() {
        return properties;
    }
}
