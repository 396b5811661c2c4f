/**
 * Party organisations (红色物业): the
 * {@link org.gridatlas.command.party.PartyOrganisation} aggregate enforces
 * the three-member rule for branches and what each kind must cover.
 */
package org.gridatlas.command.party;
