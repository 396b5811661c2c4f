/** Grids and micro-grids on the map, with their workers and helpers: by box, district or community, and the boxes around them. */
package org.gridatlas.query.grid;
