package org.gridatlas.messages.campaign;

import java.time.LocalDate;

/**
 * A campaign was closed: the district has no unmanaged compound left.
 */
public record CampaignClosedEvent(String campaignId, String districtCode, LocalDate closedOn) {
}
