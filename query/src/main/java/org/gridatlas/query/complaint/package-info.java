/** Complaint figures from the 12345 hotline, per area and period, as last corrected. */
package org.gridatlas.query.complaint;
