package org.gridatlas.query.history;

import org.gridatlas.messages.campaign.CampaignClosedEvent;
import org.gridatlas.messages.campaign.CampaignLaunchedEvent;

/** A campaign's fields: its area, what it was launched with, and when it closed. */
final class CampaignFields {

    private CampaignFields() {
    }

    static void addTo(EventFields table) {
        table.on(CampaignLaunchedEvent.class, "campaign launched", (e, f) -> f
                        .set("districtCode", e.districtCode())
                        .set("areaCode", e.areaCode())
                        .set("areaLevel", e.areaLevel())
                        .set("name", e.name())
                        .set("launchedOn", e.launchedOn())
                        .set("targetDate", e.targetDate())
                        .set("milestones", e.milestones())
                        .set("compoundsAtLaunch", e.compoundsAtLaunch())
                        .set("unmanagedAtLaunch", e.unmanagedAtLaunch()))
                .on(CampaignClosedEvent.class, "campaign closed", (e, f) -> f
                        .set("closedOn", e.closedOn()));
    }
}
