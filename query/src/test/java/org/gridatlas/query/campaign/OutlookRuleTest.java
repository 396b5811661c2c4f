package org.gridatlas.query.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.gridatlas.query.campaign.CampaignQueries.Milestone;
import org.gridatlas.query.campaign.OutlookRule.Month;
import org.gridatlas.query.campaign.OutlookRule.Projection;
import org.gridatlas.query.campaign.OutlookRule.Reason;
import org.gridatlas.query.campaign.OutlookRule.Verdict;
import org.gridatlas.query.campaign.OutlookRule.Window;
import org.junit.jupiter.api.Test;

/** The projection's arithmetic and the verdict's rule over hand-made series; CampaignOutlookIT checks the counts. */
class OutlookRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    /** A series from {@code first}, month by month: {clearances, relapses, found}, starting from {@code unmanaged}. */
    private static List<Month> series(YearMonth first, int unmanaged, int[]... months) {
        List<Month> series = new ArrayList<>();
        int left = unmanaged;
        for (int i = 0; i < months.length; i++) {
            int end = left - months[i][0] + months[i][1] + months[i][2];
            series.add(new Month(first.plusMonths(i), left, end, months[i][0], months[i][1], months[i][2]));
            left = end;
        }
        return series;
    }

    @Test
    void theWindowIsTheLastThreeFullMonthsAndLeavesOutTheCurrentOne() {
        List<Month> months = series(YearMonth.of(2026, 8), 100,
                new int[] {30, 0, 0}, new int[] {10, 0, 0}, new int[] {8, 1, 0}, new int[] {6, 2, 1}, new int[] {50, 0, 0});
        Window window = OutlookRule.window(months, TODAY);
        assertThat(window.firstMonth()).isEqualTo(YearMonth.of(2026, 9));
        assertThat(window.lastMonth()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(window.months()).isEqualByComparingTo("3");
        assertThat(window.partial()).isFalse();
        assertThat(window.clearances()).isEqualTo(24);
        assertThat(window.relapses()).isEqualTo(3);
        assertThat(window.found()).isEqualTo(1);
        assertThat(window.net()).isEqualTo(20).isEqualTo(window.unmanagedAtStart() - window.unmanagedAtEnd());
    }

    @Test
    void aYoungCampaignTakesTheFullMonthsItHas() {
        List<Month> months = series(YearMonth.of(2026, 11), 40, new int[] {4, 0, 0}, new int[] {1, 0, 0});
        Window window = OutlookRule.window(months, TODAY);
        assertThat(window.months()).isEqualByComparingTo("1");
        assertThat(window.net()).isEqualTo(4);
    }

    @Test
    void aCampaignLaunchedThisMonthTakesTheDaysSoFar() {
        List<Month> months = series(YearMonth.of(2026, 12), 40, new int[] {2, 0, 0});
        Window window = OutlookRule.window(months, LocalDate.of(2026, 12, 10));
        assertThat(window.partial()).isTrue();
        assertThat(window.months()).isEqualByComparingTo(new BigDecimal("0.3226"));
        assertThat(window.net()).isEqualTo(2);
    }

    @Test
    void aPaceThatClearsBeforeTheTargetIsOnTrack() {
        // 30 net a month, 60 left: two months, 61 days, from 2 December
        Window window = OutlookRule.window(series(YearMonth.of(2026, 9), 150,
                new int[] {30, 0, 0}, new int[] {30, 0, 0}, new int[] {30, 0, 0}, new int[] {0, 0, 0}), TODAY);
        Projection p = OutlookRule.project(window, 60, TODAY, LocalDate.of(2027, 3, 31), List.of(), true);
        assertThat(p.ratePerMonth()).isEqualByComparingTo("30");
        assertThat(p.monthsToClear()).isEqualByComparingTo("2.0");
        assertThat(p.projectedClearance()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(p.verdict()).isEqualTo(Verdict.ON_TRACK);
        assertThat(p.reason()).isEqualTo(Reason.BEFORE_TARGET);
    }

    @Test
    void onTimeForTheTargetButOverTheNextMilestoneIsAtRisk() {
        Window window = OutlookRule.window(series(YearMonth.of(2026, 9), 150,
                new int[] {30, 0, 0}, new int[] {30, 0, 0}, new int[] {30, 0, 0}, new int[] {0, 0, 0}), TODAY);
        // a month from now 30 are projected left; the milestone allows 10
        List<Milestone> milestones = List.of(new Milestone(LocalDate.of(2027, 1, 2), 10, "首批"),
                new Milestone(LocalDate.of(2026, 10, 1), 100, "past"));
        Projection p = OutlookRule.project(window, 60, TODAY, LocalDate.of(2027, 3, 31), milestones, true);
        assertThat(p.milestonesAhead()).singleElement().satisfies(m -> {
            assertThat(m.projectedUnmanaged()).isEqualTo(29);
            assertThat(m.withinThreshold()).isFalse();
        });
        assertThat(p.verdict()).isEqualTo(Verdict.AT_RISK);
        assertThat(p.reason()).isEqualTo(Reason.NEXT_MILESTONE_OVER);
        // a reader who sees part of the area is not judged by the whole area's thresholds
        Projection part = OutlookRule.project(window, 60, TODAY, LocalDate.of(2027, 3, 31), milestones, false);
        assertThat(part.milestonesAhead()).isEmpty();
        assertThat(part.verdict()).isEqualTo(Verdict.ON_TRACK);
    }

    @Test
    void lateByAtMostThreeMonthsIsAtRiskAndLaterIsOffTrack() {
        Window window = OutlookRule.window(series(YearMonth.of(2026, 9), 100,
                new int[] {10, 0, 0}, new int[] {10, 0, 0}, new int[] {10, 0, 0}, new int[] {0, 0, 0}), TODAY);
        // 10 a month, 50 left: five months, 153 days, 4 May 2027
        LocalDate projected = OutlookRule.project(window, 50, TODAY, LocalDate.of(2027, 3, 1), List.of(), true)
                .projectedClearance();
        assertThat(projected).isBetween(LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 5));
        assertThat(OutlookRule.project(window, 50, TODAY, projected.minusMonths(3), List.of(), true).verdict())
                .isEqualTo(Verdict.AT_RISK);
        Projection late = OutlookRule.project(window, 50, TODAY, projected.minusMonths(3).minusDays(1), List.of(), true);
        assertThat(late.verdict()).isEqualTo(Verdict.OFF_TRACK);
        assertThat(late.reason()).isEqualTo(Reason.AFTER_GRACE);
        assertThat(OutlookRule.project(window, 50, TODAY, projected, List.of(), true).verdict())
                .isEqualTo(Verdict.ON_TRACK);
    }

    @Test
    void relapsesThatCancelTheClearancesNeverClear() {
        // the demo's shape: two months of nothing cleared, the last with six relapses
        Window window = OutlookRule.window(series(YearMonth.of(2026, 9), 59,
                new int[] {6, 0, 0}, new int[] {0, 0, 0}, new int[] {0, 6, 0}, new int[] {0, 0, 0}), TODAY);
        assertThat(window.net()).isZero();
        Projection p = OutlookRule.project(window, 59, TODAY, LocalDate.of(2027, 3, 8), List.of(), true);
        assertThat(p.never()).isTrue();
        assertThat(p.projectedClearance()).isNull();
        assertThat(p.verdict()).isEqualTo(Verdict.OFF_TRACK);
        assertThat(p.reason()).isEqualTo(Reason.NOT_CLEARING);
    }

    @Test
    void nothingLeftIsOnTrackWhateverThePace() {
        Window window = OutlookRule.window(series(YearMonth.of(2026, 10), 5,
                new int[] {5, 0, 0}, new int[] {0, 0, 0}, new int[] {0, 0, 0}), TODAY);
        Projection p = OutlookRule.project(window, 0, TODAY, LocalDate.of(2026, 11, 1), List.of(), true);
        assertThat(p.verdict()).isEqualTo(Verdict.ON_TRACK);
        assertThat(p.reason()).isEqualTo(Reason.CLEARED);
    }
}
