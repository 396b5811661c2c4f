package org.gridatlas.query.body;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.gridatlas.query.system.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the bodies, their members and evaluations, and cross appointments.
 * Committees come from the compound's rows through the views, so every read
 * of a body answers for them too.
 */
@Repository
class BodyQueries {

    /** A body with how many members and party members sit on it now. */
    record Body(String bodyId, String districtCode, String kind, String areaCode, String name, String companyId,
                String creditCode, LocalDate foundedOn, LocalDate dissolvedOn, List<String> compoundIds, int members,
                int partyMembers, long version) {
    }

    record Member(String memberId, String name, String role, boolean partyMember, String phone, LocalDate appointedOn,
                  LocalDate leftOn) {
    }

    record CompoundServed(String compoundId, String name, String communityCode, String managementMode) {
    }

    record PartyOrganisation(String organisationId, String type, String name, int fullMembers) {
    }

    record Evaluation(String bodyId, String name, String kind, String quarter, int stars, String listing,
                      LocalDate publishedOn) {
    }

    /**
     * A member of a body who holds a post in a party organisation. Current
     * while it has not ended, the member still sits on the body and both the
     * body and the organisation stand.
     */
    record CrossAppointment(String appointmentId, String districtCode, String organisationId, String organisationName,
                            String partyMemberName, String partyPost, String bodyId, String bodyName, String bodyKind,
                            String memberId, String memberRole, LocalDate since, LocalDate endedOn, boolean current,
                            long version) {
    }

    private static final String BODY = """
            SELECT b.body_id, b.district_code, b.kind, b.area_code, b.name, b.company_id, b.credit_code, b.founded_on,
                   b.dissolved_on, b.compound_ids, coalesce(m.members, 0), coalesce(m.party_members, 0), b.version
            FROM readmodel.any_body b
            LEFT JOIN (SELECT body_id, count(*) AS members, count(*) FILTER (WHERE party_member) AS party_members
                       FROM readmodel.any_body_member WHERE left_on IS NULL GROUP BY body_id) m USING (body_id)""";

    private static final String EVALUATION = """
            SELECT e.body_id, b.name, b.kind, e.quarter, e.stars, e.listing, e.published_on
            FROM readmodel.body_evaluation e JOIN readmodel.body b USING (body_id)""";

    /** When a cross appointment counts as current, over {@link #CROSS_APPOINTMENTS}. */
    static final String CURRENT = """
            (x.ended_on IS NULL AND m.left_on IS NULL AND b.body_id IS NOT NULL AND b.dissolved_on IS NULL
             AND p.dissolved_on IS NULL)""";

    /** Cross appointments {@code x} with their organisation {@code p}, body {@code b} and member {@code m}. */
    static final String CROSS_APPOINTMENTS = """
            FROM readmodel.cross_appointment x
            LEFT JOIN readmodel.party_organisation p ON p.organisation_id = x.organisation_id
            LEFT JOIN readmodel.any_body b ON b.body_id = x.body_id
            LEFT JOIN readmodel.any_body_member m ON m.body_id = x.body_id AND m.member_id = x.member_id
            """;

    private static final String CROSS_APPOINTMENT = """
            SELECT x.appointment_id, x.district_code, x.organisation_id, p.name, x.party_member_name, x.party_post,
                   x.body_id, b.name, b.kind, x.member_id, m.role, x.since, x.ended_on, %s, x.version
            """.formatted(CURRENT) + CROSS_APPOINTMENTS;

    private final JdbcClient jdbc;

    BodyQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A district's bodies, of one kind or all; with {@code areaCode}, those that
     * belong to that area or serve a compound in it.
     */
    List<Body> bodies(String districtCode, String kind, String areaCode, boolean includeDissolved) {
        return jdbc.sql(BODY + """
                         WHERE b.district_code = :district
                           AND (CAST(:kind AS text) IS NULL OR b.kind = :kind)
                           AND (CAST(:area AS text) IS NULL OR b.area_code LIKE :area || '%'
                                OR EXISTS (SELECT 1 FROM readmodel.compound c WHERE c.compound_id = ANY(b.compound_ids)
                                           AND c.community_code LIKE :area || '%'))
                           AND (:dissolved OR b.dissolved_on IS NULL)
                        ORDER BY b.kind, b.area_code, b.name, b.body_id""")
                .param("district", districtCode).param("kind", kind).param("area", areaCode)
                .param("dissolved", includeDissolved)
                .query(BodyQueries::body).list();
    }

    Optional<Body> body(String bodyId) {
        return jdbc.sql(BODY + " WHERE b.body_id = :id").param("id", bodyId).query(BodyQueries::body).optional();
    }


    List<Body> departments(String companyId) {
        return jdbc.sql(BODY + " WHERE b.company_id = :id ORDER BY b.name").param("id", companyId)
                .query(BodyQueries::body).list();
    }

    /** Current members first by role, then former ones, each in the order they came. */
    List<Member> members(String bodyId, boolean includeFormer) {
        return jdbc.sql("""
                        SELECT member_id, name, role, party_member, phone, appointed_on, left_on
                        FROM readmodel.any_body_member
                        WHERE body_id = :id AND (:former OR left_on IS NULL)
                        ORDER BY left_on IS NOT NULL, array_position(ARRAY['CHAIR', 'VICE_CHAIR', 'GENERAL_MANAGER',
                                 'PROJECT_MANAGER', 'MEMBER'], role), appointed_on, member_id""")
                .param("id", bodyId).param("former", includeFormer)
                .query((rs, n) -> new Member(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class)))
                .list();
    }

    List<CompoundServed> compounds(List<String> compoundIds) {
        return jdbc.sql("""
                        SELECT compound_id, name, community_code, management_mode FROM readmodel.compound
                        WHERE compound_id = ANY(:ids) ORDER BY name, compound_id""")
                .param("ids", compoundIds.toArray(String[]::new))
                .query((rs, n) -> new CompoundServed(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** The standing party organisations founded in the body, such as a company's branch. */
    List<PartyOrganisation> partyOrganisations(String bodyId) {
        return jdbc.sql("""
                        SELECT organisation_id, type, name, full_members FROM readmodel.party_organisation
                        WHERE body_id = :id AND dissolved_on IS NULL ORDER BY name""")
                .param("id", bodyId)
                .query((rs, n) -> new PartyOrganisation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                .list();
    }

    /** A company's evaluations, the latest quarter first. */
    List<Evaluation> evaluations(String bodyId) {
        return jdbc.sql(EVALUATION + " WHERE e.body_id = :id ORDER BY e.quarter DESC").param("id", bodyId)
                .query(BodyQueries::evaluation).list();
    }

    /** A district's evaluations of one quarter, the best first. */
    List<Evaluation> evaluations(String districtCode, String quarter) {
        return jdbc.sql(EVALUATION + """
                         WHERE e.district_code = :district AND e.quarter = :quarter
                        ORDER BY e.stars DESC, b.name, e.body_id""")
                .param("district", districtCode).param("quarter", quarter)
                .query(BodyQueries::evaluation).list();
    }

    /** The latest quarter the district has published evaluations for. */
    Optional<String> latestQuarter(String districtCode) {
        return jdbc.sql("SELECT max(quarter) FROM readmodel.body_evaluation WHERE district_code = :district")
                .param("district", districtCode).query(String.class).optional();
    }

    List<CrossAppointment> crossAppointments(String districtCode, String bodyId, String organisationId,
                                             boolean includeEnded) {
        return jdbc.sql(CROSS_APPOINTMENT + """
                        WHERE x.district_code = :district
                           AND (CAST(:body AS text) IS NULL OR x.body_id = :body)
                           AND (CAST(:organisation AS text) IS NULL OR x.organisation_id = :organisation)
                           AND (:ended OR %s)
                        ORDER BY x.since, x.appointment_id""".formatted(CURRENT))
                .param("district", districtCode).param("body", bodyId).param("organisation", organisationId)
                .param("ended", includeEnded)
                .query(BodyQueries::crossAppointment).list();
    }

    Optional<CrossAppointment> crossAppointment(String appointmentId) {
        return jdbc.sql(CROSS_APPOINTMENT + "WHERE x.appointment_id = :id").param("id", appointmentId)
                .query(BodyQueries::crossAppointment).optional();
    }

    private static Body body(ResultSet rs, int n) throws SQLException {
        return new Body(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class),
                Sql.strings(rs.getArray(10)), rs.getInt(11), rs.getInt(12), rs.getLong(13));
    }

    private static Evaluation evaluation(ResultSet rs, int n) throws SQLException {
        return new Evaluation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                rs.getString(6), rs.getObject(7, LocalDate.class));
    }

    private static CrossAppointment crossAppointment(ResultSet rs, int n) throws SQLException {
        return new CrossAppointment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getObject(12, LocalDate.class), rs.getObject(13, LocalDate.class), rs.getBoolean(14), rs.getLong(15));
    }
}
