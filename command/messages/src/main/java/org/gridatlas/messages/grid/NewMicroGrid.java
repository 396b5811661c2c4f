package org.gridatlas.messages.grid;

import java.util.List;

/**
 * A micro-grid an edit creates, before the server has cut its boundary:
 * the code (never used in this grid before), the name and the grid helpers.
 */
public record NewMicroGrid(String microGridCode, String name, List<String> helpers) {
}
