package org.gridatlas.query.problem;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.gridatlas.messages.problem.ProblemReopenedEvent;
import org.gridatlas.messages.problem.ProblemReportedEvent;
import org.gridatlas.messages.problem.ProblemResolvedEvent;
import org.gridatlas.query.system.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code readmodel.problem} (the current state) and
 * {@code readmodel.problem_resolution} (every resolution and its reopening),
 * in one processing group so the two never disagree.
 */
@Component
@ProcessingGroup(ProblemProjection.GROUP)
class ProblemProjection {

    static final String GROUP = "problem";

    private final JdbcClient jdbc;

    ProblemProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ProblemReportedEvent event, @Timestamp Instant at, @SequenceNumber long version) {
        jdbc.sql("""
                        INSERT INTO readmodel.problem (problem_id, district_code, sub_district_code, community_code,
                            compound_id, grid_code, location, category, found_through, description, found_on,
                            reported_at, updated_at, version)
                        VALUES (:id, :district, :subDistrict, :community, :compound, :grid, ST_GeomFromText(:location, 4326),
                            :category, :foundThrough, :description, :foundOn, :at, :at, :version)""")
                .param("id", event.problemId()).param("district", event.districtCode())
                .param("subDistrict", event.subDistrictCode()).param("community", event.communityCode())
                .param("compound", event.compoundId()).param("grid", event.gridCode())
                .param("location", event.locationWkt()).param("category", event.category().name())
                .param("foundThrough", event.foundThrough().name()).param("description", event.description())
                .param("foundOn", event.foundOn()).param("at", Sql.utc(at)).param("version", version)
                .update();
    }

    @EventHandler
    void on(ProblemResolvedEvent event, @Timestamp Instant at, @SequenceNumber long version) {
        jdbc.sql("""
                        UPDATE readmodel.problem SET resolved_on = :on, meeting_id = :meeting, updated_at = :at, version = :version
                        WHERE problem_id = :id""")
                .param("on", event.resolvedOn()).param("meeting", event.meetingId()).param("at", Sql.utc(at))
                .param("version", version).param("id", event.problemId())
                .update();
        jdbc.sql("""
                        INSERT INTO readmodel.problem_resolution (problem_id, sequence_number, resolved_on, meeting_id)
                        VALUES (:id, :version, :on, :meeting)""")
                .param("id", event.problemId()).param("version", version).param("on", event.resolvedOn())
                .param("meeting", event.meetingId())
                .update();
    }

    @EventHandler
    void on(ProblemReopenedEvent event, @Timestamp Instant at, @SequenceNumber long version) {
        jdbc.sql("""
                        UPDATE readmodel.problem SET resolved_on = NULL, meeting_id = NULL, reopenings = reopenings + 1,
                            updated_at = :at, version = :version
                        WHERE problem_id = :id""")
                .param("at", Sql.utc(at)).param("version", version).param("id", event.problemId())
                .update();
        jdbc.sql("""
                        UPDATE readmodel.problem_resolution SET reopened_on = :on
                        WHERE problem_id = :id AND reopened_on IS NULL""")
                .param("on", event.reopenedOn()).param("id", event.problemId())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE readmodel.problem, readmodel.problem_resolution").update();
    }
}
