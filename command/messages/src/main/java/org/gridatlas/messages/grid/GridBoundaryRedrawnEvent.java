package org.gridatlas.messages.grid;

/**
 * A grid's boundary moved.
 */
public record GridBoundaryRedrawnEvent(String gridCode, String boundaryWkt) {
}
