/**
 * Compounds on the map and in the ledger:
 * {@link org.gridatlas.query.compound.CompoundProjection} keeps
 * {@code readmodel.compound} and the management ledger
 * {@code readmodel.management_change}; the query controller serves them as
 * GeoJSON and JSON.
 */
package org.gridatlas.query.compound;
