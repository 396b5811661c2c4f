/**
 * JTS geometries as GridAtlas stores them: the EPSG:4326 factory with its
 * precision, the rules a boundary and a location must satisfy, bounding boxes, and the
 * problems reported when input breaks a rule.
 */
package org.gridatlas.geodata.geometry;
