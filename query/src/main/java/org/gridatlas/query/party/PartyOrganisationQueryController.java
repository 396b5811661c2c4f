package org.gridatlas.query.party;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.gridatlas.query.system.NotFound;
import org.gridatlas.query.system.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/party-organisations")
@Tag(name = "Party organisations (党组织)")
class PartyOrganisationQueryController {

    record PartyOrganisation(String organisationId, String districtCode, String type, String name, int fullMembers,
                             LocalDate foundedOn, LocalDate dissolvedOn, List<String> compoundIds,
                             List<String> gridCodes, String bodyId, long version) {
    }

    private static final String SELECT = """
            SELECT organisation_id, district_code, type, name, full_members, founded_on, dissolved_on,
                   compound_ids, grid_codes, body_id, version
            FROM readmodel.party_organisation""";

    private final JdbcClient jdbc;

    PartyOrganisationQueryController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Operation(summary = "A district's party organisations, optionally of one kind, dissolved ones on request")
    @GetMapping
    List<PartyOrganisation> list(@RequestParam String districtCode,
                                 @Parameter(description = "COMPOUND_BRANCH, GRID_BRANCH, ... or none for all")
                                 @RequestParam(required = false) String type,
                                 @RequestParam(defaultValue = "false") boolean includeDissolved) {
        return jdbc.sql(SELECT + """
                         WHERE district_code = :district
                           AND (CAST(:type AS text) IS NULL OR type = :type)
                           AND (:dissolved OR dissolved_on IS NULL)
                        ORDER BY type, name""")
                .param("district", districtCode).param("type", type).param("dissolved", includeDissolved)
                .query(PartyOrganisationQueryController::row).list();
    }

    @Operation(summary = "One party organisation")
    @GetMapping("/{organisationId}")
    PartyOrganisation one(@PathVariable String organisationId) {
        return jdbc.sql(SELECT + " WHERE organisation_id = :id").param("id", organisationId)
                .query(PartyOrganisationQueryController::row).optional()
                .orElseThrow(() -> NotFound.of("party organisation", organisationId));
    }

    private static PartyOrganisation row(ResultSet rs, int n) throws SQLException {
        return new PartyOrganisation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), Sql.strings(rs.getArray(8)),
                Sql.strings(rs.getArray(9)), rs.getString(10), rs.getLong(11));
    }
}
