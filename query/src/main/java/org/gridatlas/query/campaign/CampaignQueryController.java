package org.gridatlas.query.campaign;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.gridatlas.query.system.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/campaigns")
@Tag(name = "Clearance campaigns (无物业小区清零)")
class CampaignQueryController {

    /** Campaign days and months are Beijing time, whatever the server's clock says. */
    static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");

    /** Past milestones were MET or MISSED; future ones are REACHED already or still OPEN. */
    enum MilestoneStatus { MET, MISSED, REACHED, OPEN }

    record MilestoneProgress(LocalDate due, int maxUnmanaged, String label, int unmanaged, MilestoneStatus status) {
    }

    record Progress(String campaignId, String districtCode, String name, LocalDate launchedOn, LocalDate targetDate,
                    LocalDate closedOn, long version, int compoundsAtLaunch, int unmanagedAtLaunch,
                    int baselineCleared, int baselineStillUnmanaged, int unmanagedNow,
                    int clearancesSinceLaunch, int relapsesSinceLaunch, int foundUnmanagedSinceLaunch,
                    List<MilestoneProgress> milestones) {
    }

    record Month(YearMonth month, int unmanagedAtEnd, int clearances, int relapses) {
    }

    private final CampaignQueries queries;
    private final Clock clock;

    CampaignQueryController(CampaignQueries queries) {
        this.queries = queries;
        this.clock = Clock.system(OFFICE_ZONE);
    }

    @Operation(summary = "A district's campaigns with their progress")
    @GetMapping
    List<Progress> ofDistrict(@RequestParam String districtCode) {
        return queries.ofDistrict(districtCode).stream().map(this::progress).toList();
    }

    @Operation(summary = "A campaign's progress: its baseline, what was cleared, relapses and each milestone's state")
    @GetMapping("/{campaignId}")
    Progress one(@PathVariable String campaignId) {
        return progress(campaign(campaignId));
    }

    @Operation(summary = "Month by month since launch: unmanaged compounds at each month's end, clearances and relapses",
            description = "The current month's figure is as of now.")
    @GetMapping("/{campaignId}/trend")
    List<Month> trend(@PathVariable String campaignId) {
        CampaignQueries.Campaign campaign = campaign(campaignId);
        String district = campaign.districtCode();
        Instant now = clock.instant();
        List<Month> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(campaign.launchedOn()); !month.isAfter(YearMonth.now(clock));
             month = month.plusMonths(1)) {
            Instant start = month.atDay(1).atStartOfDay(OFFICE_ZONE).toInstant();
            Instant end = month.plusMonths(1).atDay(1).atStartOfDay(OFFICE_ZONE).toInstant();
            Instant until = end.isAfter(now) ? now : end;
            months.add(new Month(month, queries.unmanagedAt(district, until),
                    queries.transitions(district, "CLEARED", start, until),
                    queries.transitions(district, "RELAPSED", start, until)));
        }
        return months;
    }

    private CampaignQueries.Campaign campaign(String campaignId) {
        return queries.campaign(campaignId).orElseThrow(() -> NotFound.of("campaign", campaignId));
    }

    private Progress progress(CampaignQueries.Campaign c) {
        String district = c.districtCode();
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        int unmanagedNow = queries.unmanagedNow(district);
        int baselineStill = queries.stillUnmanaged(c.unmanagedAtLaunch());
        List<MilestoneProgress> milestones = c.milestones().stream().map(m -> {
            if (m.due().isBefore(today)) {
                int then = queries.unmanagedAt(district, m.due().plusDays(1).atStartOfDay(OFFICE_ZONE).toInstant());
                return new MilestoneProgress(m.due(), m.maxUnmanaged(), m.label(), then,
                        then <= m.maxUnmanaged() ? MilestoneStatus.MET : MilestoneStatus.MISSED);
            }
            return new MilestoneProgress(m.due(), m.maxUnmanaged(), m.label(), unmanagedNow,
                    unmanagedNow <= m.maxUnmanaged() ? MilestoneStatus.REACHED : MilestoneStatus.OPEN);
        }).toList();
        return new Progress(c.campaignId(), district, c.name(), c.launchedOn(), c.targetDate(), c.closedOn(), c.version(),
                c.compoundsAtLaunch(), c.unmanagedAtLaunch().size(), c.unmanagedAtLaunch().size() - baselineStill,
                baselineStill, unmanagedNow,
                queries.transitions(district, "CLEARED", c.launchedAt(), now),
                queries.transitions(district, "RELAPSED", c.launchedAt(), now),
                queries.registeredUnmanaged(district, c.launchedAt(), now),
                milestones);
    }
}
