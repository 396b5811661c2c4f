/**
 * 一区一策: the strategy chosen for each unmanaged compound to end up managed,
 * with its planned date and, for a subsidised transition, the district's
 * subsidy commitment.
 */
package org.gridatlas.messages.clearance;
