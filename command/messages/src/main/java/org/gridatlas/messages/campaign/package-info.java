/**
 * The clearance campaign (无物业小区清零) of an area, a district, sub-district or
 * community: launched with the baseline of the area's unmanaged compounds
 * taken at that moment, a target date and milestones, and closed once no
 * compound of the area is unmanaged. A sub-district may run its own inside the
 * district's.
 */
package org.gridatlas.messages.campaign;
