/**
 * The published contract of the write side: commands that ask for a change and
 * events that record one, as immutable records. The read side depends on these
 * and never on the aggregates that handle them. Geometries travel as WKT in
 * EPSG:4326, longitude first.
 */
package org.gridatlas.messages;
