package org.gridatlas.command.campaign;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;
import static org.gridatlas.command.system.CommonRules.fitsAsName;
import static org.gridatlas.command.system.CommonRules.present;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.gridatlas.command.directory.Directory;
import org.gridatlas.command.system.CommonRules;
import org.gridatlas.command.system.OfficeClock;
import org.gridatlas.command.system.Rule;
import org.gridatlas.command.system.RuleViolation;
import org.gridatlas.messages.area.AreaLevel;
import org.gridatlas.messages.campaign.CampaignClosedEvent;
import org.gridatlas.messages.campaign.CampaignLaunchedEvent;
import org.gridatlas.messages.campaign.CloseCampaignCommand;
import org.gridatlas.messages.campaign.LaunchCampaignCommand;
import org.gridatlas.messages.campaign.Milestone;

/**
 * A campaign to leave no compound of an area unmanaged: a district's, or a
 * sub-district's or community's inside it. Each area has at most one open
 * campaign; the district's and a sub-district's may run side by side.
 */
@Aggregate
class Campaign {

    static final Rule ID_REQUIRED = new Rule("campaign-id-required", "campaignId", "a campaign needs an identifier");
    static final Rule DISTRICT_UNKNOWN = new Rule("district-unknown", "districtCode", "there is no district with this code");
    static final Rule AREA_UNKNOWN = new Rule("campaign-area-unknown", "areaCode",
            "the campaign's area is the district, or one of its sub-districts or communities");
    static final Rule NAME_REQUIRED = new Rule("campaign-name-required", "name",
            "a campaign needs a name of at most " + CommonRules.MAX_NAME_LENGTH + " characters");
    static final Rule ONE_OPEN_CAMPAIGN = new Rule("one-open-campaign-per-area", "areaCode",
            "the area already has an open campaign");
    static final Rule TARGET_AFTER_LAUNCH = new Rule("campaign-target-after-launch", "targetDate",
            "the target date lies after the launch");
    static final Rule MILESTONES_IN_ORDER = new Rule("campaign-milestones-in-order", "milestones",
            "milestones fall after the launch and by the target date, each later than the one before and allowing "
                    + "no more unmanaged compounds than it, with a label of at most " + CommonRules.MAX_NAME_LENGTH + " characters");
    static final Rule NOTHING_TO_CLEAR = new Rule("campaign-needs-unmanaged-compounds", "areaCode",
            "the area has no unmanaged compound to clear");
    static final Rule CLOSED = new Rule("campaign-closed", null, "the campaign is already closed");
    /** The description gets the number left, so a close that fails says how far there is to go. */
    static final String NOT_DONE_ID = "campaign-not-done";

    @AggregateIdentifier
    private String campaignId;
    private String districtCode;
    private String areaCode;
    private boolean closed;

    private Campaign() {
        // for Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    Campaign(LaunchCampaignCommand command, Directory directory) {
        ID_REQUIRED.check(present(command.campaignId()));
        String district = command.districtCode();
        DISTRICT_UNKNOWN.check(present(district) && district.length() == 6 && directory.areaExists(district));
        String area = command.area();
        Optional<AreaLevel> level = area.startsWith(district) ? directory.areaLevel(area) : Optional.empty();
        AREA_UNKNOWN.check(level.isPresent());
        NAME_REQUIRED.check(fitsAsName(command.name()));
        ONE_OPEN_CAMPAIGN.check(!directory.hasOpenCampaign(area));
        LocalDate today = OfficeClock.today();
        TARGET_AFTER_LAUNCH.check(command.targetDate() != null && command.targetDate().isAfter(today));
        List<Milestone> milestones = command.milestones() == null ? List.of() : command.milestones();
        MILESTONES_IN_ORDER.check(inOrder(milestones, today, command.targetDate()));
        List<String> unmanaged = directory.unmanagedCompounds(area);
        NOTHING_TO_CLEAR.check(!unmanaged.isEmpty());
        apply(new CampaignLaunchedEvent(command.campaignId(), district, area, level.get(), command.name().strip(), today,
                command.targetDate(), milestones, directory.compoundCount(area), unmanaged));
    }

    @CommandHandler
    Long handle(CloseCampaignCommand command, Directory directory) {
        CLOSED.check(!closed);
        int left = directory.unmanagedCompounds(areaCode).size();
        if (left > 0) {
            throw new RuleViolation(new Rule(NOT_DONE_ID, null,
                    "a campaign closes when no compound of its area is unmanaged; " + left + " still are"));
        }
        apply(new CampaignClosedEvent(campaignId, districtCode, areaCode, OfficeClock.today()));
        return getVersion();
    }

    @EventSourcingHandler
    void on(CampaignLaunchedEvent event) {
        campaignId = event.campaignId();
        districtCode = event.districtCode();
        areaCode = event.areaCode();
    }

    @EventSourcingHandler
    void on(CampaignClosedEvent event) {
        closed = true;
    }

    private static boolean inOrder(List<Milestone> milestones, LocalDate launch, LocalDate target) {
        LocalDate previousDue = launch;
        int previousMax = Integer.MAX_VALUE;
        for (Milestone m : milestones) {
            if (m == null || m.due() == null || !m.due().isAfter(previousDue) || m.due().isAfter(target)
                    || m.maxUnmanaged() < 0 || m.maxUnmanaged() > previousMax
                    || (m.label() != null && m.label().strip().length() > CommonRules.MAX_NAME_LENGTH)) {
                return false;
            }
            previousDue = m.due();
            previousMax = m.maxUnmanaged();
        }
        return true;
    }
}
