/**
 * Complaints received from the 12345 hotline: the
 * {@link org.gridatlas.command.complaint.ComplaintFigure} aggregate holds one
 * area's count for one period, refuses figures that would count the same
 * complaints twice, and keeps every correction.
 */
package org.gridatlas.command.complaint;
