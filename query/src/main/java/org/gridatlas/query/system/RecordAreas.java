package org.gridatlas.query.system;

import java.util.Optional;

import org.gridatlas.messages.governance.Committee;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where a record named by its own id lies, so that a read of it can be held
 * to the reader's {@link ReadScope}: a compound's, problem's or meeting's
 * community, a party organisation's district, a campaign's area, a complaint
 * figure's area, a body's own area (a committee's is its compound's
 * community), a cross appointment's district.
 */
@Component
public class RecordAreas {

    private final JdbcClient jdbc;

    RecordAreas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The area code of the record with this id, if there is one. */
    public Optional<String> areaOf(String recordId) {
        // a compound's committee lies where its compound lies
        String id = Committee.of(recordId).flatMap(c -> c.compoundOf(recordId)).orElse(recordId);
        return jdbc.sql("""
                        SELECT community_code FROM readmodel.compound WHERE compound_id = :id
                        UNION ALL SELECT district_code FROM readmodel.party_organisation WHERE organisation_id = :id
                        UNION ALL SELECT area_code FROM readmodel.campaign WHERE campaign_id = :id
                        UNION ALL SELECT community_code FROM readmodel.problem WHERE problem_id = :id
                        UNION ALL SELECT community_code FROM readmodel.meeting WHERE meeting_id = :id
                        UNION ALL SELECT area_code FROM readmodel.complaint_figure WHERE figure_id = :id
                        UNION ALL SELECT area_code FROM readmodel.body WHERE body_id = :id
                        UNION ALL SELECT district_code FROM readmodel.cross_appointment WHERE appointment_id = :id
                        LIMIT 1""")
                .param("id", id).query(String.class).optional();
    }
}
