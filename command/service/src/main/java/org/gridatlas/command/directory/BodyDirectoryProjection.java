package org.gridatlas.command.directory;

import static org.gridatlas.command.directory.DirectoryProjection.codes;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.gridatlas.messages.body.BodyDissolvedEvent;
import org.gridatlas.messages.body.BodyFoundedEvent;
import org.gridatlas.messages.body.BodyMember;
import org.gridatlas.messages.body.BodyMemberAppointedEvent;
import org.gridatlas.messages.body.BodyMemberLeftEvent;
import org.gridatlas.messages.body.CrossAppointmentRecordedEvent;
import org.gridatlas.messages.body.ServedCompoundsChangedEvent;
import org.gridatlas.messages.governance.Committee;
import org.gridatlas.messages.governance.CommitteeMemberAppointedEvent;
import org.gridatlas.messages.governance.CommitteeMemberLeftEvent;
import org.gridatlas.messages.governance.OwnersCommitteeDissolvedEvent;
import org.gridatlas.messages.governance.OwnersCommitteeFormedEvent;
import org.gridatlas.messages.governance.PropertyManagementCommitteeDissolvedEvent;
import org.gridatlas.messages.governance.PropertyManagementCommitteeFormedEvent;
import org.gridatlas.messages.party.PartyOrganisationDissolvedEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The directory's bodies: the register's and the compounds' committees, their
 * current members and the cross appointments between them and party
 * organisations. Part of the subscribing {@code directory} group, so it moves
 * in the transaction of the events.
 */
@Component
@ProcessingGroup(DirectoryProjection.GROUP)
class BodyDirectoryProjection {

    private final JdbcClient jdbc;

    BodyDirectoryProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(BodyFoundedEvent event) {
        jdbc.sql("""
                        INSERT INTO eventstore.directory_body (body_id, district_code, kind, area_code, company_id,
                            credit_code, compound_ids)
                        VALUES (:id, :district, :kind, :area, :company, :credit, :compounds)""")
                .param("id", event.bodyId()).param("district", event.districtCode()).param("kind", event.kind().name())
                .param("area", event.areaCode()).param("company", event.companyId()).param("credit", event.creditCode())
                .param("compounds", codes(event.compoundIds()))
                .update();
    }

    @EventHandler
    void on(ServedCompoundsChangedEvent event) {
        jdbc.sql("UPDATE eventstore.directory_body SET compound_ids = :compounds WHERE body_id = :id")
                .param("compounds", codes(event.compoundIds())).param("id", event.bodyId()).update();
    }

    @EventHandler
    void on(BodyMemberAppointedEvent event) {
        member(event.bodyId(), event.member());
    }

    @EventHandler
    void on(BodyMemberLeftEvent event) {
        left(event.bodyId(), event.memberId());
    }

    @EventHandler
    void on(BodyDissolvedEvent event) {
        dissolved(event.bodyId());
    }

    @EventHandler
    void on(OwnersCommitteeFormedEvent event) {
        formed(Committee.OWNERS_COMMITTEE, event.compoundId());
    }

    @EventHandler
    void on(OwnersCommitteeDissolvedEvent event) {
        dissolved(Committee.OWNERS_COMMITTEE.bodyId(event.compoundId()));
    }

    @EventHandler
    void on(PropertyManagementCommitteeFormedEvent event) {
        formed(Committee.PROPERTY_MANAGEMENT_COMMITTEE, event.compoundId());
    }

    @EventHandler
    void on(PropertyManagementCommitteeDissolvedEvent event) {
        dissolved(Committee.PROPERTY_MANAGEMENT_COMMITTEE.bodyId(event.compoundId()));
    }

    @EventHandler
    void on(CommitteeMemberAppointedEvent event) {
        member(event.committee().bodyId(event.compoundId()), event.member());
    }

    @EventHandler
    void on(CommitteeMemberLeftEvent event) {
        left(event.committee().bodyId(event.compoundId()), event.memberId());
    }

    @EventHandler
    void on(CrossAppointmentRecordedEvent event) {
        jdbc.sql("""
                        INSERT INTO eventstore.directory_cross_appointment (appointment_id, body_id, organisation_id)
                        VALUES (:id, :body, :organisation)""")
                .param("id", event.appointmentId()).param("body", event.bodyId())
                .param("organisation", event.organisationId()).update();
    }

    @EventHandler
    void on(PartyOrganisationDissolvedEvent event) {
        jdbc.sql("UPDATE eventstore.directory_party_organisation SET dissolved = true WHERE organisation_id = :id")
                .param("id", event.organisationId()).update();
    }

    /** A committee lies in its compound's community and serves that compound; formed again, it stands again. */
    private void formed(Committee committee, String compoundId) {
        jdbc.sql("""
                        INSERT INTO eventstore.directory_body (body_id, district_code, kind, area_code, compound_ids)
                        SELECT :id, district_code, :kind, community_code, ARRAY[compound_id]
                        FROM eventstore.directory_compound WHERE compound_id = :compound
                        ON CONFLICT (body_id) DO UPDATE SET dissolved = false""")
                .param("id", committee.bodyId(compoundId)).param("kind", committee.kind().name())
                .param("compound", compoundId).update();
    }

    private void dissolved(String bodyId) {
        jdbc.sql("UPDATE eventstore.directory_body SET dissolved = true WHERE body_id = :id").param("id", bodyId).update();
        jdbc.sql("DELETE FROM eventstore.directory_body_member WHERE body_id = :id").param("id", bodyId).update();
    }

    private void member(String bodyId, BodyMember member) {
        jdbc.sql("""
                        INSERT INTO eventstore.directory_body_member (body_id, member_id, name, party_member)
                        VALUES (:body, :member, :name, :party)""")
                .param("body", bodyId).param("member", member.memberId()).param("name", member.name())
                .param("party", member.partyMember()).update();
    }

    private void left(String bodyId, String memberId) {
        jdbc.sql("DELETE FROM eventstore.directory_body_member WHERE body_id = :body AND member_id = :member")
                .param("body", bodyId).param("member", memberId).update();
    }
}
