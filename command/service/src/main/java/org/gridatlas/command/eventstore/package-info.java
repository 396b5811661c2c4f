/**
 * The event store's tables: Axon's JDBC layout, in the {@code eventstore}
 * schema, with {@code bytea} payloads. Flyway versions the schema; Axon's own
 * table factory writes the DDL so that it always matches what Axon reads.
 */
package org.gridatlas.command.eventstore;
