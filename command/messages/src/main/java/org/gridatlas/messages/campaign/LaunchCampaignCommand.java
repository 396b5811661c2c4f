package org.gridatlas.messages.campaign;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Launches a clearance campaign for an area of a district: the district
 * itself, a sub-district or a community ({@code areaCode}; none means the
 * district). The baseline is taken from the register at that moment.
 */
public record LaunchCampaignCommand(
        @TargetAggregateIdentifier String campaignId,
        String districtCode,
        String areaCode,
        String name,
        LocalDate targetDate,
        List<Milestone> milestones) {

    /** The district's own campaign. */
    public LaunchCampaignCommand(String campaignId, String districtCode, String name, LocalDate targetDate,
                                 List<Milestone> milestones) {
        this(campaignId, districtCode, districtCode, name, targetDate, milestones);
    }

    /** The area the campaign is for: the one named, or else the district. */
    public String area() {
        return areaCode == null ? districtCode : areaCode;
    }
}
