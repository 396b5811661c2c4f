/**
 * Grids (网格, community code + 3 digits) with their grid workers, and the
 * micro-grids (微网格, grid code + 2 digits) that divide a grid without gaps or
 * overlaps, each with its grid helpers.
 */
package org.gridatlas.messages.grid;
