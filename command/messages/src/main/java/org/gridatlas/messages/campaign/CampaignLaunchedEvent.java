package org.gridatlas.messages.campaign;

import java.time.LocalDate;
import java.util.List;

/**
 * A clearance campaign was launched. The baseline lists every compound of the
 * district that was unmanaged at launch.
 */
public record CampaignLaunchedEvent(
        String campaignId,
        String districtCode,
        String name,
        LocalDate launchedOn,
        LocalDate targetDate,
        List<Milestone> milestones,
        int compoundsAtLaunch,
        List<String> unmanagedAtLaunch) {
}
