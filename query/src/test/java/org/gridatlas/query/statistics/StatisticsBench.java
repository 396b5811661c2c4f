package org.gridatlas.query.statistics;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.flywaydb.core.Flyway;
import org.gridatlas.messages.complaint.ReportingPeriod;
import org.gridatlas.query.body.BodyBench;
import org.gridatlas.query.campaign.CampaignBench;
import org.gridatlas.query.system.ReadScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Medians of the repository's statistics queries on a bench database, beside
 * the plainest SQL that sums the same rows, over one connection in one JVM,
 * so the ratio is what the repository adds and nothing else. Run by
 * {@code bench/statistics.sh}, never by the build (no test in the name).
 *
 * <pre>java … StatisticsBench migrate URL
 * java … StatisticsBench measure URL RUNS BIG_DISTRICT TYPICAL_DISTRICT</pre>
 */
public final class StatisticsBench {

    /** A district office's sums written by hand: one GROUP BY over the district's compounds, per community. */
    private static final String RAW = """
            SELECT community_code, count(*), count(*) FILTER (WHERE management_mode = 'UNMANAGED'),
                   sum(buildings), sum(units), sum(households), sum(floor_area)
            FROM readmodel.compound WHERE district_code = :district GROUP BY community_code""";

    /** Problems found up to a period's end per community, joined to their resolutions in the period. */
    private static final String RAW_PROBLEMS = """
            SELECT p.community_code, count(*), count(r.problem_id)
            FROM readmodel.problem p
            LEFT JOIN readmodel.problem_resolution r ON r.problem_id = p.problem_id AND r.resolved_on BETWEEN :from AND :to
            WHERE p.district_code = :district AND p.found_on <= :to GROUP BY 1""";

    /** Standing bodies per area and kind with their current members. */
    private static final String RAW_BODIES = """
            SELECT b.area_code, b.kind, count(DISTINCT b.body_id), count(m.member_id)
            FROM readmodel.body b LEFT JOIN readmodel.body_member m ON m.body_id = b.body_id AND m.left_on IS NULL
            WHERE b.district_code = :district AND b.dissolved_on IS NULL GROUP BY 1, 2""";

    /** The open campaigns' baselines as one set, counted by their compounds' mode now. */
    private static final String RAW_CAMPAIGNS = """
            SELECT count(*), count(*) FILTER (WHERE c.management_mode = 'UNMANAGED') FROM readmodel.compound c
            WHERE c.compound_id IN (SELECT unnest(unmanaged_at_launch) FROM readmodel.campaign
                                    WHERE district_code = :district AND closed_on IS NULL)""";

    /** Each baseline compound's last ledger entry: the as-of part of the ledger workbook, written plainly. */
    private static final String RAW_LEDGER = """
            SELECT DISTINCT ON (m.compound_id) m.compound_id, m.mode, m.provider FROM readmodel.management_change m
            WHERE m.district_code = :district AND m.compound_id IN (
                SELECT unnest(unmanaged_at_launch) FROM readmodel.campaign WHERE campaign_id = :campaign)
            ORDER BY m.compound_id, m.sequence_number DESC""";

    private StatisticsBench() {
    }

    public static void main(String[] args) throws SQLException {
        if (args[0].equals("migrate")) {
            // The projection tables only: Axon's token table (V1) is the application's, and nothing here tracks events.
            Flyway.configure().dataSource(args[1], null, null).schemas("readmodel").createSchemas(true)
                    .locations("classpath:db/readmodel").load().migrate();
            return;
        }
        SingleConnectionDataSource connection = new SingleConnectionDataSource(args[1], true);
        try (Connection c = connection.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET max_parallel_workers_per_gather = 0"); // as the service's pool sets it
        }
        JdbcClient jdbc = JdbcClient.create(connection);
        StatisticsRepository statistics = new StatisticsRepository(jdbc);
        int runs = Integer.parseInt(args[2]);
        String big = args[3];
        String typical = args[4];
        String subDistrict = big + "001";
        ReadScope subDistrictPlanner = new ReadScope(List.of(subDistrict));

        List<String[]> lines = new ArrayList<>();
        for (String district : new String[] {typical, big}) {
            int compounds = statistics.compoundFigures(new CountedArea(district, null, ReadScope.EVERYTHING)).compounds();
            double raw = median(runs, () -> jdbc.sql(RAW).param("district", district).query().listOfRows());
            lines.add(line("district " + district + " (" + compounds + " compounds): raw GROUP BY community", raw, raw));
            lines.add(line("  compoundFigures, whole district",
                    median(runs, () -> statistics.compoundFigures(new CountedArea(district, null, ReadScope.EVERYTHING))), raw));
            lines.add(line("  partyFigures, whole district",
                    median(runs, () -> statistics.partyFigures(new CountedArea(district, null, ReadScope.EVERYTHING))), raw));
            lines.add(line("  governance, whole district",
                    median(runs, () -> statistics.governance(new CountedArea(district, null, ReadScope.EVERYTHING))), raw));
        }
        double raw = median(runs, () -> jdbc.sql(RAW).param("district", big).query().listOfRows());
        lines.add(line("district " + big + ", its sub-district " + subDistrict + ":", Double.NaN, raw));
        lines.add(line("  compoundFigures, areaCode=" + subDistrict,
                median(runs, () -> statistics.compoundFigures(new CountedArea(big, subDistrict, ReadScope.EVERYTHING))), raw));
        lines.add(line("  compoundFigures, read scope " + subDistrict,
                median(runs, () -> statistics.compoundFigures(new CountedArea(big, null, subDistrictPlanner))), raw));
        lines.add(line("  partyFigures, read scope " + subDistrict,
                median(runs, () -> statistics.partyFigures(new CountedArea(big, null, subDistrictPlanner))), raw));
        lines.add(line("  governance, read scope " + subDistrict,
                median(runs, () -> statistics.governance(new CountedArea(big, null, subDistrictPlanner))), raw));

        serviceQuality(jdbc, runs, new String[] {typical, big}, subDistrictPlanner, lines);

        System.out.printf(Locale.ROOT, "medians of %d runs after %d warm-up runs; ratio to the raw query of the same district%n",
                runs, runs / 5);
        for (String[] l : lines) {
            System.out.printf(Locale.ROOT, "%-62s %9s %8s%n", (Object[]) l);
        }
        connection.destroy();
    }

    /** Service quality, bodies and the campaign summary (bench/service-fill.sql), each beside its raw query. */
    private static void serviceQuality(JdbcClient jdbc, int runs, String[] districts, ReadScope subDistrictPlanner,
                                       List<String[]> lines) {
        ServiceQualityFigures figures = new ServiceQualityFigures(jdbc);
        for (String district : districts) {
            for (String asked : new String[] {"2026-10", "2026-Q3", "2026"}) {
                ReportingPeriod period = ReportingPeriod.parse(asked);
                double raw = median(runs, () -> jdbc.sql(RAW_PROBLEMS).param("district", district)
                        .param("from", period.firstDay()).param("to", period.lastDay()).query().listOfRows());
                lines.add(line("district " + district + " period " + asked + ": raw problems ⋈ resolutions", raw, raw));
                lines.add(line("  service quality, whole district",
                        median(runs, () -> figures.of(district, period, ReadScope.EVERYTHING)), raw));
                if (subDistrictPlanner.areaPrefixes().get(0).startsWith(district)) {
                    lines.add(line("  service quality, read scope " + subDistrictPlanner.areaPrefixes().get(0),
                            median(runs, () -> figures.of(district, period, subDistrictPlanner)), raw));
                }
            }
        }
        String big = districts[1];
        double raw = median(runs, () -> jdbc.sql(RAW_BODIES).param("district", big).query().listOfRows());
        lines.add(line("district " + big + ": raw bodies ⋈ members", raw, raw));
        lines.add(line("  body statistics", median(runs, BodyBench.bodyFigures(jdbc, big)), raw));
        raw = median(runs, () -> jdbc.sql(RAW_CAMPAIGNS).param("district", big).query().listOfRows());
        lines.add(line("district " + big + ": raw union of open baselines", raw, raw));
        lines.add(line("  campaign summary", median(runs, CampaignBench.summary(jdbc, big, ReadScope.EVERYTHING)), raw));
        lines.add(line("  campaign summary, read scope " + subDistrictPlanner.areaPrefixes().get(0),
                median(runs, CampaignBench.summary(jdbc, big, subDistrictPlanner)), raw));
        String campaign = big + "-campaign";
        raw = median(runs, () -> jdbc.sql(RAW_LEDGER).param("district", big).param("campaign", campaign).query().listOfRows());
        lines.add(line("district " + big + ": raw last ledger entry per baseline compound", raw, raw));
        lines.add(line("  ledger workbook rows, whole district",
                median(runs, CampaignBench.ledgerRows(jdbc, campaign, big, ReadScope.EVERYTHING)), raw));
        lines.add(line("  ledger workbook rows, areaCode " + big + "001",
                median(runs, CampaignBench.ledgerRows(jdbc, campaign, big + "001", ReadScope.EVERYTHING)), raw));
        lines.add(line("  ledger workbook rows, read scope " + subDistrictPlanner.areaPrefixes().get(0),
                median(runs, CampaignBench.ledgerRows(jdbc, campaign, big, subDistrictPlanner)), raw));
        int few = Math.max(1, runs / 10);
        lines.add(line("  writing the workbook of those rows (" + few + " runs)",
                median(few, CampaignBench.ledgerWorkbook(jdbc, campaign, 0)), raw));
        lines.add(line("  writing a workbook of 100,000 rows (" + few + " runs)",
                median(few, CampaignBench.ledgerWorkbook(jdbc, campaign, 100_000)), raw));
    }

    private static String[] line(String what, double ms, double raw) {
        return Double.isNaN(ms) ? new String[] {what, "", ""}
                : new String[] {what, String.format(Locale.ROOT, "%.2f ms", ms), String.format(Locale.ROOT, "%.1f×", ms / raw)};
    }

    /** Milliseconds, the median of {@code runs} after a fifth as many warm-up runs. */
    static double median(int runs, Supplier<?> query) {
        for (int i = 0; i < runs / 5; i++) {
            query.get();
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            query.get();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return runs % 2 == 1 ? times[runs / 2] : (times[runs / 2 - 1] + times[runs / 2]) / 2;
    }
}
