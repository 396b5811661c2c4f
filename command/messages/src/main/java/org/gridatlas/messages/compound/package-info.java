/**
 * Residential compounds (小区): their register entry, boundary, grids and
 * management. A compound lies in one community and may span several grids;
 * a grid may hold several compounds.
 */
package org.gridatlas.messages.compound;
