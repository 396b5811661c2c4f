package org.gridatlas.messages.grid;

import java.util.List;

/**
 * A grid's workers were named.
 */
public record GridWorkersAssignedEvent(String gridCode, List<String> workers) {
}
