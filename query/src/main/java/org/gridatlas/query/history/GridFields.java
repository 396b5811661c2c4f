package org.gridatlas.query.history;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gridatlas.messages.grid.GridBoundaryRedrawnEvent;
import org.gridatlas.messages.grid.GridDrawnEvent;
import org.gridatlas.messages.grid.GridWorkersAssignedEvent;
import org.gridatlas.messages.grid.MicroGrid;
import org.gridatlas.messages.grid.MicroGridEdit;
import org.gridatlas.messages.grid.MicroGridPeopleAssignedEvent;
import org.gridatlas.messages.grid.MicroGridRetiredEvent;
import org.gridatlas.messages.grid.MicroGridSplitEvent;
import org.gridatlas.messages.grid.MicroGridsMergedEvent;
import org.gridatlas.messages.grid.MicroGridsRedrawnEvent;
import org.gridatlas.messages.grid.SharedEdgeMovedEvent;

/**
 * A grid's fields: {@code name}, {@code boundary}, {@code workers}, and per
 * micro-grid {@code microGrids.<code>.name}, {@code .boundary},
 * {@code .helpers}, {@code .buildingLeaders} and {@code .unitLeaders}. A
 * redrawn division replaces every micro-grid, so one left out of it reads as
 * removed, while a kept one keeps its leaders; a split, merge, shared-edge
 * move or retirement sets the micro-grids it changed, clears those it retired
 * and names the codes before and after.
 */
final class GridFields {

    static final String BUILDING_LEADERS = "buildingLeaders";
    static final String UNIT_LEADERS = "unitLeaders";

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
                .on(MicroGridsRedrawnEvent.class, "micro-grids redrawn", (e, f) -> {
                    f.set("microGrids", byCode(e.microGrids()));
                    e.microGrids().forEach(m -> f.keep(microGrid(m.microGridCode()) + BUILDING_LEADERS)
                            .keep(microGrid(m.microGridCode()) + UNIT_LEADERS));
                })
                .on(MicroGridSplitEvent.class, "micro-grid split", GridFields::edit)
                .on(MicroGridsMergedEvent.class, "micro-grids merged", GridFields::edit)
                .on(SharedEdgeMovedEvent.class, "shared edge moved", GridFields::edit)
                .on(MicroGridRetiredEvent.class, "micro-grid retired", GridFields::edit)
                .on(MicroGridPeopleAssignedEvent.class, "micro-grid people assigned", (e, f) -> f
                        .set(microGrid(e.microGridCode()) + "helpers", e.helpers())
                        .set(microGrid(e.microGridCode()) + BUILDING_LEADERS, e.buildingLeaders())
                        .set(microGrid(e.microGridCode()) + UNIT_LEADERS, e.unitLeaders()));
    }

    /** The changed micro-grids' new state, the retired ones cleared, and the codes before and after. */
    private static void edit(MicroGridEdit e, FieldValues f) {
        for (MicroGrid m : e.changed() == null ? List.<MicroGrid>of() : e.changed()) {
            f.set(microGrid(m.microGridCode()) + "name", m.name())
                    .set(microGrid(m.microGridCode()) + "boundary", m.boundaryWkt())
                    .set(microGrid(m.microGridCode()) + "helpers", m.helpers());
        }
        e.before().stream().filter(code -> !e.after().contains(code))
                .forEach(code -> f.set("microGrids." + code, null));
        f.codes(e.before(), e.after());
    }

    private static Map<String, MicroGridFields> byCode(List<MicroGrid> division) {
        Map<String, MicroGridFields> byCode = new LinkedHashMap<>();
        division.forEach(m -> byCode.put(m.microGridCode(), new MicroGridFields(m.name(), m.boundaryWkt(), m.helpers())));
        return byCode;
    }
}
