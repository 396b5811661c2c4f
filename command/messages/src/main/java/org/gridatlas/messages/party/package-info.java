/**
 * Party organisations built into compounds and grids (红色物业): branches,
 * party groups and party-member central households, the compounds and grids
 * each covers, the body one may be founded in, and their dissolution.
 */
package org.gridatlas.messages.party;
