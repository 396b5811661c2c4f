package org.gridatlas.messages.grid;

import java.util.List;

/** A micro-grid was cut along {@code lineWkt} into the micro-grids in {@code after}. */
public record MicroGridSplitEvent(
        String gridCode,
        String lineWkt,
        List<String> before,
        List<String> after,
        List<MicroGrid> changed) implements MicroGridEdit {
}
