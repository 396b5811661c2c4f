package org.gridatlas.query.meeting;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.gridatlas.messages.meeting.MeetingProblemsChangedEvent;
import org.gridatlas.messages.meeting.MeetingRecordedEvent;
import org.gridatlas.query.system.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** Keeps {@code readmodel.meeting}. */
@Component
@ProcessingGroup(MeetingProjection.GROUP)
class MeetingProjection {

    static final String GROUP = "meeting";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    MeetingProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(MeetingRecordedEvent event, @Timestamp Instant at, @SequenceNumber long version) {
        jdbc.sql("""
                        INSERT INTO readmodel.meeting (meeting_id, district_code, sub_district_code, community_code, kind,
                            held_on, subject, place_name, place_location, participants, problem_ids, recorded_at,
                            updated_at, version)
                        VALUES (:id, :district, :subDistrict, :community, :kind, :heldOn, :subject, :placeName,
                            ST_GeomFromText(:placeLocation, 4326), CAST(:participants AS jsonb), :problems, :at, :at, :version)""")
                .param("id", event.meetingId()).param("district", event.districtCode())
                .param("subDistrict", event.subDistrictCode()).param("community", event.communityCode())
                .param("kind", event.kind().name()).param("heldOn", event.heldOn()).param("subject", event.subject())
                .param("placeName", event.place().name()).param("placeLocation", event.place().locationWkt())
                .param("participants", JSON.writeValueAsString(event.participants()))
                .param("problems", Sql.array(event.problemIds())).param("at", Sql.utc(at)).param("version", version)
                .update();
    }

    @EventHandler
    void on(MeetingProblemsChangedEvent event, @Timestamp Instant at, @SequenceNumber long version) {
        jdbc.sql("UPDATE readmodel.meeting SET problem_ids = :problems, updated_at = :at, version = :version WHERE meeting_id = :id")
                .param("problems", Sql.array(event.problemIds())).param("at", Sql.utc(at)).param("version", version)
                .param("id", event.meetingId())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE readmodel.meeting").update();
    }
}
