package org.gridatlas.messages.grid;

import java.util.List;

/**
 * A grid's micro-grids were redrawn; the list is the whole new division.
 */
public record MicroGridsRedrawnEvent(String gridCode, List<MicroGrid> microGrids) {
}
