package org.gridatlas.messages.campaign;

import java.time.LocalDate;
import java.util.List;

import org.gridatlas.messages.area.AreaLevel;

/**
 * A clearance campaign was launched for an area: a district, one of its
 * sub-districts (a sub-district office runs its own) or a community. The
 * baseline lists every compound of that area that was unmanaged at launch;
 * {@code districtCode} is the district the area belongs to.
 * <p>
 * Events stored before campaigns had areas carry no {@code areaCode}: they
 * were the district's campaign, and read as such.
 */
public record CampaignLaunchedEvent(
        String campaignId,
        String districtCode,
        String areaCode,
        AreaLevel areaLevel,
        String name,
        LocalDate launchedOn,
        LocalDate targetDate,
        List<Milestone> milestones,
        int compoundsAtLaunch,
        List<String> unmanagedAtLaunch) {

    public CampaignLaunchedEvent {
        if (areaCode == null) {
            areaCode = districtCode;
            areaLevel = AreaLevel.DISTRICT;
        }
    }
}
