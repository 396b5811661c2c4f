package org.gridatlas.messages.grid;

import java.util.List;

/**
 * One micro-grid of a grid's division.
 */
public record MicroGrid(
        String microGridCode,
        String name,
        /* WKT POLYGON in EPSG:4326 */ String boundaryWkt,
        List<String> helpers) {
}
