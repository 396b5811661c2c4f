/**
 * The figures a district office asks for first: compounds by management
 * mode, clearance strategy, sub-district and community; party-organisation
 * coverage; committees, leaders, grids and micro-grids.
 */
package org.gridatlas.query.statistics;
