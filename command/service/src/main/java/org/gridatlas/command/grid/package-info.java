/**
 * Grids and their micro-grids: the {@link org.gridatlas.command.grid.Grid}
 * aggregate keeps a grid's division free of gaps and overlaps.
 */
package org.gridatlas.command.grid;
