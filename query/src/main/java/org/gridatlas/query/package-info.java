/**
 * The read side: projections that turn events into PostGIS tables in the
 * {@code readmodel} schema, and the query API that serves them. It knows the
 * messages of {@code org.gridatlas.messages} and nothing of the aggregates, so
 * the whole schema can be dropped and rebuilt by replaying the event store.
 */
package org.gridatlas.query;
