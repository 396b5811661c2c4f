/**
 * The clearance campaign (无物业小区清零): the {@link org.gridatlas.command.campaign.Campaign}
 * aggregate freezes the baseline at launch and lets a campaign close only when done.
 */
package org.gridatlas.command.campaign;
