/** Clearance campaigns: baseline, progress against milestones and the trend over time. */
package org.gridatlas.query.campaign;
