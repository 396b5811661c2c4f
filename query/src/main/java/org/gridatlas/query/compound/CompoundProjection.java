package org.gridatlas.query.compound;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.gridatlas.messages.AuditMetadata;
import org.gridatlas.messages.clearance.ClearanceStrategyAssignedEvent;
import org.gridatlas.messages.compound.CompoundAssignedToGridsEvent;
import org.gridatlas.messages.compound.CompoundAttributes;
import org.gridatlas.messages.compound.CompoundAttributesChangedEvent;
import org.gridatlas.messages.compound.CompoundBoundaryCorrectedEvent;
import org.gridatlas.messages.compound.CompoundRegisteredEvent;
import org.gridatlas.messages.compound.Management;
import org.gridatlas.messages.compound.ManagementChangedEvent;
import org.gridatlas.messages.compound.ManagementTransition;
import org.gridatlas.messages.governance.CommitteeMemberAppointedEvent;
import org.gridatlas.messages.governance.CommitteeMemberLeftEvent;
import org.gridatlas.messages.governance.CompoundLeadersNamedEvent;
import org.gridatlas.messages.governance.CompoundLeadersRecordedEvent;
import org.gridatlas.messages.governance.OwnersCommitteeDissolvedEvent;
import org.gridatlas.messages.governance.OwnersCommitteeFormedEvent;
import org.gridatlas.messages.governance.PropertyManagementCommitteeDissolvedEvent;
import org.gridatlas.messages.governance.PropertyManagementCommitteeFormedEvent;
import org.gridatlas.query.system.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps {@code readmodel.compound} (one row per compound) and the management
 * ledger {@code readmodel.management_change}, in one processing group so the
 * two never disagree.
 */
@Component
@ProcessingGroup(CompoundProjection.GROUP)
class CompoundProjection {

    static final String GROUP = "compound";
    /** The ledger's entry for the state a compound was registered in. */
    static final String REGISTERED = "REGISTERED";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CompoundProjection(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(CompoundRegisteredEvent event, EventMessage<?> message, @SequenceNumber long version,
            @MetaDataValue(AuditMetadata.USER) String user, @MetaDataValue(AuditMetadata.REASON) String reason) {
        CompoundAttributes a = event.attributes();
        Management m = event.management();
        jdbc.sql("""
                        INSERT INTO readmodel.compound (compound_id, district_code, sub_district_code, community_code,
                            name, address, households, buildings, units, floor_area, year_built, category, boundary,
                            grid_codes, management_mode, provider, managed_since, fee_stance, registered_at, updated_at, version)
                        VALUES (:id, :district, :subDistrict, :community, :name, :address, :households, :buildings,
                            :units, :floorArea, :yearBuilt, :category, ST_GeomFromText(:boundary, 4326), :grids,
                            :mode, :provider, :since, :feeStance, :at, :at, :version)""")
                .param("id", event.compoundId()).param("district", event.districtCode())
                .param("subDistrict", event.subDistrictCode()).param("community", event.communityCode())
                .param("name", a.name()).param("address", a.address()).param("households", a.households())
                .param("buildings", a.buildings()).param("units", a.units()).param("floorArea", a.floorArea())
                .param("yearBuilt", a.yearBuilt()).param("category", a.category().name())
                .param("boundary", event.boundaryWkt()).param("grids", Sql.array(event.gridCodes()))
                .param("mode", m.mode().name()).param("provider", m.provider()).param("since", m.since())
                .param("feeStance", Sql.name(m.feeStance()))
                .param("at", Sql.utc(message.getTimestamp())).param("version", version)
                .update();
        ledger(message, version, event.compoundId(), event.districtCode(), null, m, REGISTERED, user, reason);
    }

    @EventHandler
    void on(ManagementChangedEvent event, EventMessage<?> message, @SequenceNumber long version,
            @MetaDataValue(AuditMetadata.USER) String user, @MetaDataValue(AuditMetadata.REASON) String reason) {
        Management m = event.management();
        jdbc.sql("""
                        UPDATE readmodel.compound
                        SET management_mode = :mode, provider = :provider, managed_since = :since, fee_stance = :feeStance,
                            relapses = relapses + :relapse, updated_at = :at, version = :version
                        WHERE compound_id = :id""")
                .param("mode", m.mode().name()).param("provider", m.provider()).param("since", m.since())
                .param("feeStance", Sql.name(m.feeStance()))
                .param("relapse", event.transition() == ManagementTransition.RELAPSED ? 1 : 0)
                .param("at", Sql.utc(message.getTimestamp())).param("version", version).param("id", event.compoundId())
                .update();
        ledger(message, version, event.compoundId(), event.districtCode(), event.previousMode().name(), m,
                event.transition().name(), user, reason);
    }

    @EventHandler
    void on(CompoundBoundaryCorrectedEvent event, @Timestamp Instant at, @SequenceNumber long version) {
        jdbc.sql("""
                        UPDATE readmodel.compound SET boundary = ST_GeomFromText(:boundary, 4326), updated_at = :at,
                            version = :version
                        WHERE compound_id = :id""")
                .param("boundary", event.boundaryWkt()).param("at", Sql.utc(at)).param("version", version)
                .param("id", event.compoundId())
                .update();
    }

    @EventHandler
    void on(CompoundAttributesChangedEvent event, @Timestamp Instant at, @SequenceNumber long version) {
        CompoundAttributes a = event.attributes();
        jdbc.sql("""
                        UPDATE readmodel.compound SET name = :name, address = :address, households = :households,
                            buildings = :buildings, units = :units, floor_area = :floorArea, year_built = :yearBuilt,
                            category = :category, updated_at = :at, version = :version
                        WHERE compound_id = :id""")
                .param("name", a.name()).param("address", a.address()).param("households", a.households())
                .param("buildings", a.buildings()).param("units", a.units()).param("floorArea", a.floorArea())
                .param("yearBuilt", a.yearBuilt()).param("category", a.category().name())
                .param("at", Sql.utc(at)).param("version", version).param("id", event.compoundId())
                .update();
    }

    @EventHandler
    void on(CompoundAssignedToGridsEvent event, @Timestamp Instant at, @SequenceNumber long version) {
        jdbc.sql("UPDATE readmodel.compound SET grid_codes = :grids, updated_at = :at, version = :version WHERE compound_id = :id")
                .param("grids", Sql.array(event.gridCodes())).param("at", Sql.utc(at)).param("version", version)
                .param("id", event.compoundId())
                .update();
    }

    @EventHandler
    void on(ClearanceStrategyAssignedEvent event, @Timestamp Instant at, @SequenceNumber long version) {
        jdbc.sql("""
                        UPDATE readmodel.compound SET clearance_strategy = :strategy, clearance_planned_date = :planned,
                            subsidy_rate = :rate, subsidy_months = :months, subsidy_commitment = :commitment,
                            updated_at = :at, version = :version
                        WHERE compound_id = :id""")
                .param("strategy", event.strategy().name()).param("planned", event.plannedDate())
                .param("rate", event.subsidy() == null ? null : event.subsidy().yuanPerSquareMetreMonth())
                .param("months", event.subsidy() == null ? null : event.subsidy().months())
                .param("commitment", event.subsidyCommitmentYuan())
                .param("at", Sql.utc(at)).param("version", version).param("id", event.compoundId())
                .update();
    }

    @EventHandler
    void on(OwnersCommitteeFormedEvent event, @Timestamp Instant at, @SequenceNumber long version) {
        committee("owners_committee_since", event.compoundId(), event.formedOn(), at, version);
    }

    @EventHandler
    void on(OwnersCommitteeDissolvedEvent event, @Timestamp Instant at, @SequenceNumber long version) {
        committee("owners_committee_since", event.compoundId(), null, at, version);
    }

    @EventHandler
    void on(PropertyManagementCommitteeFormedEvent event, @Timestamp Instant at, @SequenceNumber long version) {
        committee("management_committee_since", event.compoundId(), event.formedOn(), at, version);
    }

    @EventHandler
    void on(PropertyManagementCommitteeDissolvedEvent event, @Timestamp Instant at, @SequenceNumber long version) {
        committee("management_committee_since", event.compoundId(), null, at, version);
    }

    @EventHandler
    void on(CompoundLeadersRecordedEvent event, @Timestamp Instant at, @SequenceNumber long version) {
        jdbc.sql("""
                        UPDATE readmodel.compound SET building_leaders = :building, unit_leaders = :unit,
                            updated_at = :at, version = :version
                        WHERE compound_id = :id""")
                .param("building", event.buildingLeaders()).param("unit", event.unitLeaders())
                .param("at", Sql.utc(at)).param("version", version).param("id", event.compoundId())
                .update();
    }

    /** Naming the leaders also counts them. */
    @EventHandler
    void on(CompoundLeadersNamedEvent event, @Timestamp Instant at, @SequenceNumber long version) {
        jdbc.sql("""
                        UPDATE readmodel.compound SET named_building_leaders = CAST(:building AS jsonb),
                            named_unit_leaders = CAST(:unit AS jsonb), building_leaders = :buildings, unit_leaders = :units,
                            updated_at = :at, version = :version
                        WHERE compound_id = :id""")
                .param("building", json.writeValueAsString(event.buildingLeaders()))
                .param("unit", json.writeValueAsString(event.unitLeaders()))
                .param("buildings", event.buildingLeaders().size()).param("units", event.unitLeaders().size())
                .param("at", Sql.utc(at)).param("version", version).param("id", event.compoundId())
                .update();
    }

    /** A committee's members are the compound's record too: its version moves (their rows: query.body). */
    @EventHandler
    void on(CommitteeMemberAppointedEvent event, @Timestamp Instant at, @SequenceNumber long version) {
        touched(event.compoundId(), at, version);
    }

    @EventHandler
    void on(CommitteeMemberLeftEvent event, @Timestamp Instant at, @SequenceNumber long version) {
        touched(event.compoundId(), at, version);
    }

    private void touched(String compoundId, Instant at, long version) {
        jdbc.sql("UPDATE readmodel.compound SET updated_at = :at, version = :version WHERE compound_id = :id")
                .param("at", Sql.utc(at)).param("version", version).param("id", compoundId).update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE readmodel.compound, readmodel.management_change").update();
    }

    /** {@code column} is one of two constants above, never input. */
    private void committee(String column, String compoundId, LocalDate since, Instant at, long version) {
        jdbc.sql("UPDATE readmodel.compound SET " + column + " = :since, updated_at = :at, version = :version WHERE compound_id = :id")
                .param("since", since).param("at", Sql.utc(at)).param("version", version).param("id", compoundId)
                .update();
    }

    private void ledger(EventMessage<?> message, long sequence, String compoundId, String district, String previousMode,
                        Management m, String transition, String user, String reason) {
        jdbc.sql("""
                        INSERT INTO readmodel.management_change (event_id, compound_id, sequence_number, district_code,
                            previous_mode, mode, provider, since, fee_stance, transition, recorded_by, reason, recorded_at)
                        VALUES (:event, :id, :sequence, :district, :previous, :mode, :provider, :since, :feeStance,
                            :transition, :user, :reason, :at)""")
                .param("event", message.getIdentifier()).param("id", compoundId).param("sequence", sequence)
                .param("district", district).param("previous", previousMode).param("mode", m.mode().name())
                .param("provider", m.provider()).param("since", m.since()).param("feeStance", Sql.name(m.feeStance()))
                .param("transition", transition).param("user", user).param("reason", reason)
                .param("at", Sql.utc(message.getTimestamp()))
                .update();
    }
}
