package org.gridatlas.command.party;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;
import static org.gridatlas.command.system.CommonRules.distinct;
import static org.gridatlas.command.system.CommonRules.fitsAsName;
import static org.gridatlas.command.system.CommonRules.present;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.gridatlas.command.directory.Directory;
import org.gridatlas.command.system.CommonRules;
import org.gridatlas.command.system.OfficeClock;
import org.gridatlas.command.system.Rule;
import org.gridatlas.messages.AuditMetadata;
import org.gridatlas.messages.body.BodyKind;
import org.gridatlas.messages.party.ChangePartyCoverageCommand;
import org.gridatlas.messages.party.ChangePartyMembershipCommand;
import org.gridatlas.messages.party.DissolvePartyOrganisationCommand;
import org.gridatlas.messages.party.FoundPartyOrganisationCommand;
import org.gridatlas.messages.party.PartyCoverageChangedEvent;
import org.gridatlas.messages.party.PartyMembershipChangedEvent;
import org.gridatlas.messages.party.PartyOrganisationDissolvedEvent;
import org.gridatlas.messages.party.PartyOrganisationFoundedEvent;
import org.gridatlas.messages.party.PartyOrganisationType;

/**
 * A party organisation in a district, the compounds and grids it covers and,
 * for one founded in a body (a property company's branch), that body.
 */
@Aggregate
class PartyOrganisation {

    /** A branch (支部) needs at least three full members. */
    static final int BRANCH_MINIMUM = 3;
    static final int MAX_MEMBERS = 10_000;

    static final Rule ID_REQUIRED = new Rule("party-organisation-id-required", "organisationId",
            "a party organisation needs an identifier");
    static final Rule DISTRICT_UNKNOWN = new Rule("district-unknown", "districtCode", "there is no district with this code");
    static final Rule TYPE_REQUIRED = new Rule("party-organisation-type-required", "type", "the kind of organisation is required");
    static final Rule NAME_REQUIRED = new Rule("party-organisation-name-required", "name",
            "a party organisation needs a name of at most " + CommonRules.MAX_NAME_LENGTH + " characters");
    static final Rule BRANCH_NEEDS_THREE = new Rule("branch-needs-three-full-members", "fullMembers",
            "a party branch needs at least " + BRANCH_MINIMUM + " full party members");
    static final Rule MEMBERS_IN_RANGE = new Rule("party-members-in-range", "fullMembers",
            "a party group or central household has at least 1 full member, and no organisation more than " + MAX_MEMBERS);
    static final Rule FOUNDED_ON_REQUIRED = new Rule("party-founded-on-required", "foundedOn",
            "the founding date is required and not in the future");
    static final Rule COVERS_SOMETHING = new Rule("party-organisation-covers-something", null,
            "an organisation covers at least one compound or grid, unless it was founded in a body");
    static final Rule BODY_NOT_FOR_THIS_TYPE = new Rule("party-organisation-body-not-for-this-type", "bodyId",
            "only a property-enterprise or functional branch or a party group is founded in a body; "
                    + "compound and grid branches and central households live in their compounds and grids");
    static final Rule BODY_UNKNOWN = new Rule("party-organisation-body-unknown", "bodyId",
            "the body must stand in the organisation's district");
    static final Rule ENTERPRISE_BRANCH_IN_A_COMPANY = new Rule("property-enterprise-branch-in-a-company", "bodyId",
            "a property-enterprise branch is founded in a property company or one of its project departments");
    static final Rule COMPOUND_BRANCH_COVERS_COMPOUND = new Rule("compound-branch-covers-a-compound", "compoundIds",
            "a compound branch covers at least one compound");
    static final Rule GRID_BRANCH_COVERS_GRID = new Rule("grid-branch-covers-a-grid", "gridCodes",
            "a grid branch covers at least one grid");
    static final Rule COMPOUNDS_UNKNOWN = new Rule("compounds-unknown", "compoundIds",
            "every compound must be a compound of the organisation's district, named once");
    static final Rule GRIDS_UNKNOWN = new Rule("grids-unknown", "gridCodes",
            "every grid must be a grid of the organisation's district, named once");
    static final Rule DISSOLVED = new Rule("party-organisation-dissolved", null,
            "the organisation has been dissolved");
    static final Rule MEMBERS_UNCHANGED = new Rule("party-members-unchanged", "fullMembers",
            "the organisation already has this many full members");
    static final Rule COVERAGE_UNCHANGED = new Rule("party-coverage-unchanged", null,
            "the organisation already covers exactly these compounds and grids");
    static final Rule DISSOLVED_AFTER_FOUNDED = new Rule("party-dissolved-after-founded", "dissolvedOn",
            "an organisation is dissolved on or after its founding day, and not in the future");

    @AggregateIdentifier
    private String organisationId;
    private String districtCode;
    private PartyOrganisationType type;
    private int fullMembers;
    private LocalDate foundedOn;
    private List<String> compoundIds;
    private List<String> gridCodes;
    /** The body the organisation was founded in; it may then cover nothing. */
    private String bodyId;
    private boolean dissolved;

    private PartyOrganisation() {
        // for Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    PartyOrganisation(FoundPartyOrganisationCommand command, Directory directory) {
        ID_REQUIRED.check(present(command.organisationId()));
        DISTRICT_UNKNOWN.check(present(command.districtCode()) && directory.areaExists(command.districtCode())
                && command.districtCode().length() == 6);
        TYPE_REQUIRED.check(command.type() != null);
        NAME_REQUIRED.check(fitsAsName(command.name()));
        checkMembers(command.type(), command.fullMembers());
        FOUNDED_ON_REQUIRED.check(command.foundedOn() != null && !command.foundedOn().isAfter(OfficeClock.today()));
        String body = present(command.bodyId()) ? command.bodyId() : null;
        if (body != null) {
            checkBody(command.type(), command.districtCode(), body, directory);
        }
        List<String> compounds = orEmpty(command.compoundIds());
        List<String> grids = orEmpty(command.gridCodes());
        checkCoverage(command.type(), command.districtCode(), compounds, grids, body != null, directory);
        apply(new PartyOrganisationFoundedEvent(command.organisationId(), command.districtCode(), command.type(),
                command.name().strip(), command.fullMembers(), command.foundedOn(), compounds, grids, body));
    }

    @CommandHandler
    Long handle(ChangePartyMembershipCommand command) {
        DISSOLVED.check(!dissolved);
        checkMembers(type, command.fullMembers());
        MEMBERS_UNCHANGED.check(command.fullMembers() != fullMembers);
        apply(new PartyMembershipChangedEvent(organisationId, command.fullMembers()));
        return getVersion();
    }

    @CommandHandler
    Long handle(ChangePartyCoverageCommand command, Directory directory) {
        DISSOLVED.check(!dissolved);
        List<String> compounds = orEmpty(command.compoundIds());
        List<String> grids = orEmpty(command.gridCodes());
        checkCoverage(type, districtCode, compounds, grids, bodyId != null, directory);
        COVERAGE_UNCHANGED.check(!CommonRules.sameEntries(compounds, compoundIds)
                || !CommonRules.sameEntries(grids, gridCodes));
        apply(new PartyCoverageChangedEvent(organisationId, compounds, grids));
        return getVersion();
    }

    @CommandHandler
    Long handle(DissolvePartyOrganisationCommand command, @MetaDataValue(AuditMetadata.REASON) String reason) {
        DISSOLVED.check(!dissolved);
        CommonRules.requireReason(reason);
        DISSOLVED_AFTER_FOUNDED.check(command.dissolvedOn() != null && !command.dissolvedOn().isBefore(foundedOn)
                && !command.dissolvedOn().isAfter(OfficeClock.today()));
        apply(new PartyOrganisationDissolvedEvent(organisationId, command.dissolvedOn()));
        return getVersion();
    }

    @EventSourcingHandler
    void on(PartyOrganisationFoundedEvent event) {
        organisationId = event.organisationId();
        districtCode = event.districtCode();
        type = event.type();
        fullMembers = event.fullMembers();
        foundedOn = event.foundedOn();
        compoundIds = event.compoundIds();
        gridCodes = event.gridCodes();
        bodyId = event.bodyId();
    }

    @EventSourcingHandler
    void on(PartyMembershipChangedEvent event) {
        fullMembers = event.fullMembers();
    }

    @EventSourcingHandler
    void on(PartyCoverageChangedEvent event) {
        compoundIds = event.compoundIds();
        gridCodes = event.gridCodes();
    }

    @EventSourcingHandler
    void on(PartyOrganisationDissolvedEvent event) {
        dissolved = true;
    }

    private static void checkMembers(PartyOrganisationType type, int members) {
        if (type.isBranch()) {
            BRANCH_NEEDS_THREE.check(members >= BRANCH_MINIMUM);
        }
        MEMBERS_IN_RANGE.check(members >= 1 && members <= MAX_MEMBERS);
    }

    private static void checkBody(PartyOrganisationType type, String district, String body, Directory directory) {
        BODY_NOT_FOR_THIS_TYPE.check(type == PartyOrganisationType.PROPERTY_ENTERPRISE_BRANCH
                || type == PartyOrganisationType.FUNCTIONAL_BRANCH || type == PartyOrganisationType.PARTY_GROUP);
        Optional<Directory.StandingBody> standing = directory.standingBody(body)
                .filter(b -> b.districtCode().equals(district));
        BODY_UNKNOWN.check(standing.isPresent());
        if (type == PartyOrganisationType.PROPERTY_ENTERPRISE_BRANCH) {
            ENTERPRISE_BRANCH_IN_A_COMPANY.check(standing.get().kind().isCompany()
                    || standing.get().kind() == BodyKind.PROJECT_DEPARTMENT);
        }
    }

    /** An organisation founded in a body may wait to be linked to the compounds it serves; compound and grid branches may not. */
    private static void checkCoverage(PartyOrganisationType type, String district, List<String> compounds,
                                      List<String> grids, boolean inABody, Directory directory) {
        COVERS_SOMETHING.check(inABody || !compounds.isEmpty() || !grids.isEmpty());
        if (type == PartyOrganisationType.COMPOUND_BRANCH) {
            COMPOUND_BRANCH_COVERS_COMPOUND.check(!compounds.isEmpty());
        }
        if (type == PartyOrganisationType.GRID_BRANCH) {
            GRID_BRANCH_COVERS_GRID.check(!grids.isEmpty());
        }
        COMPOUNDS_UNKNOWN.check(distinct(compounds) && directory.compoundsNotIn(district, compounds).isEmpty());
        GRIDS_UNKNOWN.check(distinct(grids) && directory.gridsNotIn(district, grids).isEmpty());
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
