package org.gridatlas.query.history;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gridatlas.messages.grid.GridBoundaryRedrawnEvent;
import org.gridatlas.messages.grid.GridDrawnEvent;
import org.gridatlas.messages.grid.GridWorkersAssignedEvent;
import org.gridatlas.messages.grid.MicroGrid;
import org.gridatlas.messages.grid.MicroGridsRedrawnEvent;

/**
 * A grid's fields: {@code name}, {@code boundary}, {@code workers}, and per
 * micro-grid {@code microGrids.<code>.name}, {@code .boundary} and
 * {@code .helpers}. A redrawn division replaces every micro-grid, so one left
 * out of it reads as removed.
 */
final class GridFields {

    private GridFields() {
    }

    /** The prefix of a micro-grid's fields within its grid. */
    static String microGrid(String microGridCode) {
        return "microGrids." + microGridCode + ".";
    }

    private record MicroGridFields(String name, String boundary, List<String> helpers) {
    }

    static void addTo(EventFields table) {
        table.on(GridDrawnEvent.class, "grid drawn", (e, f) -> f
                        .set("communityCode", e.communityCode())
                        .set("name", e.name())
                        .set("boundary", e.boundaryWkt()))
                .on(GridBoundaryRedrawnEvent.class, "grid boundary redrawn", (e, f) -> f
                        .set("boundary", e.boundaryWkt()))
                .on(GridWorkersAssignedEvent.class, "grid workers assigned", (e, f) -> f
                        .set("workers", e.workers()))
                .on(MicroGridsRedrawnEvent.class, "micro-grids redrawn", (e, f) -> f
                        .set("microGrids", byCode(e.microGrids())));
    }

    private static Map<String, MicroGridFields> byCode(List<MicroGrid> division) {
        Map<String, MicroGridFields> byCode = new LinkedHashMap<>();
        division.forEach(m -> byCode.put(m.microGridCode(), new MicroGridFields(m.name(), m.boundaryWkt(), m.helpers())));
        return byCode;
    }
}
