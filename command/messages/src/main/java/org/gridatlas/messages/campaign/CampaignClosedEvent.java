package org.gridatlas.messages.campaign;

import java.time.LocalDate;

/**
 * A campaign was closed: its area has no unmanaged compound left. Events
 * stored before campaigns had areas carry no {@code areaCode}: they closed the
 * district's campaign.
 */
public record CampaignClosedEvent(String campaignId, String districtCode, String areaCode, LocalDate closedOn) {

    public CampaignClosedEvent {
        if (areaCode == null) {
            areaCode = districtCode;
        }
    }
}
