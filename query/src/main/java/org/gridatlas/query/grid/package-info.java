/**
 * Grids and micro-grids on the map, with their workers and helpers: by box, district or community, and the boxes
 * around them; and where compounds count among micro-grids, with the households each micro-grid holds.
 */
package org.gridatlas.query.grid;
