package org.gridatlas.query.complaint;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.gridatlas.messages.complaint.ComplaintsCorrectedEvent;
import org.gridatlas.messages.complaint.ComplaintsRecordedEvent;
import org.gridatlas.query.system.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps {@code readmodel.complaint_figure}, each figure as last corrected. */
@Component
@ProcessingGroup(ComplaintProjection.GROUP)
class ComplaintProjection {

    static final String GROUP = "complaint";
    private static final int SUB_DISTRICT_CODE = 9;
    private static final int COMMUNITY_CODE = 12;

    private final JdbcClient jdbc;

    ComplaintProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ComplaintsRecordedEvent event, @Timestamp Instant at, @SequenceNumber long version) {
        String area = event.areaCode();
        jdbc.sql("""
                        INSERT INTO readmodel.complaint_figure (figure_id, district_code, area_code, sub_district_code,
                            community_code, period, first_day, last_day, complaints, recorded_at, updated_at, version)
                        VALUES (:id, :district, :area, :subDistrict, :community, :period, :first, :last, :complaints,
                            :at, :at, :version)""")
                .param("id", event.figureId()).param("district", event.districtCode()).param("area", area)
                .param("subDistrict", area.length() >= SUB_DISTRICT_CODE ? area.substring(0, SUB_DISTRICT_CODE) : null)
                .param("community", area.length() >= COMMUNITY_CODE ? area.substring(0, COMMUNITY_CODE) : null)
                .param("period", event.period()).param("first", event.firstDay()).param("last", event.lastDay())
                .param("complaints", event.complaints()).param("at", Sql.utc(at)).param("version", version)
                .update();
    }

    @EventHandler
    void on(ComplaintsCorrectedEvent event, @Timestamp Instant at, @SequenceNumber long version) {
        jdbc.sql("""
                        UPDATE readmodel.complaint_figure SET complaints = :complaints, updated_at = :at, version = :version
                        WHERE figure_id = :id""")
                .param("complaints", event.complaints()).param("at", Sql.utc(at)).param("version", version)
                .param("id", event.figureId())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE readmodel.complaint_figure").update();
    }
}
