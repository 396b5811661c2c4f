package org.gridatlas.query.campaign;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.gridatlas.messages.area.AreaLevel;
import org.gridatlas.query.campaign.CampaignOutlookQueries.AreaFigures;
import org.gridatlas.query.campaign.CampaignQueries.Reach;
import org.gridatlas.query.campaign.OutlookRule.Month;
import org.gridatlas.query.campaign.OutlookRule.Projection;
import org.gridatlas.query.system.AsOf;
import org.gridatlas.query.system.InvalidInput;
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
 * What the leadership dashboard reads of a campaign beyond its progress: the
 * burndown with its projection and verdict ({@link OutlookRule}), and its
 * sub-districts or communities side by side. Like the progress, both are
 * counted over the part of the campaign's area the reader may see.
 */
@RestController
@RequestMapping("/api/campaigns")
@Tag(name = "Clearance campaigns (无物业小区清零)")
class CampaignOutlookController {

    /** The burndown, the numbers the projection used, and the verdict. */
    record Outlook(String campaignId, String name, String districtCode, String areaCode, AreaLevel areaLevel,
                   String areaName, List<String> restrictedTo, LocalDate launchedOn, LocalDate targetDate,
                   LocalDate closedOn, Instant countedAt, LocalDate today, int baseline,
                   List<CampaignQueries.Milestone> milestones, List<Month> months, int windowMonths, int graceMonths,
                   Projection projection) {
    }

    /**
     * One area: {@code clearanceRate} is its baseline compounds managed now
     * over its baseline (null when its baseline is empty); the ranks count
     * from 1, ties sharing a rank: most unmanaged left, highest clearance
     * rate, most relapses first.
     */
    record AreaStanding(String code, String name, int compounds, int baseline, int baselineCleared,
                        BigDecimal clearanceRate, int remaining, int clearances, int relapses, int found,
                        int rankByRemaining, Integer rankByClearanceRate, int rankByRelapses) {
    }

    /** The listed areas added up: over the whole area, the campaign's own figures. */
    record Totals(int compounds, int baseline, int baselineCleared, BigDecimal clearanceRate, int remaining,
                  int clearances, int relapses, int found) {
    }

    record Ranking(String campaignId, String areaCode, AreaLevel level, List<String> restrictedTo, Instant countedAt,
                   List<AreaStanding> areas, Totals totals) {
    }

    private final CampaignQueries campaigns;
    private final CampaignOutlookQueries outlook;
    private final Clock clock;

    CampaignOutlookController(CampaignQueries campaigns, CampaignOutlookQueries outlook) {
        this.campaigns = campaigns;
        this.outlook = outlook;
        this.clock = Clock.system(OfficeDates.OFFICE_ZONE);
    }

    @Operation(summary = "A campaign's burndown and where its recent pace leads: projected clearance date and verdict",
            description = "Monthly unmanaged compounds since launch; the net clearance rate (clearances − relapses − "
                    + "compounds found unmanaged) over the last " + OutlookRule.WINDOW_MONTHS + " full months; the date "
                    + "the compounds unmanaged now would be cleared at that rate (none when it is zero or less); and "
                    + "ON_TRACK (by the target date, next milestone within its threshold), AT_RISK (on time but the "
                    + "next milestone over, or late by at most " + OutlookRule.GRACE_MONTHS + " months) or OFF_TRACK.")
    @GetMapping("/{campaignId}/outlook")
    Outlook outlook(@Parameter(description = "The campaign's id, as GET /api/campaigns lists it")
                    @PathVariable String campaignId,
                    @Parameter(description = AsOf.DESCRIPTION + "; the outlook as it looked then")
                    @RequestParam(required = false) String at,
                    HttpServletRequest request) {
        AsOf asOf = AsOf.parse(at);
        CampaignQueries.Campaign c = campaign(campaignId, asOf);
        ReadScope scope = ReadScope.of(request);
        List<String> restrictedTo = scope.covers(c.areaCode()) ? null : scope.partsOf(c.areaCode());
        Instant now = asOf.isNow() ? clock.instant() : asOf.instant();
        LocalDate today = LocalDate.ofInstant(now, OfficeDates.OFFICE_ZONE);
        Reach reach = new Reach(c.districtCode(), c.areaCode(), scope, asOf);
        List<Month> months = outlook.months(reach, c.launchedAt(), now);
        int remaining = months.get(months.size() - 1).unmanagedAtEnd();
        Projection projection = OutlookRule.project(OutlookRule.window(months, today), remaining, today,
                c.targetDate(), c.milestones(), restrictedTo == null);
        int baseline = restrictedTo == null ? c.unmanagedAtLaunch().size()
                : campaigns.baseline(c.unmanagedAtLaunch(), scope, asOf).seen();
        return new Outlook(c.campaignId(), c.name(), c.districtCode(), c.areaCode(), c.areaLevel(), c.areaName(),
                restrictedTo, c.launchedOn(), c.targetDate(), c.closedOn(), now, today, baseline, c.milestones(),
                months, OutlookRule.WINDOW_MONTHS, OutlookRule.GRACE_MONTHS, projection);
    }

    @Operation(summary = "A campaign's sub-districts or communities side by side: left unmanaged, cleared against "
            + "their own baseline at launch, relapses",
            description = "One row per area of the level inside the campaign's area that the reader's areas share "
                    + "ground with, counted over what the reader may see, with its ranks; the totals add the rows up.")
    @GetMapping("/{campaignId}/ranking")
    Ranking ranking(@Parameter(description = "The campaign's id, as GET /api/campaigns lists it")
                    @PathVariable String campaignId,
                    @Parameter(description = "SUB_DISTRICT or COMMUNITY", example = "SUB_DISTRICT")
                    @RequestParam(defaultValue = "SUB_DISTRICT") AreaLevel level,
                    @Parameter(description = AsOf.DESCRIPTION) @RequestParam(required = false) String at,
                    HttpServletRequest request) {
        if (level == AreaLevel.DISTRICT) {
            throw InvalidInput.of("level", "must be SUB_DISTRICT or COMMUNITY");
        }
        AsOf asOf = AsOf.parse(at);
        CampaignQueries.Campaign c = campaign(campaignId, asOf);
        ReadScope scope = ReadScope.of(request);
        Instant now = asOf.isNow() ? clock.instant() : asOf.instant();
        List<AreaFigures> figures = outlook.areas(c, level, new Reach(c.districtCode(), c.areaCode(), scope, asOf), now)
                .stream().filter(a -> scope.overlaps(a.code())).toList();
        List<AreaStanding> areas = figures.stream().map(a -> new AreaStanding(a.code(), a.name(), a.compounds(),
                        a.baseline(), a.baselineCleared(), rate(a.baselineCleared(), a.baseline()), a.remaining(),
                        a.clearances(), a.relapses(), a.found(),
                        rank(figures, a, AreaFigures::remaining), rateRank(figures, a),
                        rank(figures, a, AreaFigures::relapses)))
                .sorted(Comparator.comparingInt(AreaStanding::rankByRemaining).thenComparing(AreaStanding::code))
                .toList();
        Totals totals = new Totals(sum(figures, AreaFigures::compounds), sum(figures, AreaFigures::baseline),
                sum(figures, AreaFigures::baselineCleared),
                rate(sum(figures, AreaFigures::baselineCleared), sum(figures, AreaFigures::baseline)),
                sum(figures, AreaFigures::remaining), sum(figures, AreaFigures::clearances),
                sum(figures, AreaFigures::relapses), sum(figures, AreaFigures::found));
        return new Ranking(c.campaignId(), c.areaCode(), level,
                scope.covers(c.areaCode()) ? null : scope.partsOf(c.areaCode()), now, areas, totals);
    }

    /** A campaign launched after the instant did not exist then. */
    private CampaignQueries.Campaign campaign(String campaignId, AsOf asOf) {
        return campaigns.campaign(campaignId, asOf).orElseThrow(() -> NotFound.of("campaign", campaignId));
    }

    /** A share as a fraction with four decimals, null when there is nothing to share. */
    static BigDecimal rate(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    /** 1 + how many areas have more: ties share a rank. */
    private static int rank(List<AreaFigures> all, AreaFigures area, ToIntFunction<AreaFigures> figure) {
        int value = figure.applyAsInt(area);
        return 1 + (int) all.stream().filter(a -> figure.applyAsInt(a) > value).count();
    }

    /** The same over the clearance rate, among the areas that have a baseline. */
    private static Integer rateRank(List<AreaFigures> all, AreaFigures area) {
        Function<AreaFigures, BigDecimal> rateOf = a -> rate(a.baselineCleared(), a.baseline());
        BigDecimal value = rateOf.apply(area);
        if (value == null) {
            return null;
        }
        return 1 + (int) all.stream().map(rateOf).filter(r -> r != null && r.compareTo(value) > 0).count();
    }

    private static int sum(List<AreaFigures> all, ToIntFunction<AreaFigures> figure) {
        return all.stream().mapToInt(figure).sum();
    }
}
