/**
 * What the write side must look up across aggregates: which areas, grids,
 * compounds and open campaigns exist, and which compounds are unmanaged;
 * where a point lies among compound and grid boundaries; which problems,
 * meetings and complaint figures exist. It is kept by a subscribing processor,
 * in the same transaction as the events, so a rule checked against it never
 * sees a stale answer.
 */
package org.gridatlas.command.directory;
