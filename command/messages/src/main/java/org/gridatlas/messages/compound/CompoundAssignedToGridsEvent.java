package org.gridatlas.messages.compound;

import java.util.List;

/**
 * A compound's grids were set; the list is the whole new set.
 */
public record CompoundAssignedToGridsEvent(String compoundId, List<String> gridCodes) {
}
