/** Grids and micro-grids on the map, with their workers and helpers. */
package org.gridatlas.query.grid;
