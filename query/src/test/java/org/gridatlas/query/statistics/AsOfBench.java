package org.gridatlas.query.statistics;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Locale;

import org.gridatlas.geodata.geometry.BoundingBox;
import org.gridatlas.query.compound.CompoundLayerBench;
import org.gridatlas.query.system.AsOf;
import org.gridatlas.query.system.ReadScope;
import org.gridatlas.query.system.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Medians of the as-of queries on the bench read model with a year of
 * history (bench/asof.sh): a district's compound figures and a map page of
 * about 1,000 compounds, each for now and as of a past instant, beside the
 * plainest SQL doing the same work on the current table and on the history,
 * over one connection in one JVM. Never run by the build (no test in the name).
 *
 * <pre>java … AsOfBench URL RUNS DISTRICT MIN_LON,MIN_LAT,MAX_LON,MAX_LAT</pre>
 */
public final class AsOfBench {

    private static final String RAW_NOW = """
            SELECT community_code, count(*), count(*) FILTER (WHERE management_mode = 'UNMANAGED'),
                   sum(buildings), sum(units), sum(households), sum(floor_area)
            FROM readmodel.compound WHERE district_code = :district GROUP BY community_code""";

    private static final String RAW_AS_OF = """
            SELECT community_code, count(*), count(*) FILTER (WHERE management_mode = 'UNMANAGED'),
                   sum(buildings), sum(units), sum(households), sum(floor_area)
            FROM readmodel.compound_history
            WHERE district_code = :district AND valid_from <= :at AND (valid_to IS NULL OR valid_to > :at)
            GROUP BY community_code""";

    private static final String RAW_MAP_NOW = """
            SELECT json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(json_build_object(
                'type', 'Feature', 'id', compound_id, 'geometry', ST_AsGeoJSON(boundary, 7)::json,
                'properties', json_build_object('name', name, 'managementMode', management_mode))), '[]'))::text
            FROM readmodel.compound
            WHERE boundary && ST_MakeEnvelope(:minLon, :minLat, :maxLon, :maxLat, 4326)""";

    private static final String RAW_MAP_AS_OF = """
            SELECT json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(json_build_object(
                'type', 'Feature', 'id', compound_id, 'geometry', ST_AsGeoJSON(boundary, 7)::json,
                'properties', json_build_object('name', name, 'managementMode', management_mode))), '[]'))::text
            FROM readmodel.compound_history
            WHERE boundary && ST_MakeEnvelope(:minLon, :minLat, :maxLon, :maxLat, 4326)
              AND valid_from <= :at AND (valid_to IS NULL OR valid_to > :at)""";

    private AsOfBench() {
    }

    public static void main(String[] args) throws SQLException {
        SingleConnectionDataSource connection = new SingleConnectionDataSource(args[0], true);
        try (Connection c = connection.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET max_parallel_workers_per_gather = 0"); // as the service's pool sets it
        }
        JdbcClient jdbc = JdbcClient.create(connection);
        int runs = Integer.parseInt(args[1]);
        String district = args[2];
        BoundingBox box = BoundingBox.parse(args[3], "bbox");
        AsOf past = AsOf.parse("2026-06-30");
        Instant at = past.instant();
        StatisticsRepository statistics = new StatisticsRepository(jdbc);
        CountedArea now = new CountedArea(district, null, ReadScope.EVERYTHING);
        CountedArea then = new CountedArea(district, null, ReadScope.EVERYTHING, past);

        int compoundsNow = statistics.compoundFigures(now).compounds();
        int unmanagedNow = statistics.compoundFigures(now).unmanaged();
        int unmanagedThen = statistics.compoundFigures(then).unmanaged();
        long versions = jdbc.sql("SELECT count(*) FROM readmodel.compound_history").query(Long.class).single();
        long compounds = jdbc.sql("SELECT count(*) FROM readmodel.compound").query(Long.class).single();
        int features = jdbc.sql("SELECT count(*) FROM readmodel.compound WHERE boundary && "
                        + "ST_MakeEnvelope(:minLon, :minLat, :maxLon, :maxLat, 4326)")
                .param("minLon", box.minLon()).param("minLat", box.minLat()).param("maxLon", box.maxLon())
                .param("maxLat", box.maxLat()).query(Integer.class).single();
        System.out.printf(Locale.ROOT, "%,d compounds with %,d versions (%.1f each); district %s: %,d compounds, "
                        + "unmanaged %,d now and %,d as of %s; map window of %,d compounds%n",
                compounds, versions, (double) versions / compounds, district, compoundsNow, unmanagedNow, unmanagedThen,
                at, features);

        double rawNow = StatisticsBench.median(runs, () -> jdbc.sql(RAW_NOW).param("district", district).query().listOfRows());
        double rawThen = StatisticsBench.median(runs, () -> jdbc.sql(RAW_AS_OF).param("district", district)
                .param("at", Sql.utc(at)).query().listOfRows());
        double figuresNow = StatisticsBench.median(runs, () -> statistics.compoundFigures(now));
        double figuresThen = StatisticsBench.median(runs, () -> statistics.compoundFigures(then));
        double mapRawNow = StatisticsBench.median(runs, () -> bind(jdbc.sql(RAW_MAP_NOW), box).query(String.class).single());
        double mapRawThen = StatisticsBench.median(runs, () -> bind(jdbc.sql(RAW_MAP_AS_OF), box).param("at", Sql.utc(at))
                .query(String.class).single());
        double mapNow = StatisticsBench.median(runs, CompoundLayerBench.layer(jdbc, box, AsOf.NOW));
        double mapThen = StatisticsBench.median(runs, CompoundLayerBench.layer(jdbc, box, past));

        System.out.printf(Locale.ROOT, "medians of %d runs after %d warm-up runs%n", runs, runs / 5);
        System.out.printf(Locale.ROOT, "%-44s %10s %10s %9s%n", "", "now", "as of", "as of/now");
        row("raw GROUP BY community (table / history)", rawNow, rawThen);
        row("compound figures (StatisticsRepository)", figuresNow, figuresThen);
        System.out.printf(Locale.ROOT, "%-44s %9.1f× %9.1f×%n", "  figures / raw of the same instant",
                figuresNow / rawNow, figuresThen / rawThen);
        row("raw map page (ST_AsGeoJSON + json_agg)", mapRawNow, mapRawThen);
        row("map page (CompoundGeoJson)", mapNow, mapThen);
        System.out.printf(Locale.ROOT, "%-44s %9.1f× %9.1f×%n", "  map page / raw of the same instant",
                mapNow / mapRawNow, mapThen / mapRawThen);
        connection.destroy();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, BoundingBox box) {
        return sql.param("minLon", box.minLon()).param("minLat", box.minLat())
                .param("maxLon", box.maxLon()).param("maxLat", box.maxLat());
    }

    private static void row(String what, double now, double then) {
        System.out.printf(Locale.ROOT, "%-44s %7.2f ms %7.2f ms %8.2f×%n", what, now, then, then / now);
    }
}
