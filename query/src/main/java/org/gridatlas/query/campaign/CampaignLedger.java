package org.gridatlas.query.campaign;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.gridatlas.messages.party.PartyOrganisationType;
import org.gridatlas.query.system.OfficeDates;
import org.gridatlas.query.system.ReadScope;
import org.gridatlas.query.system.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The campaign ledger (台账) as leadership hands it upwards: one row per
 * compound of a campaign's baseline, with its management as the append-only
 * ledger {@code readmodel.management_change} held it at an instant. One
 * query, whatever the number of compounds: the ledger is aggregated per
 * compound in one pass, bodies and party branches are joined as sets.
 */
@Repository
class CampaignLedger {

    /** The transition of a compound's first ledger entry, its state at registration. */
    static final String REGISTERED = "REGISTERED";

    /** One management change since the campaign's launch, on its office day. */
    record Change(LocalDate on, String transition, String mode, String provider) {
    }

    /**
     * A baseline compound as of the instant: its mode and provider are those
     * of the last ledger entry at or before it (none when it was not yet
     * registered); {@code clearedOn}, {@code relapsedOn} are the last
     * clearance and relapse since launch, {@code relapses} how many there were.
     * {@code bodies} are the register's bodies serving it, {@code partyBranches}
     * the standing branches covering it or one of its grids.
     */
    record Row(String subDistrictCode, String subDistrictName, String communityName, String compoundId, String name,
               String address, int households, String strategy, LocalDate plannedDate, String mode, String provider,
               LocalDate clearedOn, LocalDate relapsedOn, int relapses, List<Change> changes, String bodies,
               String partyBranches, String lastRecordedBy, BigDecimal subsidyCommitment) {

        boolean unmanaged() {
            return mode == null || mode.equals("UNMANAGED");
        }
    }

    /** Which compounds: the campaign's baseline, of one area, that the reader may see, as of an instant. */
    record Request(CampaignQueries.Campaign campaign, String areaCode, ReadScope scope, Instant at) {
    }

    /** Party organisations a compound's ledger names as responsible: the branches (支部), not groups or households. */
    private static final String[] BRANCHES = Arrays.stream(PartyOrganisationType.values())
            .filter(PartyOrganisationType::isBranch).map(Enum::name).toArray(String[]::new);

    private final JdbcClient jdbc;

    CampaignLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The name of an area of the district, if it has one. */
    Optional<String> areaName(String districtCode, String areaCode) {
        return jdbc.sql("SELECT a.name FROM readmodel.area a WHERE a.district_code = :district AND a.code = :code")
                .param("district", districtCode).param("code", areaCode).query(String.class).optional();
    }

    /** The rows, by sub-district, community and compound code. */
    List<Row> rows(Request request) {
        CampaignQueries.Campaign campaign = request.campaign();
        String inScope = request.scope().sqlFilter("c.community_code");
        return jdbc.sql("""
                        WITH reach AS (
                            SELECT c.compound_id, c.sub_district_code, c.community_code, c.name, c.address, c.households,
                                   c.clearance_strategy, c.clearance_planned_date, c.subsidy_commitment, c.grid_codes
                            FROM readmodel.compound c
                            WHERE c.compound_id = ANY(:baseline) AND c.district_code = :district
                              AND c.community_code LIKE :area""" + inScope + """
                        ),
                        ledger AS (
                            SELECT m.compound_id,
                                   (array_agg(m.mode ORDER BY m.sequence_number DESC))[1] AS mode,
                                   (array_agg(m.provider ORDER BY m.sequence_number DESC))[1] AS provider,
                                   (array_agg(m.recorded_by ORDER BY m.sequence_number DESC))[1] AS recorded_by,
                                   max((m.recorded_at AT TIME ZONE :zone)::date)
                                       FILTER (WHERE m.transition = 'CLEARED' AND m.recorded_at >= :launched) AS cleared_on,
                                   max((m.recorded_at AT TIME ZONE :zone)::date)
                                       FILTER (WHERE m.transition = 'RELAPSED' AND m.recorded_at >= :launched) AS relapsed_on,
                                   count(*) FILTER (WHERE m.transition = 'RELAPSED' AND m.recorded_at >= :launched) AS relapses,
                                   array_agg(to_char(m.recorded_at AT TIME ZONE :zone, 'YYYY-MM-DD') ORDER BY m.sequence_number)
                                       FILTER (WHERE m.transition <> :registered AND m.recorded_at >= :launched) AS change_days,
                                   array_agg(m.transition ORDER BY m.sequence_number)
                                       FILTER (WHERE m.transition <> :registered AND m.recorded_at >= :launched) AS transitions,
                                   array_agg(m.mode ORDER BY m.sequence_number)
                                       FILTER (WHERE m.transition <> :registered AND m.recorded_at >= :launched) AS modes,
                                   array_agg(coalesce(m.provider, '') ORDER BY m.sequence_number)
                                       FILTER (WHERE m.transition <> :registered AND m.recorded_at >= :launched) AS providers
                            FROM readmodel.management_change m JOIN reach c ON c.compound_id = m.compound_id
                            WHERE m.district_code = :district AND m.recorded_at <= :at
                            GROUP BY m.compound_id),
                        serving AS (
                            SELECT s.compound_id, string_agg(b.name, '、' ORDER BY b.name) AS names
                            FROM readmodel.body b CROSS JOIN LATERAL unnest(b.compound_ids) AS s(compound_id)
                            WHERE b.district_code = :district AND b.founded_on <= :day
                              AND (b.dissolved_on IS NULL OR b.dissolved_on > :day)
                            GROUP BY s.compound_id),
                        branch AS (
                            SELECT p.organisation_id, p.name, p.compound_ids, p.grid_codes
                            FROM readmodel.party_organisation p
                            WHERE p.district_code = :district AND p.type = ANY(:branches) AND p.founded_on <= :day
                              AND (p.dissolved_on IS NULL OR p.dissolved_on > :day)),
                        covering AS (
                            SELECT s.compound_id, o.organisation_id, o.name
                            FROM branch o CROSS JOIN LATERAL unnest(o.compound_ids) AS s(compound_id)
                            UNION
                            SELECT rg.compound_id, o.organisation_id, o.name
                            FROM branch o CROSS JOIN LATERAL unnest(o.grid_codes) AS g(grid_code)
                            JOIN (SELECT r.compound_id, unnest(r.grid_codes) AS grid_code FROM reach r) rg
                              ON rg.grid_code = g.grid_code),
                        party AS (
                            SELECT v.compound_id, string_agg(v.name, '、' ORDER BY v.name) AS names
                            FROM covering v GROUP BY v.compound_id),
                        area AS (
                            SELECT a.code, a.name FROM readmodel.area a WHERE a.district_code = :district)
                        SELECT r.sub_district_code, sd.name, cm.name, r.compound_id, r.name, r.address, r.households,
                               r.clearance_strategy, r.clearance_planned_date, l.mode, l.provider, l.cleared_on,
                               l.relapsed_on, coalesce(l.relapses, 0), l.change_days, l.transitions, l.modes, l.providers,
                               sv.names, p.names, l.recorded_by, r.subsidy_commitment
                        FROM reach r
                        LEFT JOIN ledger l ON l.compound_id = r.compound_id
                        LEFT JOIN serving sv ON sv.compound_id = r.compound_id
                        LEFT JOIN party p ON p.compound_id = r.compound_id
                        LEFT JOIN area sd ON sd.code = r.sub_district_code
                        LEFT JOIN area cm ON cm.code = r.community_code
                        ORDER BY r.sub_district_code, r.community_code, r.compound_id""")
                .param("baseline", Sql.array(campaign.unmanagedAtLaunch()))
                .param("district", campaign.districtCode())
                .param("area", request.areaCode() + "%")
                .param(ReadScope.SQL_PARAMETER, request.scope().sqlPatterns())
                .param("zone", OfficeDates.OFFICE_ZONE.getId())
                .param("launched", Sql.utc(campaign.launchedAt()))
                .param("at", Sql.utc(request.at()))
                .param("day", OfficeDates.dayOf(request.at()))
                .param("registered", REGISTERED)
                .param("branches", BRANCHES)
                .query(CampaignLedger::row)
                .list();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        List<String> days = Sql.strings(rs.getArray(15));
        List<String> transitions = Sql.strings(rs.getArray(16));
        List<String> modes = Sql.strings(rs.getArray(17));
        List<String> providers = Sql.strings(rs.getArray(18));
        List<Change> changes = new ArrayList<>(days.size());
        for (int i = 0; i < days.size(); i++) {
            changes.add(new Change(LocalDate.parse(days.get(i)), transitions.get(i), modes.get(i),
                    providers.get(i).isEmpty() ? null : providers.get(i)));
        }
        return new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getInt(7), rs.getString(8), rs.getObject(9, LocalDate.class), rs.getString(10),
                rs.getString(11), rs.getObject(12, LocalDate.class), rs.getObject(13, LocalDate.class), rs.getInt(14),
                List.copyOf(changes), rs.getString(19), rs.getString(20), rs.getString(21), rs.getBigDecimal(22));
    }
}
