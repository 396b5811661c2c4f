package org.gridatlas.query.body;

import java.time.LocalDate;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.gridatlas.messages.governance.Committee;
import org.gridatlas.messages.governance.CommitteeMemberAppointedEvent;
import org.gridatlas.messages.governance.CommitteeMemberLeftEvent;
import org.gridatlas.messages.governance.OwnersCommitteeDissolvedEvent;
import org.gridatlas.messages.governance.PropertyManagementCommitteeDissolvedEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code readmodel.committee_member}. It reads the compound's events in
 * the compound's own processing group, so the members never run ahead of the
 * committee they sit on ({@code readmodel.compound}).
 */
@Component
@ProcessingGroup("compound")
class CommitteeMemberProjection {

    private final JdbcClient jdbc;

    CommitteeMemberProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CommitteeMemberAppointedEvent event) {
        jdbc.sql("""
                        INSERT INTO readmodel.committee_member (compound_id, committee, member_id, name, role,
                            party_member, phone, appointed_on)
                        VALUES (:compound, :committee, :member, :name, :role, :party, :phone, :on)""")
                .param("compound", event.compoundId()).param("committee", event.committee().name())
                .param("member", event.member().memberId()).param("name", event.member().name())
                .param("role", event.member().role().name()).param("party", event.member().partyMember())
                .param("phone", event.member().phone()).param("on", event.appointedOn())
                .update();
    }

    @EventHandler
    void on(CommitteeMemberLeftEvent event) {
        jdbc.sql("""
                        UPDATE readmodel.committee_member SET left_on = :on
                        WHERE compound_id = :compound AND committee = :committee AND member_id = :member""")
                .param("on", event.leftOn()).param("compound", event.compoundId())
                .param("committee", event.committee().name()).param("member", event.memberId())
                .update();
    }

    @EventHandler
    void on(OwnersCommitteeDissolvedEvent event) {
        dismissed(event.compoundId(), Committee.OWNERS_COMMITTEE, event.dissolvedOn());
    }

    @EventHandler
    void on(PropertyManagementCommitteeDissolvedEvent event) {
        dismissed(event.compoundId(), Committee.PROPERTY_MANAGEMENT_COMMITTEE, event.dissolvedOn());
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE readmodel.committee_member").update();
    }

    /** Members leave with their committee. */
    private void dismissed(String compoundId, Committee committee, LocalDate on) {
        jdbc.sql("""
                        UPDATE readmodel.committee_member SET left_on = :on
                        WHERE compound_id = :compound AND committee = :committee AND left_on IS NULL""")
                .param("on", on).param("compound", compoundId).param("committee", committee.name())
                .update();
    }
}
