package org.gridatlas.query.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.gridatlas.query.system.ReadScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads meetings as JSON, written by PostgreSQL: their participants are stored as JSON already. */
@Repository
class MeetingRecords {

    private static final String MEETING = """
            json_build_object(
                'meetingId', m.meeting_id, 'districtCode', m.district_code, 'subDistrictCode', m.sub_district_code,
                'communityCode', m.community_code, 'kind', m.kind, 'heldOn', m.held_on, 'subject', m.subject,
                'place', json_build_object('name', m.place_name, 'location', ST_AsGeoJSON(m.place_location, 7)::json),
                'participants', m.participants, 'problemIds', to_json(m.problem_ids),
                'problemsSettled', (SELECT count(*) FROM readmodel.problem p WHERE p.meeting_id = m.meeting_id),
                'version', m.version)::text
            """;

    private final JdbcClient jdbc;

    MeetingRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The district's meetings in the reader's scope, newest first, between two days when given. */
    List<String> ofDistrict(String districtCode, LocalDate from, LocalDate to, ReadScope scope) {
        return jdbc.sql("SELECT " + MEETING + """
                         FROM readmodel.meeting m
                        WHERE m.district_code = :district
                          AND (CAST(:from AS date) IS NULL OR m.held_on >= :from)
                          AND (CAST(:to AS date) IS NULL OR m.held_on <= :to)"""
                        + scope.sqlFilter("m.community_code") + " ORDER BY m.held_on DESC, m.meeting_id")
                .param("district", districtCode).param("from", from).param("to", to)
                .param(ReadScope.SQL_PARAMETER, scope.sqlPatterns())
                .query(String.class).list();
    }

    Optional<String> one(String meetingId, ReadScope scope) {
        return jdbc.sql("SELECT " + MEETING + " FROM readmodel.meeting m WHERE m.meeting_id = :id"
                        + scope.sqlFilter("m.community_code"))
                .param("id", meetingId).param(ReadScope.SQL_PARAMETER, scope.sqlPatterns())
                .query(String.class).optional();
    }
}
