package org.gridatlas.messages.grid;

import java.util.List;

/** The micro-grids in {@code before} became the one in {@code after}. */
public record MicroGridsMergedEvent(
        String gridCode,
        List<String> before,
        List<String> after,
        List<MicroGrid> changed) implements MicroGridEdit {
}
