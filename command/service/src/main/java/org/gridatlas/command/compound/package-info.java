/**
 * Compounds (小区): the {@link org.gridatlas.command.compound.Compound} aggregate
 * and the REST endpoints that register and change them.
 */
package org.gridatlas.command.compound;
