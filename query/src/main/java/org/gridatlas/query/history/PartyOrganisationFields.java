package org.gridatlas.query.history;

import org.gridatlas.messages.party.PartyCoverageChangedEvent;
import org.gridatlas.messages.party.PartyMembershipChangedEvent;
import org.gridatlas.messages.party.PartyOrganisationDissolvedEvent;
import org.gridatlas.messages.party.PartyOrganisationFoundedEvent;

/**
 * A party organisation's fields: {@code type}, {@code name},
 * {@code fullMembers}, the compounds and grids it covers, and whether and when
 * it was dissolved.
 */
final class PartyOrganisationFields {

    private PartyOrganisationFields() {
    }

    static void addTo(EventFields table) {
        table.on(PartyOrganisationFoundedEvent.class, "party organisation founded", (e, f) -> f
                        .set("districtCode", e.districtCode())
                        .set("type", e.type())
                        .set("name", e.name())
                        .set("fullMembers", e.fullMembers())
                        .set("foundedOn", e.foundedOn())
                        .set("compoundIds", e.compoundIds())
                        .set("gridCodes", e.gridCodes())
                        .set("bodyId", e.bodyId()))
                .on(PartyMembershipChangedEvent.class, "full membership changed", (e, f) -> f
                        .set("fullMembers", e.fullMembers()))
                .on(PartyCoverageChangedEvent.class, "coverage changed", (e, f) -> f
                        .set("compoundIds", e.compoundIds())
                        .set("gridCodes", e.gridCodes()))
                .on(PartyOrganisationDissolvedEvent.class, "party organisation dissolved", (e, f) -> f
                        .set("dissolved", true)
                        .set("dissolvedOn", e.dissolvedOn()));
    }
}
