/**
 * The register of bodies that serve compounds ({@code Body}: shared property
 * societies, state-owned and market property companies, project departments)
 * with their members, the compounds they serve and companies' quarterly
 * evaluations, and cross appointments ({@code CrossAppointment}) between a
 * body's member and a party organisation. A compound's own committees keep
 * their members on the compound; {@link org.gridatlas.command.body.Roster}
 * holds the member rules both share.
 */
package org.gridatlas.command.body;
