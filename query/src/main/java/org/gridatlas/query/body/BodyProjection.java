package org.gridatlas.query.body;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.gridatlas.messages.body.BodyDissolvedEvent;
import org.gridatlas.messages.body.BodyFoundedEvent;
import org.gridatlas.messages.body.BodyMemberAppointedEvent;
import org.gridatlas.messages.body.BodyMemberLeftEvent;
import org.gridatlas.messages.body.CrossAppointmentEndedEvent;
import org.gridatlas.messages.body.CrossAppointmentRecordedEvent;
import org.gridatlas.messages.body.PropertyCompanyEvaluatedEvent;
import org.gridatlas.messages.body.ServedCompoundsChangedEvent;
import org.gridatlas.query.system.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps {@code readmodel.body}, its members and evaluations, and {@code readmodel.cross_appointment}. */
@Component
@ProcessingGroup(BodyProjection.GROUP)
class BodyProjection {

    static final String GROUP = "body";

    private final JdbcClient jdbc;

    BodyProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(BodyFoundedEvent event, @SequenceNumber long version) {
        jdbc.sql("""
                        INSERT INTO readmodel.body (body_id, district_code, kind, area_code, name, company_id, credit_code,
                            founded_on, compound_ids, version)
                        VALUES (:id, :district, :kind, :area, :name, :company, :credit, :founded, :compounds, :version)""")
                .param("id", event.bodyId()).param("district", event.districtCode()).param("kind", event.kind().name())
                .param("area", event.areaCode()).param("name", event.name()).param("company", event.companyId())
                .param("credit", event.creditCode()).param("founded", event.foundedOn())
                .param("compounds", Sql.array(event.compoundIds())).param("version", version)
                .update();
    }

    @EventHandler
    void on(ServedCompoundsChangedEvent event, @SequenceNumber long version) {
        jdbc.sql("UPDATE readmodel.body SET compound_ids = :compounds, version = :version WHERE body_id = :id")
                .param("compounds", Sql.array(event.compoundIds())).param("version", version).param("id", event.bodyId())
                .update();
    }

    @EventHandler
    void on(BodyMemberAppointedEvent event, @SequenceNumber long version) {
        jdbc.sql("""
                        INSERT INTO readmodel.body_member (body_id, member_id, name, role, party_member, phone, appointed_on)
                        VALUES (:body, :member, :name, :role, :party, :phone, :on)""")
                .param("body", event.bodyId()).param("member", event.member().memberId())
                .param("name", event.member().name()).param("role", event.member().role().name())
                .param("party", event.member().partyMember()).param("phone", event.member().phone())
                .param("on", event.appointedOn())
                .update();
        version(event.bodyId(), version);
    }

    @EventHandler
    void on(BodyMemberLeftEvent event, @SequenceNumber long version) {
        jdbc.sql("UPDATE readmodel.body_member SET left_on = :on WHERE body_id = :body AND member_id = :member")
                .param("on", event.leftOn()).param("body", event.bodyId()).param("member", event.memberId())
                .update();
        version(event.bodyId(), version);
    }

    @EventHandler
    void on(BodyDissolvedEvent event, @SequenceNumber long version) {
        jdbc.sql("UPDATE readmodel.body SET dissolved_on = :on, version = :version WHERE body_id = :id")
                .param("on", event.dissolvedOn()).param("version", version).param("id", event.bodyId())
                .update();
        // its members leave with it
        jdbc.sql("UPDATE readmodel.body_member SET left_on = :on WHERE body_id = :id AND left_on IS NULL")
                .param("on", event.dissolvedOn()).param("id", event.bodyId()).update();
    }

    @EventHandler
    void on(PropertyCompanyEvaluatedEvent event, @SequenceNumber long version) {
        jdbc.sql("""
                        INSERT INTO readmodel.body_evaluation (body_id, quarter, district_code, stars, listing, published_on)
                        SELECT :id, :quarter, district_code, :stars, :listing, :published FROM readmodel.body WHERE body_id = :id
                        ON CONFLICT (body_id, quarter) DO UPDATE
                            SET stars = EXCLUDED.stars, listing = EXCLUDED.listing, published_on = EXCLUDED.published_on""")
                .param("id", event.bodyId()).param("quarter", event.quarter()).param("stars", event.stars())
                .param("listing", event.listing().name()).param("published", event.publishedOn())
                .update();
        version(event.bodyId(), version);
    }

    @EventHandler
    void on(CrossAppointmentRecordedEvent event, @SequenceNumber long version) {
        jdbc.sql("""
                        INSERT INTO readmodel.cross_appointment (appointment_id, district_code, organisation_id,
                            party_member_name, party_post, body_id, member_id, since, version)
                        VALUES (:id, :district, :organisation, :name, :post, :body, :member, :since, :version)""")
                .param("id", event.appointmentId()).param("district", event.districtCode())
                .param("organisation", event.organisationId()).param("name", event.partyMemberName())
                .param("post", event.partyPost().name()).param("body", event.bodyId()).param("member", event.memberId())
                .param("since", event.since()).param("version", version)
                .update();
    }

    @EventHandler
    void on(CrossAppointmentEndedEvent event, @SequenceNumber long version) {
        jdbc.sql("UPDATE readmodel.cross_appointment SET ended_on = :on, version = :version WHERE appointment_id = :id")
                .param("on", event.endedOn()).param("version", version).param("id", event.appointmentId())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE readmodel.body, readmodel.body_member, readmodel.body_evaluation, readmodel.cross_appointment")
                .update();
    }

    private void version(String bodyId, long version) {
        jdbc.sql("UPDATE readmodel.body SET version = :version WHERE body_id = :id")
                .param("version", version).param("id", bodyId).update();
    }

}
