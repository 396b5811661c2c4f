package org.gridatlas.query.body;

import java.util.function.Supplier;

import org.gridatlas.query.system.AsOf;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The body statistics for {@code statistics.StatisticsBench}, which cannot see the package's repository. */
public final class BodyBench {

    private BodyBench() {
    }

    /** {@code GET /api/statistics/bodies}' queries for one district. */
    public static Supplier<?> bodyFigures(JdbcClient jdbc, String districtCode) {
        BodyStatisticsRepository repository = new BodyStatisticsRepository(jdbc);
        return () -> repository.bodyFigures(districtCode, AsOf.NOW);
    }
}
