package org.gridatlas.messages.governance;

import java.util.List;

import org.gridatlas.messages.grid.Leader;

/** A compound's building and unit leaders are now these people; their numbers are the lists' sizes. */
public record CompoundLeadersNamedEvent(String compoundId, List<Leader> buildingLeaders, List<Leader> unitLeaders) {
}
