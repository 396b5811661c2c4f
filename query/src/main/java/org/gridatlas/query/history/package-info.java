/**
 * The audit trail of any record, read straight from the event store: every
 * change with its time, author, reason and correlation id, and the record's
 * fields before and after it. Each record kind lists which fields its events
 * set ({@code *Fields}); {@link org.gridatlas.query.history.ChangeTracker}
 * carries the state forward and compares.
 */
package org.gridatlas.query.history;
