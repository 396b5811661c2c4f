package org.gridatlas.query.campaign;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * Where a campaign is heading if it keeps the pace of its last months, and
 * whether that reaches its target: arithmetic only, over figures the
 * repository counted.
 * <p>
 * The window is the last {@value #WINDOW_MONTHS} full calendar months since
 * launch (fewer when the campaign is younger, each counted as a whole month;
 * the current month so far, as the fraction of it elapsed, when no month has
 * ended yet). Its net clearance is clearances − relapses − compounds found
 * unmanaged, and the rate is that net per month. From today, the compounds
 * unmanaged now are cleared at that rate; a rate of zero or less never clears
 * them.
 * <p>
 * The verdict: ON_TRACK when nothing is left, or when the projected date is
 * on or before the target date and the next milestone is projected within its
 * threshold; AT_RISK when it is on time but the next milestone is projected
 * over its threshold, or when it is late by at most {@value #GRACE_MONTHS}
 * months; OFF_TRACK when it is later than that or never.
 */
final class OutlookRule {

    static final int WINDOW_MONTHS = 3;
    static final int GRACE_MONTHS = 3;
    /** The mean length of a month, to turn a rate per month into days. */
    static final double DAYS_PER_MONTH = 365.2425 / 12;

    enum Verdict { ON_TRACK, AT_RISK, OFF_TRACK }

    /** Why the verdict is what it is, in the terms of the rule above. */
    enum Reason { CLEARED, BEFORE_TARGET, NEXT_MILESTONE_OVER, WITHIN_GRACE, AFTER_GRACE, NOT_CLEARING }

    /** One month of the series: unmanaged at its start and end, and what changed in it. */
    record Month(YearMonth month, int unmanagedAtStart, int unmanagedAtEnd, int clearances, int relapses, int found) {
    }

    /** The months the rate is taken from, what happened in them and the net clearance. */
    record Window(YearMonth firstMonth, YearMonth lastMonth, BigDecimal months, boolean partial, int clearances,
                  int relapses, int found, int net, int unmanagedAtStart, int unmanagedAtEnd) {
    }

    /** A milestone still ahead: the compounds projected unmanaged on its day, against its threshold. */
    record MilestoneAhead(LocalDate due, int maxUnmanaged, String label, int projectedUnmanaged, boolean withinThreshold) {
    }

    record Projection(Window window, BigDecimal ratePerMonth, int remaining, BigDecimal monthsToClear,
                      LocalDate projectedClearance, boolean never, LocalDate targetDate, LocalDate graceUntil,
                      List<MilestoneAhead> milestonesAhead, Verdict verdict, Reason reason) {
    }

    private OutlookRule() {
    }

    /**
     * The window over a campaign's monthly series, which runs from its launch
     * month to the current month (the last entry, as far as {@code today}).
     */
    static Window window(List<Month> series, LocalDate today) {
        if (series.isEmpty()) {
            throw new IllegalArgumentException("a campaign's series has at least its launch month");
        }
        YearMonth current = YearMonth.from(today);
        List<Month> full = series.stream().filter(m -> m.month().isBefore(current)).toList();
        List<Month> taken;
        BigDecimal months;
        boolean partial = full.isEmpty();
        if (partial) {
            taken = List.of(series.get(series.size() - 1));
            // at least one day, so a campaign launched today has a window to divide by
            months = BigDecimal.valueOf(Math.max(1, today.getDayOfMonth()))
                    .divide(BigDecimal.valueOf(current.lengthOfMonth()), 4, RoundingMode.HALF_UP);
        } else {
            taken = full.subList(Math.max(0, full.size() - WINDOW_MONTHS), full.size());
            months = BigDecimal.valueOf(taken.size());
        }
        int clearances = taken.stream().mapToInt(Month::clearances).sum();
        int relapses = taken.stream().mapToInt(Month::relapses).sum();
        int found = taken.stream().mapToInt(Month::found).sum();
        return new Window(taken.get(0).month(), taken.get(taken.size() - 1).month(), months, partial, clearances,
                relapses, found, clearances - relapses - found, taken.get(0).unmanagedAtStart(),
                taken.get(taken.size() - 1).unmanagedAtEnd());
    }

    /**
     * The projection from {@code today}, with {@code remaining} compounds
     * unmanaged now. {@code milestones} are those of the campaign; only those
     * after today are projected, and none when {@code judgeMilestones} is
     * false (a reader who sees part of the area: a threshold for the whole
     * area says nothing about a part).
     */
    static Projection project(Window window, int remaining, LocalDate today, LocalDate targetDate,
                              List<CampaignQueries.Milestone> milestones, boolean judgeMilestones) {
        BigDecimal rate = BigDecimal.valueOf(window.net()).divide(window.months(), 2, RoundingMode.HALF_UP);
        double perMonth = window.net() / window.months().doubleValue();
        LocalDate graceUntil = targetDate.plusMonths(GRACE_MONTHS);
        List<MilestoneAhead> ahead = !judgeMilestones ? List.of() : milestones.stream()
                .filter(m -> m.due().isAfter(today))
                .sorted(Comparator.comparing(CampaignQueries.Milestone::due))
                .map(m -> {
                    double monthsUntil = ChronoUnit.DAYS.between(today, m.due()) / DAYS_PER_MONTH;
                    int projected = (int) Math.max(0, Math.round(remaining - perMonth * monthsUntil));
                    return new MilestoneAhead(m.due(), m.maxUnmanaged(), m.label(), projected,
                            projected <= m.maxUnmanaged());
                }).toList();
        if (remaining == 0) {
            return new Projection(window, rate, 0, BigDecimal.ZERO, today, false, targetDate, graceUntil, ahead,
                    Verdict.ON_TRACK, Reason.CLEARED);
        }
        if (window.net() <= 0) {
            return new Projection(window, rate, remaining, null, null, true, targetDate, graceUntil, ahead,
                    Verdict.OFF_TRACK, Reason.NOT_CLEARING);
        }
        double monthsToClear = remaining / perMonth;
        LocalDate projected = today.plusDays((long) Math.ceil(monthsToClear * DAYS_PER_MONTH));
        Verdict verdict;
        Reason reason;
        if (!projected.isAfter(targetDate)) {
            boolean nextOver = !ahead.isEmpty() && !ahead.get(0).withinThreshold();
            verdict = nextOver ? Verdict.AT_RISK : Verdict.ON_TRACK;
            reason = nextOver ? Reason.NEXT_MILESTONE_OVER : Reason.BEFORE_TARGET;
        } else if (!projected.isAfter(graceUntil)) {
            verdict = Verdict.AT_RISK;
            reason = Reason.WITHIN_GRACE;
        } else {
            verdict = Verdict.OFF_TRACK;
            reason = Reason.AFTER_GRACE;
        }
        return new Projection(window, rate, remaining,
                BigDecimal.valueOf(monthsToClear).setScale(1, RoundingMode.HALF_UP), projected, false, targetDate,
                graceUntil, ahead, verdict, reason);
    }
}
