/**
 * The audit trail of any record, read straight from the event store: every
 * change with its time, author, reason and correlation id.
 */
package org.gridatlas.query.history;
