package org.gridatlas.messages.grid;

import java.util.List;

/** A micro-grid's helpers and leaders are now these. */
public record MicroGridPeopleAssignedEvent(
        String gridCode,
        String microGridCode,
        List<String> helpers,
        List<Leader> buildingLeaders,
        List<Leader> unitLeaders) {
}
