/**
 * What changed in a district between two instants: compounds cleared, relapsed,
 * otherwise changed in mode or registered, committees formed or dissolved,
 * party organisations founded or dissolved, and micro-grids edited, read by
 * comparing the temporal read model at the two instants.
 */
package org.gridatlas.query.change;
