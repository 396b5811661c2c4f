/**
 * Edits of a division into micro-grids as pure functions on polygons in
 * EPSG:4326: split along a line, merge, move a shared edge, absorb a retired
 * part, and insert the vertices an edit puts on an untouched neighbour's edge.
 * Each rejects what would not leave a clean division with a
 * {@link org.gridatlas.geodata.geometry.GeometryProblem} that names its rule
 * and, where there is one, the offending piece.
 */
package org.gridatlas.geodata.division;
