package org.gridatlas.query.campaign;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.gridatlas.messages.area.AreaLevel;
import org.gridatlas.query.campaign.CampaignQueries.Reach;
import org.gridatlas.query.campaign.OutlookRule.Month;
import org.gridatlas.query.system.OfficeDates;
import org.gridatlas.query.system.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The leadership dashboard's counts: a campaign's months in one grouped pass
 * over the ledger, and its areas side by side in another. Each read-model
 * table is named once per query, with an alias, so an as-of variant can put
 * the table as it stood in its place.
 */
@Repository
class CampaignOutlookQueries {

    /** Campaign months are Beijing months, whatever the server's clock says. */
    private static final String OFFICE_ZONE = OfficeDates.OFFICE_ZONE.getId();

    /** One sub-district or community of a campaign's area, counted over the reader's part of it. */
    record AreaFigures(String code, String name, int compounds, int baseline, int baselineCleared, int remaining,
                       int clearances, int relapses, int found) {
    }

    private final JdbcClient jdbc;

    CampaignOutlookQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Month by month from the launch to the month of {@code until}: the
     * reach's unmanaged compounds at each month's start (the launch, for its
     * first month) and end (as far as {@code until}), and the clearances,
     * relapses and compounds registered unmanaged since the launch in it, so
     * a survey finished in the launch month is not counted as found. Each
     * ledger row adds one when it leaves a compound unmanaged that was not,
     * and takes one away when the reverse, so the counts are running sums of
     * one grouped pass, not a query a month.
     */
    List<Month> months(Reach reach, Instant launchedAt, Instant until) {
        YearMonth first = YearMonth.from(launchedAt.atZone(OfficeDates.OFFICE_ZONE));
        YearMonth last = YearMonth.from(until.atZone(OfficeDates.OFFICE_ZONE));
        return reach.bind(jdbc.sql("""
                        WITH ledger AS (
                            SELECT CAST(date_trunc('month', m.recorded_at AT TIME ZONE '%s') AS date) AS month,
                                   (CASE WHEN m.mode = 'UNMANAGED' THEN 1 ELSE 0 END)
                                     - (CASE WHEN m.previous_mode = 'UNMANAGED' THEN 1 ELSE 0 END) AS delta,
                                   m.transition, m.mode, m.recorded_at >= :launchedAt AS since_launch
                            FROM readmodel.management_change m
                            JOIN readmodel.compound c ON c.compound_id = m.compound_id
                            WHERE m.district_code = :district AND m.recorded_at < :until AND %s),
                        per_month AS (
                            SELECT month, sum(delta) AS delta,
                                   count(*) FILTER (WHERE transition = 'CLEARED') AS clearances,
                                   count(*) FILTER (WHERE transition = 'RELAPSED') AS relapses,
                                   count(*) FILTER (WHERE transition = 'REGISTERED' AND mode = 'UNMANAGED') AS found
                            FROM ledger WHERE since_launch GROUP BY month),
                        before AS (
                            SELECT coalesce(sum(delta), 0) AS unmanaged FROM ledger WHERE NOT since_launch),
                        months AS (
                            SELECT CAST(generate_series(CAST(:first AS date), CAST(:last AS date), interval '1 month') AS date)
                                   AS month)
                        SELECT to_char(ms.month, 'YYYY-MM'),
                               b.unmanaged + sum(coalesce(p.delta, 0)) OVER (ORDER BY ms.month) - coalesce(p.delta, 0),
                               b.unmanaged + sum(coalesce(p.delta, 0)) OVER (ORDER BY ms.month),
                               coalesce(p.clearances, 0), coalesce(p.relapses, 0), coalesce(p.found, 0)
                        FROM months ms CROSS JOIN before b LEFT JOIN per_month p ON p.month = ms.month
                        ORDER BY ms.month""".formatted(OFFICE_ZONE, reach.where())))
                .param("launchedAt", Sql.utc(launchedAt)).param("until", Sql.utc(until))
                .param("first", first.atDay(1)).param("last", last.atDay(1))
                .query((rs, n) -> new Month(YearMonth.parse(rs.getString(1)), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6)))
                .list();
    }

    /**
     * The sub-districts or communities of a campaign's area with what the
     * reader may see of each: compounds, the campaign's baseline compounds
     * among them and how many of those are managed now, the unmanaged now,
     * and the ledger's clearances, relapses and compounds found unmanaged
     * from launch until {@code until}. A compound's area codes are fixed at
     * registration, so grouping by them is grouping by area. Areas without
     * compounds are listed with zeros; the reader's scope is applied to the
     * compounds, the caller keeps to the areas it overlaps.
     */
    List<AreaFigures> areas(CampaignQueries.Campaign campaign, AreaLevel level, Reach reach, Instant until) {
        String code = switch (level) {
            case SUB_DISTRICT -> "c.sub_district_code";
            case COMMUNITY -> "c.community_code";
            case DISTRICT -> throw new IllegalArgumentException("areas are ranked below the district");
        };
        return reach.bind(jdbc.sql("""
                        WITH baseline AS (
                            SELECT DISTINCT b.compound_id
                            FROM readmodel.campaign k CROSS JOIN LATERAL unnest(k.unmanaged_at_launch) AS b(compound_id)
                            WHERE k.campaign_id = :campaign),
                        compounds AS (
                            SELECT %1$s AS code, count(*) AS compounds,
                                   count(b.compound_id) AS baseline,
                                   count(b.compound_id) FILTER (WHERE c.management_mode <> 'UNMANAGED') AS baseline_cleared,
                                   count(*) FILTER (WHERE c.management_mode = 'UNMANAGED') AS remaining
                            FROM readmodel.compound c LEFT JOIN baseline b ON b.compound_id = c.compound_id
                            WHERE %2$s
                            GROUP BY 1),
                        changes AS (
                            SELECT %1$s AS code,
                                   count(*) FILTER (WHERE m.transition = 'CLEARED') AS clearances,
                                   count(*) FILTER (WHERE m.transition = 'RELAPSED') AS relapses,
                                   count(*) FILTER (WHERE m.transition = 'REGISTERED' AND m.mode = 'UNMANAGED') AS found
                            FROM readmodel.management_change m
                            JOIN readmodel.compound c ON c.compound_id = m.compound_id
                            WHERE m.district_code = :district AND m.recorded_at >= :launchedAt AND m.recorded_at < :until
                              AND %2$s
                            GROUP BY 1)
                        SELECT a.code, a.name, coalesce(k.compounds, 0), coalesce(k.baseline, 0),
                               coalesce(k.baseline_cleared, 0), coalesce(k.remaining, 0),
                               coalesce(g.clearances, 0), coalesce(g.relapses, 0), coalesce(g.found, 0)
                        FROM readmodel.area a
                        LEFT JOIN compounds k ON k.code = a.code
                        LEFT JOIN changes g ON g.code = a.code
                        WHERE a.district_code = :district AND a.level = :level AND a.code LIKE :areaPattern
                        ORDER BY a.code""".formatted(code, reach.where())))
                .param("campaign", campaign.campaignId()).param("level", level.name())
                .param("launchedAt", Sql.utc(campaign.launchedAt())).param("until", Sql.utc(until))
                .query((rs, n) -> new AreaFigures(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9)))
                .list();
    }
}
