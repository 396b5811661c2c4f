/**
 * Finding things by name, address or code: one query over compounds, grids,
 * micro-grids, sub-districts and communities, ranked, within the reader's
 * scope, each hit with the box a map zooms to. It reads the projections'
 * tables through their trigram indexes and keeps no table of its own.
 */
package org.gridatlas.query.search;
