package org.gridatlas.query.party;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.gridatlas.messages.party.PartyCoverageChangedEvent;
import org.gridatlas.messages.party.PartyMembershipChangedEvent;
import org.gridatlas.messages.party.PartyOrganisationDissolvedEvent;
import org.gridatlas.messages.party.PartyOrganisationFoundedEvent;
import org.gridatlas.query.system.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps {@code readmodel.party_organisation}. */
@Component
@ProcessingGroup(PartyOrganisationProjection.GROUP)
class PartyOrganisationProjection {

    static final String GROUP = "party-organisation";

    private final JdbcClient jdbc;

    PartyOrganisationProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PartyOrganisationFoundedEvent event, @SequenceNumber long version) {
        jdbc.sql("""
                        INSERT INTO readmodel.party_organisation (organisation_id, district_code, type, name,
                            full_members, founded_on, compound_ids, grid_codes, body_id, version)
                        VALUES (:id, :district, :type, :name, :members, :founded, :compounds, :grids, :body, :version)""")
                .param("id", event.organisationId()).param("district", event.districtCode())
                .param("type", event.type().name()).param("name", event.name()).param("members", event.fullMembers())
                .param("founded", event.foundedOn()).param("compounds", Sql.array(event.compoundIds()))
                .param("grids", Sql.array(event.gridCodes())).param("body", event.bodyId()).param("version", version)
                .update();
    }

    @EventHandler
    void on(PartyMembershipChangedEvent event, @SequenceNumber long version) {
        jdbc.sql("UPDATE readmodel.party_organisation SET full_members = :members, version = :version WHERE organisation_id = :id")
                .param("members", event.fullMembers()).param("version", version).param("id", event.organisationId())
                .update();
    }

    @EventHandler
    void on(PartyCoverageChangedEvent event, @SequenceNumber long version) {
        jdbc.sql("""
                        UPDATE readmodel.party_organisation SET compound_ids = :compounds, grid_codes = :grids, version = :version
                        WHERE organisation_id = :id""")
                .param("compounds", Sql.array(event.compoundIds())).param("grids", Sql.array(event.gridCodes()))
                .param("version", version).param("id", event.organisationId())
                .update();
    }

    @EventHandler
    void on(PartyOrganisationDissolvedEvent event, @SequenceNumber long version) {
        jdbc.sql("UPDATE readmodel.party_organisation SET dissolved_on = :on, version = :version WHERE organisation_id = :id")
                .param("on", event.dissolvedOn()).param("version", version).param("id", event.organisationId())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE readmodel.party_organisation").update();
    }
}
