package org.gridatlas.command.directory;

import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.gridatlas.messages.complaint.ComplaintsRecordedEvent;
import org.gridatlas.messages.meeting.MeetingProblemsChangedEvent;
import org.gridatlas.messages.meeting.MeetingRecordedEvent;
import org.gridatlas.messages.problem.ProblemReportedEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps what rules across problems, meetings and complaint figures look up:
 * a problem's district, community and day found; a meeting's district, day
 * and problems discussed; a complaint figure's area and days.
 */
@Component
@ProcessingGroup(DirectoryProjection.GROUP)
class ServiceQualityDirectory {

    private final JdbcClient jdbc;

    ServiceQualityDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ProblemReportedEvent event) {
        jdbc.sql("""
                        INSERT INTO eventstore.directory_problem (problem_id, district_code, community_code, found_on)
                        VALUES (:id, :district, :community, :found)""")
                .param("id", event.problemId()).param("district", event.districtCode())
                .param("community", event.communityCode()).param("found", event.foundOn())
                .update();
    }

    @EventHandler
    void on(MeetingRecordedEvent event) {
        jdbc.sql("""
                        INSERT INTO eventstore.directory_meeting (meeting_id, district_code, community_code, held_on, problem_ids)
                        VALUES (:id, :district, :community, :held, :problems)""")
                .param("id", event.meetingId()).param("district", event.districtCode())
                .param("community", event.communityCode()).param("held", event.heldOn())
                .param("problems", ids(event.problemIds()))
                .update();
    }

    @EventHandler
    void on(MeetingProblemsChangedEvent event) {
        jdbc.sql("UPDATE eventstore.directory_meeting SET problem_ids = :problems WHERE meeting_id = :id")
                .param("id", event.meetingId()).param("problems", ids(event.problemIds())).update();
    }

    @EventHandler
    void on(ComplaintsRecordedEvent event) {
        jdbc.sql("""
                        INSERT INTO eventstore.directory_complaint_figure (figure_id, area_code, first_day, last_day)
                        VALUES (:id, :area, :first, :last)""")
                .param("id", event.figureId()).param("area", event.areaCode())
                .param("first", event.firstDay()).param("last", event.lastDay())
                .update();
    }

    private static String[] ids(List<String> ids) {
        return ids == null ? new String[0] : ids.toArray(String[]::new);
    }
}
