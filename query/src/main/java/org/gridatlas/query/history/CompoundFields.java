package org.gridatlas.query.history;

import java.util.Locale;

import org.gridatlas.messages.clearance.ClearanceStrategyAssignedEvent;
import org.gridatlas.messages.compound.CompoundAssignedToGridsEvent;
import org.gridatlas.messages.compound.CompoundAttributesChangedEvent;
import org.gridatlas.messages.compound.CompoundBoundaryCorrectedEvent;
import org.gridatlas.messages.compound.CompoundRegisteredEvent;
import org.gridatlas.messages.compound.ManagementChangedEvent;
import org.gridatlas.messages.governance.Committee;
import org.gridatlas.messages.governance.CommitteeMemberAppointedEvent;
import org.gridatlas.messages.governance.CommitteeMemberLeftEvent;
import org.gridatlas.messages.governance.CompoundLeadersNamedEvent;
import org.gridatlas.messages.governance.CompoundLeadersRecordedEvent;
import org.gridatlas.messages.governance.OwnersCommitteeDissolvedEvent;
import org.gridatlas.messages.governance.OwnersCommitteeFormedEvent;
import org.gridatlas.messages.governance.PropertyManagementCommitteeDissolvedEvent;
import org.gridatlas.messages.governance.PropertyManagementCommitteeFormedEvent;

/**
 * A compound's fields: its attributes by name ({@code name}, {@code households}
 * …), {@code boundary}, {@code management.*}, the clearance strategy, grids,
 * committees with their members ({@code committees.owners.members.<memberId>.name} …) and leaders.
 */
final class CompoundFields {

    private CompoundFields() {
    }

    /** The prefix of a committee's fields within its compound: {@code committees.owners.} … */
    static String committee(Committee committee) {
        return committee == Committee.OWNERS_COMMITTEE ? "committees.owners." : "committees.propertyManagement.";
    }

    static void addTo(EventFields table) {
        table.on(CompoundRegisteredEvent.class, "compound registered", (e, f) -> f
                        .set("communityCode", e.communityCode())
                        .setMembers(e.attributes())
                        .set("boundary", e.boundaryWkt())
                        .set("management", e.management())
                        .set("gridCodes", e.gridCodes()))
                .on(CompoundAttributesChangedEvent.class, "attributes changed", (e, f) -> f
                        .setMembers(e.attributes()))
                .on(CompoundBoundaryCorrectedEvent.class, "boundary corrected", (e, f) -> f
                        .set("boundary", e.boundaryWkt()))
                .on(CompoundAssignedToGridsEvent.class, "assigned to grids", (e, f) -> f
                        .set("gridCodes", e.gridCodes()))
                .on(ManagementChangedEvent.class, e -> "management changed (" + e.transition().name().toLowerCase(Locale.ROOT) + ")",
                        (e, f) -> f.set("management", e.management()))
                .on(ClearanceStrategyAssignedEvent.class, "clearance strategy assigned", (e, f) -> f
                        .set("strategy", e.strategy())
                        .set("plannedDate", e.plannedDate())
                        .set("subsidy", e.subsidy())
                        .set("subsidyCommitmentYuan", e.subsidyCommitmentYuan()))
                .on(OwnersCommitteeFormedEvent.class, "owners' committee formed", (e, f) -> f
                        .set("committees.owners.formedOn", e.formedOn())
                        .set("committees.owners.dissolvedOn", null))
                .on(OwnersCommitteeDissolvedEvent.class, "owners' committee dissolved", (e, f) -> f
                        .set("committees.owners.dissolvedOn", e.dissolvedOn())
                        .set("committees.owners.members", null))
                .on(PropertyManagementCommitteeFormedEvent.class, "property management committee formed", (e, f) -> f
                        .set("committees.propertyManagement.formedOn", e.formedOn())
                        .set("committees.propertyManagement.dissolvedOn", null))
                .on(PropertyManagementCommitteeDissolvedEvent.class, "property management committee dissolved", (e, f) -> f
                        .set("committees.propertyManagement.dissolvedOn", e.dissolvedOn())
                        .set("committees.propertyManagement.members", null))
                .on(CommitteeMemberAppointedEvent.class, e -> "committee member appointed: " + e.member().name(), (e, f) -> f
                        .set(committee(e.committee()) + "members." + e.member().memberId(),
                                BodyFields.MemberFields.of(e.member(), e.appointedOn())))
                .on(CommitteeMemberLeftEvent.class, "committee member left", (e, f) -> f
                        .set(committee(e.committee()) + "members." + e.memberId(), null))
                .on(CompoundLeadersRecordedEvent.class, "leaders recorded", (e, f) -> f
                        .set("leaders.buildings", e.buildingLeaders())
                        .set("leaders.units", e.unitLeaders()))
                .on(CompoundLeadersNamedEvent.class, "leaders named", (e, f) -> f
                        .set("leaders.buildings", e.buildingLeaders().size())
                        .set("leaders.units", e.unitLeaders().size())
                        .set("leaders.buildingLeaders", e.buildingLeaders())
                        .set("leaders.unitLeaders", e.unitLeaders()));
    }
}
