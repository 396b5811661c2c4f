/**
 * The clearance campaign (无物业小区清零) of a district: launched with the
 * baseline of unmanaged compounds taken at that moment, a target date and
 * milestones, and closed once no unmanaged compound is left.
 */
package org.gridatlas.messages.campaign;
