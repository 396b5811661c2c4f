package org.gridatlas.query.campaign;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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

    record Campaign(String campaignId, String districtCode, String name, LocalDate launchedOn, Instant launchedAt,
                    LocalDate targetDate, List<Milestone> milestones, int compoundsAtLaunch,
                    List<String> unmanagedAtLaunch, LocalDate closedOn, long version) {
    }

    private static final String SELECT = """
            SELECT campaign_id, district_code, name, launched_on, launched_at, target_date, milestones::text,
                   compounds_at_launch, unmanaged_at_launch, closed_on, version
            FROM readmodel.campaign""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CampaignQueries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Campaign> campaign(String campaignId) {
        return jdbc.sql(SELECT + " WHERE campaign_id = :id").param("id", campaignId).query(this::row).optional();
    }

    List<Campaign> ofDistrict(String districtCode) {
        return jdbc.sql(SELECT + " WHERE district_code = :district ORDER BY launched_at")
                .param("district", districtCode).query(this::row).list();
    }

    /** Unmanaged compounds of the district now. */
    int unmanagedNow(String districtCode) {
        return jdbc.sql("SELECT count(*) FROM readmodel.compound WHERE district_code = :district AND management_mode = 'UNMANAGED'")
                .param("district", districtCode).query(Integer.class).single();
    }

    /** Unmanaged compounds of the district as the ledger stood just before {@code instant}. */
    int unmanagedAt(String districtCode, Instant instant) {
        return jdbc.sql("""
                        SELECT count(*) FROM (
                            SELECT DISTINCT ON (compound_id) mode
                            FROM readmodel.management_change
                            WHERE district_code = :district AND recorded_at < :at
                            ORDER BY compound_id, sequence_number DESC) latest
                        WHERE mode = 'UNMANAGED'""")
                .param("district", districtCode).param("at", Sql.utc(instant))
                .query(Integer.class).single();
    }

    /** How many of {@code compoundIds} are unmanaged now. */
    int stillUnmanaged(List<String> compoundIds) {
        return jdbc.sql("""
                        SELECT count(*) FROM readmodel.compound
                        WHERE compound_id = ANY(:ids) AND management_mode = 'UNMANAGED'""")
                .param("ids", Sql.array(compoundIds)).query(Integer.class).single();
    }

    /** Ledger entries of one kind (CLEARED, RELAPSED, REGISTERED ...) of the district in [from, to). */
    int transitions(String districtCode, String transition, Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT count(*) FROM readmodel.management_change
                        WHERE district_code = :district AND transition = :transition
                          AND recorded_at >= :from AND recorded_at < :to""")
                .param("district", districtCode).param("transition", transition)
                .param("from", Sql.utc(from)).param("to", Sql.utc(to))
                .query(Integer.class).single();
    }

    /** Compounds registered unmanaged in [from, to): found during the campaign, not in its baseline. */
    int registeredUnmanaged(String districtCode, Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT count(*) FROM readmodel.management_change
                        WHERE district_code = :district AND transition = 'REGISTERED' AND mode = 'UNMANAGED'
                          AND recorded_at >= :from AND recorded_at < :to""")
                .param("district", districtCode).param("from", Sql.utc(from)).param("to", Sql.utc(to))
                .query(Integer.class).single();
    }

    private Campaign row(ResultSet rs, int n) throws SQLException {
        return new Campaign(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                rs.getTimestamp(5).toInstant(), rs.getObject(6, LocalDate.class),
                json.readValue(rs.getString(7), new TypeReference<List<Milestone>>() { }),
                rs.getInt(8), Sql.strings(rs.getArray(9)), rs.getObject(10, LocalDate.class), rs.getLong(11));
    }
}
