/**
 * The people who sign in: accounts with hashed passwords, their grants (a role
 * within an area), lock-out after repeated failed sign-ins, the administrators'
 * API and the {@code bin/gridatlas user} command line. Accounts are not domain
 * records: they live in their own schema, with their own change log.
 */
package org.gridatlas.account;
