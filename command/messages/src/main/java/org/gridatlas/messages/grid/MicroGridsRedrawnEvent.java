package org.gridatlas.messages.grid;

import java.util.List;

/**
 * A grid's micro-grids were redrawn; the list is the whole new division.
 *
 * @param successions which retired micro-grid's area went to which new one
 *                    (overlap beyond the sliver tolerance); {@code null} in events
 *                    stored before lineage was recorded
 */
public record MicroGridsRedrawnEvent(String gridCode, List<MicroGrid> microGrids, List<Succession> successions) {

    /** Part of a retired micro-grid's area now lies in {@code to}. */
    public record Succession(String from, String to) {
    }
}
