/**
 * The write side: aggregates that enforce GridAtlas's rules and emit events,
 * the event store's schema, and the REST API that turns requests into commands.
 */
package org.gridatlas.command;
