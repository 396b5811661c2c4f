package org.gridatlas.query.campaign;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.gridatlas.messages.area.AreaLevel;
import org.gridatlas.query.system.AsOf;
import org.gridatlas.query.system.ReadScope;
import org.gridatlas.query.system.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Campaign rows, and counts over the compound ledger to measure them by. */
@Repository
class CampaignQueries {

    record Milestone(LocalDate due, int maxUnmanaged, String label) {
    }

    record Campaign(String campaignId, String districtCode, String areaCode, AreaLevel areaLevel, String areaName,
                    String name, LocalDate launchedOn, Instant launchedAt, LocalDate targetDate,
                    List<Milestone> milestones, int compoundsAtLaunch, List<String> unmanagedAtLaunch,
                    LocalDate closedOn, long version) {
    }

    /**
     * The compounds a figure counts: those of one area of a district (the
     * campaign's) that the reader may see. Its condition is on the compound
     * table as {@code c}; the ledger is joined to it, so a ledger figure keeps
     * to the same compounds.
     */
    record Reach(String districtCode, String areaCode, ReadScope scope, AsOf asOf) {

        Reach(String districtCode, String areaCode, ReadScope scope) {
            this(districtCode, areaCode, scope, AsOf.NOW);
        }

        /** The query over the compounds as they were at the instant counted. */
        String sql(String query) {
            return asOf.sql(query);
        }

        String where() {
            return "c.district_code = :district AND c.community_code LIKE :areaPattern" + scope.sqlFilter("c.community_code");
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql) {
            return asOf.bind(sql).param("district", districtCode).param("areaPattern", areaCode + "%")
                    .param(ReadScope.SQL_PARAMETER, scope.sqlPatterns());
        }
    }

    /** Of a list of compounds: how many the reader may see, and how many of those are unmanaged now. */
    record Baseline(int seen, int stillUnmanaged) {
    }

    /** Figures of a district's open campaigns together, each compound counted once. */
    record Union(int baseline, int baselineCleared, int baselineStillUnmanaged, int inSeveralBaselines,
                 int sumOfBaselines, int unmanagedNow) {
    }

    private static final String SELECT = """
            SELECT c.campaign_id, c.district_code, c.area_code, c.area_level, a.name, c.name, c.launched_on,
                   c.launched_at, c.target_date, c.milestones::text, c.compounds_at_launch, c.unmanaged_at_launch,
                   c.closed_on, c.version
            FROM readmodel.campaign c LEFT JOIN readmodel.area a ON a.code = c.area_code""";

    /** Ledger rows of the compounds a {@link Reach} counts; a condition on the rows follows. */
    private static final String LEDGER = " FROM readmodel.management_change m"
            + " JOIN readmodel.compound c ON c.compound_id = m.compound_id WHERE m.district_code = :district AND ";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CampaignQueries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The campaign as it stood at the instant: none before it was launched. */
    Optional<Campaign> campaign(String campaignId, AsOf asOf) {
        return asOf.bind(jdbc.sql(asOf.sql(SELECT + " WHERE c.campaign_id = :id"))).param("id", campaignId)
                .query(this::row).optional();
    }

    /** The district's campaigns, of every level, oldest first; only those for {@code areaCode} when it is given. */
    List<Campaign> ofDistrict(String districtCode, String areaCode, AsOf asOf) {
        return asOf.bind(jdbc.sql(asOf.sql(SELECT + " WHERE c.district_code = :district"
                        + " AND (CAST(:area AS text) IS NULL OR c.area_code = :area) ORDER BY c.launched_at, c.campaign_id")))
                .param("district", districtCode).param("area", areaCode).query(this::row).list();
    }

    /** Compounds of the reach registered by {@code instant}. */
    int compoundsAt(Reach reach, Instant instant) {
        return reach.bind(jdbc.sql(reach.sql("SELECT count(*) FROM readmodel.compound c WHERE " + reach.where()
                        + " AND c.registered_at <= :at")))
                .param("at", Sql.utc(instant)).query(Integer.class).single();
    }

    /** Unmanaged compounds of the reach now. */
    int unmanagedNow(Reach reach) {
        return reach.bind(jdbc.sql(reach.sql("SELECT count(*) FROM readmodel.compound c WHERE " + reach.where()
                        + " AND c.management_mode = 'UNMANAGED'")))
                .query(Integer.class).single();
    }

    /** Unmanaged compounds of the reach as the ledger stood just before {@code instant}. */
    int unmanagedAt(Reach reach, Instant instant) {
        return reach.bind(jdbc.sql(reach.sql("SELECT count(*) FROM (SELECT DISTINCT ON (m.compound_id) m.mode" + LEDGER
                        + reach.where() + " AND m.recorded_at < :at ORDER BY m.compound_id, m.sequence_number DESC) latest"
                        + " WHERE mode = 'UNMANAGED'")))
                .param("at", Sql.utc(instant))
                .query(Integer.class).single();
    }

    /** How many of {@code compoundIds} the reader may see, and how many of those are unmanaged now. */
    Baseline baseline(List<String> compoundIds, ReadScope scope, AsOf asOf) {
        return asOf.bind(jdbc.sql(asOf.sql("""
                        SELECT count(*), count(*) FILTER (WHERE c.management_mode = 'UNMANAGED')
                        FROM readmodel.compound c WHERE c.compound_id = ANY(:ids)
                        """ + scope.sqlFilter("c.community_code"))))
                .param("ids", Sql.array(compoundIds)).param(ReadScope.SQL_PARAMETER, scope.sqlPatterns())
                .query((rs, n) -> new Baseline(rs.getInt(1), rs.getInt(2))).single();
    }

    /** Ledger entries of one kind (CLEARED, RELAPSED, REGISTERED ...) of the reach in [from, to). */
    int transitions(Reach reach, String transition, Instant from, Instant to) {
        return reach.bind(jdbc.sql(reach.sql("SELECT count(*)" + LEDGER + reach.where()
                        + " AND m.transition = :transition AND m.recorded_at >= :from AND m.recorded_at < :to")))
                .param("transition", transition).param("from", Sql.utc(from)).param("to", Sql.utc(to))
                .query(Integer.class).single();
    }

    /** Compounds of the reach registered unmanaged in [from, to): found during the campaign, not in its baseline. */
    int registeredUnmanaged(Reach reach, Instant from, Instant to) {
        return reach.bind(jdbc.sql(reach.sql("SELECT count(*)" + LEDGER + reach.where()
                        + " AND m.transition = 'REGISTERED' AND m.mode = 'UNMANAGED'"
                        + " AND m.recorded_at >= :from AND m.recorded_at < :to")))
                .param("from", Sql.utc(from)).param("to", Sql.utc(to))
                .query(Integer.class).single();
    }

    /**
     * The district's open campaigns as one: their baselines as a set (a
     * compound in the district's baseline and a sub-district's counts once),
     * and the compounds unmanaged now in any of their areas, within the scope.
     */
    Union openCampaignsOf(String districtCode, ReadScope scope, AsOf asOf) {
        String inScope = scope.sqlFilter("c.community_code");
        return asOf.bind(jdbc.sql(asOf.sql("""
                        WITH open_campaign AS (
                            SELECT k.area_code, k.unmanaged_at_launch FROM readmodel.campaign k
                            WHERE k.district_code = :district AND k.closed_on IS NULL),
                        baseline AS (
                            SELECT b.compound_id, count(*) AS campaigns
                            FROM open_campaign o CROSS JOIN LATERAL unnest(o.unmanaged_at_launch) AS b(compound_id)
                            GROUP BY b.compound_id),
                        figures AS (
                            SELECT count(*) AS baseline,
                                   count(*) FILTER (WHERE c.management_mode <> 'UNMANAGED') AS cleared,
                                   count(*) FILTER (WHERE c.management_mode = 'UNMANAGED') AS still,
                                   count(*) FILTER (WHERE b.campaigns > 1) AS several,
                                   coalesce(sum(b.campaigns), 0) AS summed
                            FROM baseline b JOIN readmodel.compound c ON c.compound_id = b.compound_id
                            WHERE c.district_code = :district
                        """ + inScope + """
                        )
                        SELECT f.baseline, f.cleared, f.still, f.several, f.summed,
                               (SELECT count(*) FROM readmodel.compound c
                                WHERE c.district_code = :district AND c.management_mode = 'UNMANAGED'
                        """ + inScope + """
                                  AND EXISTS (SELECT 1 FROM open_campaign o WHERE c.community_code LIKE o.area_code || '%'))
                        FROM figures f""")))
                .param("district", districtCode).param(ReadScope.SQL_PARAMETER, scope.sqlPatterns())
                .query((rs, n) -> new Union(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        rs.getInt(6)))
                .single();
    }

    private Campaign row(ResultSet rs, int n) throws SQLException {
        return new Campaign(rs.getString(1), rs.getString(2), rs.getString(3), AreaLevel.valueOf(rs.getString(4)),
                rs.getString(5),
                rs.getString(6), rs.getObject(7, LocalDate.class), rs.getTimestamp(8).toInstant(),
                rs.getObject(9, LocalDate.class),
                json.readValue(rs.getString(10), new TypeReference<List<Milestone>>() { }),
                rs.getInt(11), Sql.strings(rs.getArray(12)), rs.getObject(13, LocalDate.class), rs.getLong(14));
    }
}
