package org.gridatlas.query.party;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.gridatlas.query.system.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads party organisations as the register holds them. */
@Repository
class PartyOrganisationRepository {

    record PartyOrganisation(String organisationId, String districtCode, String type, String name, int fullMembers,
                             LocalDate foundedOn, LocalDate dissolvedOn, List<String> compoundIds,
                             List<String> gridCodes, String bodyId, long version) {
    }

    private static final String SELECT = """
            SELECT organisation_id, district_code, type, name, full_members, founded_on, dissolved_on,
                   compound_ids, grid_codes, body_id, version
            FROM readmodel.party_organisation""";

    private final JdbcClient jdbc;

    PartyOrganisationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A district's organisations of one type or all, the dissolved ones only when asked for. */
    List<PartyOrganisation> organisations(String districtCode, String type, boolean includeDissolved) {
        return jdbc.sql(SELECT + """
                         WHERE district_code = :district
                           AND (CAST(:type AS text) IS NULL OR type = :type)
                           AND (:dissolved OR dissolved_on IS NULL)
                        ORDER BY type, name""")
                .param("district", districtCode).param("type", type).param("dissolved", includeDissolved)
                .query(PartyOrganisationRepository::row).list();
    }

    Optional<PartyOrganisation> organisation(String organisationId) {
        return jdbc.sql(SELECT + " WHERE organisation_id = :id").param("id", organisationId)
                .query(PartyOrganisationRepository::row).optional();
    }

    private static PartyOrganisation row(ResultSet rs, int n) throws SQLException {
        return new PartyOrganisation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), Sql.strings(rs.getArray(8)),
                Sql.strings(rs.getArray(9)), rs.getString(10), rs.getLong(11));
    }
}
