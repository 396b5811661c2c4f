package org.gridatlas.messages.grid;

import java.util.List;

/** The boundary the two micro-grids in {@code before} share now runs along {@code edgeWkt}. */
public record SharedEdgeMovedEvent(
        String gridCode,
        String edgeWkt,
        List<String> before,
        List<String> after,
        List<MicroGrid> changed) implements MicroGridEdit {
}
