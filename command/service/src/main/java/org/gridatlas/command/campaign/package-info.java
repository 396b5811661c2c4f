/**
 * The clearance campaign (无物业小区清零) of a district, sub-district or community:
 * the {@link org.gridatlas.command.campaign.Campaign} aggregate freezes the
 * area's baseline at launch and lets a campaign close only when its area is done.
 */
package org.gridatlas.command.campaign;
