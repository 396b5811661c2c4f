package org.gridatlas.query.campaign;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.gridatlas.messages.area.AreaLevel;
import org.gridatlas.query.campaign.CampaignQueries.Reach;
import org.gridatlas.query.system.ApiParameters;
import org.gridatlas.query.system.AsOf;
import org.gridatlas.query.system.NotFound;
import org.gridatlas.query.system.OfficeDates;
import org.gridatlas.query.system.ReadScope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Campaigns of every level and their progress, each counted over its own
 * area's compounds. A reader whose areas do not cover a campaign's area (a
 * sub-district's staff reading the district's campaign) sees every figure
 * counted over the part they may read, named in {@code restrictedTo}, and no
 * milestone verdicts, since a threshold for the whole area says nothing
 * about a part of it.
 */
@RestController
@RequestMapping("/api/campaigns")
@Tag(name = "Clearance campaigns (无物业小区清零)")
class CampaignQueryController {

    /** Past milestones were MET or MISSED; future ones are REACHED already or still OPEN. */
    enum MilestoneStatus { MET, MISSED, REACHED, OPEN }

    /** {@code status} is null when the figures are restricted to part of the campaign's area. */
    record MilestoneProgress(LocalDate due, int maxUnmanaged, String label, int unmanaged, MilestoneStatus status) {
    }

    record Progress(String campaignId, String districtCode, String areaCode, AreaLevel areaLevel, String areaName,
                    List<String> restrictedTo, String name, LocalDate launchedOn, LocalDate targetDate,
                    LocalDate closedOn, long version, int compoundsAtLaunch, int unmanagedAtLaunch,
                    int baselineCleared, int baselineStillUnmanaged, int unmanagedNow,
                    int clearancesSinceLaunch, int relapsesSinceLaunch, int foundUnmanagedSinceLaunch,
                    List<MilestoneProgress> milestones) {
    }

    record Month(YearMonth month, int unmanagedAtEnd, int clearances, int relapses) {
    }

    /**
     * A district's open campaigns together: {@code baseline} is the union of
     * their baselines, so a compound in the district's and a sub-district's
     * counts once ({@code inSeveralBaselines} says how many are; the plain sum
     * is {@code sumOfCampaignBaselines}); {@code unmanagedNow} counts the
     * compounds unmanaged now in any of their areas.
     */
    record Summary(String districtCode, List<String> restrictedTo, int openCampaigns,
                   Map<AreaLevel, Integer> openCampaignsByLevel, int baseline, int baselineCleared,
                   int baselineStillUnmanaged, int inSeveralBaselines, int sumOfCampaignBaselines, int unmanagedNow) {
    }

    private final CampaignQueries queries;
    private final Clock clock;

    CampaignQueryController(CampaignQueries queries) {
        this.queries = queries;
        this.clock = Clock.system(OfficeDates.OFFICE_ZONE);
    }

    @Operation(summary = "A district's campaigns of every level (district, sub-district, community) with their progress",
            description = "Only the campaigns whose area shares ground with the reader's areas.")
    @GetMapping
    List<Progress> ofDistrict(@Parameter(description = ApiParameters.DISTRICT) @RequestParam String districtCode,
                              @Parameter(description = "only the campaigns for exactly this area", example = "140105001")
                              @RequestParam(required = false) String areaCode,
                              @Parameter(description = AsOf.DESCRIPTION) @RequestParam(required = false) String at,
                              HttpServletRequest request) {
        ReadScope scope = ReadScope.of(request);
        AsOf asOf = AsOf.parse(at);
        return queries.ofDistrict(districtCode, areaCode, asOf).stream()
                .filter(c -> scope.overlaps(c.areaCode()))
                .map(c -> progress(c, scope, asOf)).toList();
    }

    @Operation(summary = "A district's open campaigns together, each compound counted once",
            description = "A compound in the baseline of the district's campaign and of a sub-district's counts once.")
    @GetMapping("/summary")
    Summary summary(@Parameter(description = ApiParameters.DISTRICT) @RequestParam String districtCode,
                    @Parameter(description = AsOf.DESCRIPTION) @RequestParam(required = false) String at,
                    HttpServletRequest request) {
        ReadScope scope = ReadScope.of(request);
        AsOf asOf = AsOf.parse(at);
        Map<AreaLevel, Integer> byLevel = new EnumMap<>(AreaLevel.class);
        queries.ofDistrict(districtCode, null, asOf).stream()
                .filter(c -> c.closedOn() == null && scope.overlaps(c.areaCode()))
                .forEach(c -> byLevel.merge(c.areaLevel(), 1, Integer::sum));
        CampaignQueries.Union union = queries.openCampaignsOf(districtCode, scope, asOf);
        return new Summary(districtCode, restriction(districtCode, scope),
                byLevel.values().stream().mapToInt(Integer::intValue).sum(), byLevel,
                union.baseline(), union.baselineCleared(), union.baselineStillUnmanaged(), union.inSeveralBaselines(),
                union.sumOfBaselines(), union.unmanagedNow());
    }

    @Operation(summary = "A campaign's progress: its baseline, what was cleared, relapses and each milestone's state",
            description = "Counted over the campaign's own area.")
    @GetMapping("/{campaignId}")
    Progress one(@Parameter(description = "The campaign's id, as GET /api/campaigns lists it")
                 @PathVariable String campaignId,
                 @Parameter(description = AsOf.DESCRIPTION) @RequestParam(required = false) String at,
                 HttpServletRequest request) {
        AsOf asOf = AsOf.parse(at);
        return progress(campaign(campaignId, asOf), ReadScope.of(request), asOf);
    }

    @Operation(summary = "Month by month since launch: unmanaged compounds at each month's end, clearances and relapses",
            description = "Counted over the campaign's own area. The current month's figure is as of now.")
    @GetMapping("/{campaignId}/trend")
    List<Month> trend(@Parameter(description = "The campaign's id, as GET /api/campaigns lists it")
                      @PathVariable String campaignId,
                      @Parameter(description = AsOf.DESCRIPTION + "; the months end there")
                      @RequestParam(required = false) String at,
                      HttpServletRequest request) {
        AsOf asOf = AsOf.parse(at);
        Clock reading = clockAt(asOf);
        CampaignQueries.Campaign campaign = campaign(campaignId, asOf);
        Reach reach = new Reach(campaign.districtCode(), campaign.areaCode(), ReadScope.of(request), asOf);
        Instant now = reading.instant();
        List<Month> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(campaign.launchedOn()); !month.isAfter(YearMonth.now(reading));
             month = month.plusMonths(1)) {
            Instant start = OfficeDates.startOfDay(month.atDay(1));
            Instant end = OfficeDates.startOfDay(month.plusMonths(1).atDay(1));
            Instant until = end.isAfter(now) ? now : end;
            months.add(new Month(month, queries.unmanagedAt(reach, until),
                    queries.transitions(reach, "CLEARED", start, until),
                    queries.transitions(reach, "RELAPSED", start, until)));
        }
        return months;
    }

    /** A campaign launched after the instant did not exist then. */
    private CampaignQueries.Campaign campaign(String campaignId, AsOf asOf) {
        return queries.campaign(campaignId, asOf).orElseThrow(() -> NotFound.of("campaign", campaignId));
    }

    /** The clock that says what "now" is for a read: the office's, or stopped at the instant read as of. */
    private Clock clockAt(AsOf asOf) {
        return asOf.isNow() ? clock : Clock.fixed(asOf.instant(), OfficeDates.OFFICE_ZONE);
    }

    /** The reader's areas inside this one when they do not cover it all; null when they do. */
    private static List<String> restriction(String areaCode, ReadScope scope) {
        return scope.covers(areaCode) ? null : scope.partsOf(areaCode);
    }

    private static MilestoneStatus verdict(boolean past, boolean withinThreshold) {
        if (past) {
            return withinThreshold ? MilestoneStatus.MET : MilestoneStatus.MISSED;
        }
        return withinThreshold ? MilestoneStatus.REACHED : MilestoneStatus.OPEN;
    }

    private Progress progress(CampaignQueries.Campaign c, ReadScope scope, AsOf asOf) {
        List<String> restrictedTo = restriction(c.areaCode(), scope);
        Reach reach = new Reach(c.districtCode(), c.areaCode(), scope, asOf);
        Clock reading = clockAt(asOf);
        Instant now = reading.instant();
        LocalDate today = LocalDate.now(reading);
        int unmanagedNow = queries.unmanagedNow(reach);
        CampaignQueries.Baseline baseline = queries.baseline(c.unmanagedAtLaunch(), scope, asOf);
        List<MilestoneProgress> milestones = c.milestones().stream().map(m -> {
            boolean past = m.due().isBefore(today);
            int unmanaged = past
                    ? queries.unmanagedAt(reach, OfficeDates.startOfDay(m.due().plusDays(1)))
                    : unmanagedNow;
            return new MilestoneProgress(m.due(), m.maxUnmanaged(), m.label(), unmanaged,
                    restrictedTo != null ? null : verdict(past, unmanaged <= m.maxUnmanaged()));
        }).toList();
        // the event's own list when nothing is hidden, so a lagging compound projection cannot shrink it
        int atLaunch = restrictedTo == null ? c.unmanagedAtLaunch().size() : baseline.seen();
        return new Progress(c.campaignId(), c.districtCode(), c.areaCode(), c.areaLevel(), c.areaName(), restrictedTo,
                c.name(), c.launchedOn(), c.targetDate(), c.closedOn(), c.version(),
                restrictedTo == null ? c.compoundsAtLaunch() : queries.compoundsAt(reach, c.launchedAt()),
                atLaunch, atLaunch - baseline.stillUnmanaged(), baseline.stillUnmanaged(), unmanagedNow,
                queries.transitions(reach, "CLEARED", c.launchedAt(), now),
                queries.transitions(reach, "RELAPSED", c.launchedAt(), now),
                queries.registeredUnmanaged(reach, c.launchedAt(), now),
                milestones);
    }
}
