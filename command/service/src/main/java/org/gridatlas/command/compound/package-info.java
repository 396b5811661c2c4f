/**
 * Compounds (小区): the {@link org.gridatlas.command.compound.Compound} aggregate
 * and the REST endpoints that register and change them, and the follower that
 * keeps each compound assigned to the grids its boundary lies in.
 */
package org.gridatlas.command.compound;
