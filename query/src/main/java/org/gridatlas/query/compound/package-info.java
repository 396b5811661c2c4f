/**
 * Compounds on the map: {@link org.gridatlas.query.compound.CompoundProjection}
 * keeps {@code readmodel.compound} in step with the compound events, and
 * {@link org.gridatlas.query.compound.CompoundQueryController} serves it as GeoJSON.
 */
package org.gridatlas.query.compound;
