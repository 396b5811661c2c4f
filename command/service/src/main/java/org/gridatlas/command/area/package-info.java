/**
 * The administrative hierarchy: the {@link org.gridatlas.command.area.District}
 * aggregate holds a district with its sub-districts and communities, so codes
 * and names are checked against each other in one place.
 */
package org.gridatlas.command.area;
