package org.gridatlas.command.compound;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;
import static org.gridatlas.command.system.CommonRules.distinct;
import static org.gridatlas.command.system.CommonRules.fitsAsName;
import static org.gridatlas.command.system.CommonRules.present;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.gridatlas.command.body.Roster;
import org.gridatlas.command.directory.Directory;
import org.gridatlas.command.directory.GridLayer;
import org.gridatlas.command.system.CommonRules;
import org.gridatlas.command.system.OfficeClock;
import org.gridatlas.command.system.Rule;
import org.gridatlas.geodata.geometry.BoundaryValidator;
import org.gridatlas.geodata.geometry.Wgs84;
import org.gridatlas.messages.AuditMetadata;
import org.gridatlas.messages.clearance.AssignClearanceStrategyCommand;
import org.gridatlas.messages.clearance.ClearanceStrategyAssignedEvent;
import org.gridatlas.messages.clearance.Subsidy;
import org.gridatlas.messages.compound.AssignCompoundToGridsCommand;
import org.gridatlas.messages.compound.ChangeCompoundAttributesCommand;
import org.gridatlas.messages.compound.ChangeManagementCommand;
import org.gridatlas.messages.compound.CompoundAssignedToGridsEvent;
import org.gridatlas.messages.compound.CompoundAttributes;
import org.gridatlas.messages.compound.CompoundAttributesChangedEvent;
import org.gridatlas.messages.compound.CompoundBoundaryCorrectedEvent;
import org.gridatlas.messages.compound.CompoundRegisteredEvent;
import org.gridatlas.messages.compound.CorrectCompoundBoundaryCommand;
import org.gridatlas.messages.compound.Management;
import org.gridatlas.messages.compound.ManagementChangedEvent;
import org.gridatlas.messages.compound.ManagementMode;
import org.gridatlas.messages.compound.ManagementTransition;
import org.gridatlas.messages.compound.RegisterCompoundCommand;
import org.gridatlas.messages.body.BodyMember;
import org.gridatlas.messages.governance.AppointCommitteeMemberCommand;
import org.gridatlas.messages.governance.Committee;
import org.gridatlas.messages.governance.CommitteeMemberAppointedEvent;
import org.gridatlas.messages.governance.CommitteeMemberLeftEvent;
import org.gridatlas.messages.governance.CompoundLeadersNamedEvent;
import org.gridatlas.messages.governance.CompoundLeadersRecordedEvent;
import org.gridatlas.messages.governance.DissolveOwnersCommitteeCommand;
import org.gridatlas.messages.governance.DissolvePropertyManagementCommitteeCommand;
import org.gridatlas.messages.governance.EndCommitteeMembershipCommand;
import org.gridatlas.messages.governance.FormOwnersCommitteeCommand;
import org.gridatlas.messages.governance.FormPropertyManagementCommitteeCommand;
import org.gridatlas.messages.governance.OwnersCommitteeDissolvedEvent;
import org.gridatlas.messages.governance.OwnersCommitteeFormedEvent;
import org.gridatlas.messages.governance.PropertyManagementCommitteeDissolvedEvent;
import org.gridatlas.messages.governance.PropertyManagementCommitteeFormedEvent;
import org.gridatlas.messages.governance.NameCompoundLeadersCommand;
import org.gridatlas.messages.governance.RecordCompoundLeadersCommand;
import org.gridatlas.messages.grid.Leader;
import org.locationtech.jts.geom.Polygon;

/**
 * A residential compound (小区): its register entry, where it lies, how it is
 * managed, the plan to clear it when it is not, and its self-governance.
 */
@Aggregate
class Compound {

    static final int MAX_ADDRESS_LENGTH = 200;
    /** Beyond these a figure is a typing error, not a compound. */
    static final int MAX_HOUSEHOLDS = 50_000;
    static final int MAX_BUILDINGS = 1_000;
    static final int MAX_UNITS = 20_000;
    static final BigDecimal MAX_FLOOR_AREA = new BigDecimal("10000000");
    static final int FIRST_YEAR = 1900;
    static final BigDecimal MAX_SUBSIDY_RATE = new BigDecimal("10");
    static final int MAX_SUBSIDY_MONTHS = 24;

    // register entry
    static final Rule ID_REQUIRED = new Rule("compound-id-required", "compoundId", "a compound needs an identifier");
    static final Rule COMMUNITY_UNKNOWN = new Rule("community-unknown", "communityCode", "there is no community with this code");
    static final Rule NAME_REQUIRED = new Rule("compound-name-required", "name",
            "a compound needs a name of at most " + CommonRules.MAX_NAME_LENGTH + " characters");
    static final Rule ADDRESS_TOO_LONG = new Rule("compound-address-too-long", "address",
            "an address has at most " + MAX_ADDRESS_LENGTH + " characters");
    static final Rule HOUSEHOLDS_IN_RANGE = new Rule("compound-households-in-range", "households",
            "households must be between 0 and " + MAX_HOUSEHOLDS);
    static final Rule BUILDINGS_IN_RANGE = new Rule("compound-buildings-in-range", "buildings",
            "a compound has between 1 and " + MAX_BUILDINGS + " buildings");
    static final Rule UNITS_IN_RANGE = new Rule("compound-units-in-range", "units",
            "every building has at least one unit, and a compound at most " + MAX_UNITS);
    static final Rule FLOOR_AREA_IN_RANGE = new Rule("compound-floor-area-in-range", "floorArea",
            "the floor area is more than 0 and at most " + MAX_FLOOR_AREA.toPlainString() + " m²");
    static final Rule YEAR_BUILT_IN_RANGE = new Rule("compound-year-built-in-range", "yearBuilt",
            "the year built lies between " + FIRST_YEAR + " and this year");
    static final Rule CATEGORY_REQUIRED = new Rule("compound-category-required", "category", "a compound's category is required");
    static final Rule ATTRIBUTES_UNCHANGED = new Rule("compound-attributes-unchanged", null, "the register already holds exactly these attributes");
    static final Rule BOUNDARY_UNCHANGED = new Rule("compound-boundary-unchanged", "boundary", "the compound already has this boundary");
    static final Rule GRIDS_UNKNOWN = new Rule("grids-unknown", "gridCodes",
            "every grid must be a grid of the compound's district, named once");
    static final Rule GRIDS_REQUIRED = new Rule("compound-grids-required", "gridCodes", "a compound lies in at least one grid");
    static final Rule GRIDS_UNCHANGED = new Rule("compound-grids-unchanged", "gridCodes", "the compound already lies in exactly these grids");

    // management
    static final Rule MODE_REQUIRED = new Rule("management-mode-required", "management.mode", "the management mode is required");
    static final Rule PROVIDER_REQUIRED = new Rule("management-provider-required", "management.provider",
            "a managed compound names who manages it (a company, or the body that serves it), in at most "
                    + CommonRules.MAX_NAME_LENGTH + " characters");
    static final Rule NO_PROVIDER_WHEN_UNMANAGED = new Rule("management-no-provider-when-unmanaged", "management.provider",
            "an unmanaged compound has no provider");
    static final Rule SINCE_REQUIRED = new Rule("management-since-required", "management.since",
            "a managed compound says since when it is managed so");
    static final Rule SINCE_NOT_IN_FUTURE = new Rule("management-since-not-in-future", "management.since",
            "management is recorded once it has started, not in advance");
    static final Rule SINCE_NOT_BEFORE_CURRENT = new Rule("management-since-not-before-current", "management.since",
            "a new arrangement cannot start before the current one did");
    static final Rule FEE_STANCE_REQUIRED = new Rule("management-fee-stance-required", "management.feeStance",
            "a managed compound has a fee stance: SERVE_FIRST, CONSULTING_OWNERS or CHARGING");
    static final Rule NO_FEE_STANCE_WHEN_UNMANAGED = new Rule("management-no-fee-stance-when-unmanaged", "management.feeStance",
            "an unmanaged compound has no fee stance");
    static final Rule MANAGEMENT_UNCHANGED = new Rule("management-unchanged", "management",
            "the compound is already managed exactly so");

    // clearance strategy (一区一策)
    static final Rule STRATEGY_NEEDS_UNMANAGED = new Rule("clearance-strategy-needs-unmanaged-compound", null,
            "a clearance strategy is chosen for an unmanaged compound only");
    static final Rule STRATEGY_REQUIRED = new Rule("clearance-strategy-required", "strategy", "the strategy is required");
    static final Rule PLANNED_DATE_IN_FUTURE = new Rule("clearance-planned-date-not-past", "plannedDate",
            "the planned date is today or later");
    static final Rule SUBSIDY_FOR_TRANSITION = new Rule("clearance-subsidy-for-transition", "subsidy",
            "a subsidised transition needs a subsidy of more than 0 and at most " + MAX_SUBSIDY_RATE
                    + " yuan per m² per month, for 1 to " + MAX_SUBSIDY_MONTHS + " months");
    static final Rule SUBSIDY_ONLY_FOR_TRANSITION = new Rule("clearance-subsidy-only-for-transition", "subsidy",
            "only a subsidised transition has a subsidy");

    // self-governance
    static final Rule DATE_REQUIRED = new Rule("governance-date-required", "date",
            "the date is required and not in the future");
    static final Rule OWNERS_COMMITTEE_EXISTS = new Rule("owners-committee-exists", null,
            "the compound already has an owners' committee");
    static final Rule NO_OWNERS_COMMITTEE = new Rule("owners-committee-missing", null,
            "the compound has no owners' committee to dissolve");
    static final Rule COMMITTEE_EXISTS = new Rule("property-management-committee-exists", null,
            "the compound already has a property management committee");
    static final Rule NO_COMMITTEE = new Rule("property-management-committee-missing", null,
            "the compound has no property management committee to dissolve");
    static final Rule COMMITTEE_ONLY_WITHOUT_OWNERS_COMMITTEE = new Rule("property-management-committee-needs-no-owners-committee", null,
            "a property management committee is formed where there is no owners' committee");
    static final Rule DISSOLVED_AFTER_FORMED = new Rule("governance-dissolved-after-formed", "date",
            "a committee is dissolved on or after the day it was formed");
    static final Rule COMMITTEE_NOT_FORMED = new Rule("committee-not-formed", null,
            "the compound has no such committee for members to join or leave");
    static final Rule LEADERS_IN_RANGE = new Rule("compound-leaders-in-range", null,
            "building leaders number 0 to the buildings, unit leaders 0 to the units");
    static final Rule LEADERS_UNCHANGED = new Rule("compound-leaders-unchanged", null,
            "the compound already has exactly these leaders");
    static final Rule LEADER_NAME = new Rule("leader-name-required", "name",
            "a leader has a name of at most " + CommonRules.MAX_NAME_LENGTH + " characters");
    static final Rule LEADER_PHONE = new Rule("leader-phone-digits", "phone",
            "a phone number is digits as dialled (spaces, hyphens and a leading + allowed), at most 20 characters");
    static final Rule LEADER_BUILDING = new Rule("leader-building-too-long", "building",
            "what a leader leads (e.g. 3号楼2单元) is at most " + CommonRules.MAX_NAME_LENGTH + " characters");
    private static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile("\\+?[0-9][0-9 -]{0,18}");

    @AggregateIdentifier
    private String compoundId;
    private String districtCode;
    private CompoundAttributes attributes;
    private Polygon boundary;
    private List<String> gridCodes;
    private Management management;
    private LocalDate ownersCommitteeFormedOn;
    private LocalDate committeeFormedOn;
    private int buildingLeaders;
    private int unitLeaders;
    /** The leaders by name, when they were named. */
    private List<Leader> namedBuildingLeaders = List.of();
    private List<Leader> namedUnitLeaders = List.of();
    /** The committees' members; the rules are those of every body's members. */
    private final Roster ownersCommitteeMembers = new Roster();
    private final Roster committeeMembers = new Roster();

    private Compound() {
        // for Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    Compound(RegisterCompoundCommand command, Directory directory) {
        ID_REQUIRED.check(present(command.compoundId()));
        COMMUNITY_UNKNOWN.check(command.communityCode() != null && command.communityCode().length() == 12
                && directory.areaExists(command.communityCode()));
        String district = command.communityCode().substring(0, 6);
        CompoundAttributes checked = checked(command.attributes());
        Polygon outline = boundary(command.boundaryWkt());
        Management initial = checked(command.management());
        List<String> grids = command.gridCodes() == null ? List.of() : command.gridCodes();
        GRIDS_UNKNOWN.check(distinct(grids) && directory.gridsNotIn(district, grids).isEmpty());
        GridLayer.requireGridsReached(directory, outline, grids);

        apply(new CompoundRegisteredEvent(command.compoundId(), district, command.communityCode().substring(0, 9),
                command.communityCode(), checked, Wgs84.toWkt(outline), initial, grids));
    }

    @CommandHandler
    Long handle(CorrectCompoundBoundaryCommand command, @MetaDataValue(AuditMetadata.REASON) String reason) {
        CommonRules.requireReason(reason);
        Polygon corrected = boundary(command.boundaryWkt());
        BOUNDARY_UNCHANGED.check(!corrected.equalsExact(boundary));
        apply(new CompoundBoundaryCorrectedEvent(compoundId, Wgs84.toWkt(corrected)));
        return getVersion();
    }

    @CommandHandler
    Long handle(ChangeCompoundAttributesCommand command, @MetaDataValue(AuditMetadata.REASON) String reason) {
        CommonRules.requireReason(reason);
        CompoundAttributes changed = checked(command.attributes());
        ATTRIBUTES_UNCHANGED.check(!changed.equals(attributes));
        LEADERS_IN_RANGE.check(buildingLeaders <= changed.buildings() && unitLeaders <= changed.units());
        apply(new CompoundAttributesChangedEvent(compoundId, changed));
        return getVersion();
    }

    @CommandHandler
    Long handle(AssignCompoundToGridsCommand command, Directory directory) {
        List<String> grids = command.gridCodes() == null ? List.of() : command.gridCodes();
        GRIDS_REQUIRED.check(!grids.isEmpty());
        GRIDS_UNKNOWN.check(distinct(grids) && directory.gridsNotIn(districtCode, grids).isEmpty());
        GridLayer.requireGridsReached(directory, boundary, grids);
        GRIDS_UNCHANGED.check(!CommonRules.sameEntries(grids, gridCodes));
        apply(new CompoundAssignedToGridsEvent(compoundId, grids));
        return getVersion();
    }

    @CommandHandler
    Long handle(ChangeManagementCommand command, @MetaDataValue(AuditMetadata.REASON) String reason) {
        CommonRules.requireReason(reason);
        Management next = checked(command.management());
        MANAGEMENT_UNCHANGED.check(!next.equals(management));
        SINCE_NOT_BEFORE_CURRENT.check(management.since() == null || next.since() == null
                || !next.since().isBefore(management.since()));
        apply(new ManagementChangedEvent(compoundId, districtCode, management.mode(), next,
                transition(management.mode(), next.mode())));
        return getVersion();
    }

    @CommandHandler
    Long handle(AssignClearanceStrategyCommand command) {
        STRATEGY_NEEDS_UNMANAGED.check(!management.mode().isManaged());
        STRATEGY_REQUIRED.check(command.strategy() != null);
        PLANNED_DATE_IN_FUTURE.check(command.plannedDate() != null && !command.plannedDate().isBefore(OfficeClock.today()));
        Subsidy subsidy = command.subsidy();
        BigDecimal commitment = null;
        if (command.strategy().isSubsidised()) {
            SUBSIDY_FOR_TRANSITION.check(subsidy != null && subsidy.yuanPerSquareMetreMonth() != null
                    && subsidy.yuanPerSquareMetreMonth().signum() > 0
                    && subsidy.yuanPerSquareMetreMonth().compareTo(MAX_SUBSIDY_RATE) <= 0
                    && subsidy.months() >= 1 && subsidy.months() <= MAX_SUBSIDY_MONTHS);
            commitment = attributes.floorArea()
                    .multiply(subsidy.yuanPerSquareMetreMonth())
                    .multiply(BigDecimal.valueOf(subsidy.months()))
                    .setScale(2, RoundingMode.HALF_UP);
        } else {
            SUBSIDY_ONLY_FOR_TRANSITION.check(subsidy == null);
        }
        apply(new ClearanceStrategyAssignedEvent(compoundId, command.strategy(), command.plannedDate(), subsidy, commitment));
        return getVersion();
    }

    @CommandHandler
    Long handle(FormOwnersCommitteeCommand command) {
        OWNERS_COMMITTEE_EXISTS.check(ownersCommitteeFormedOn == null);
        LocalDate formedOn = date(command.formedOn());
        apply(new OwnersCommitteeFormedEvent(compoundId, formedOn));
        if (committeeFormedOn != null) {
            // 物管会 stands in until the owners can elect a committee; once they have, it steps down.
            apply(new PropertyManagementCommitteeDissolvedEvent(compoundId, formedOn));
        }
        return getVersion();
    }

    @CommandHandler
    Long handle(DissolveOwnersCommitteeCommand command, @MetaDataValue(AuditMetadata.REASON) String reason) {
        CommonRules.requireReason(reason);
        NO_OWNERS_COMMITTEE.check(ownersCommitteeFormedOn != null);
        LocalDate dissolvedOn = date(command.dissolvedOn());
        DISSOLVED_AFTER_FORMED.check(!dissolvedOn.isBefore(ownersCommitteeFormedOn));
        apply(new OwnersCommitteeDissolvedEvent(compoundId, dissolvedOn));
        return getVersion();
    }

    @CommandHandler
    Long handle(FormPropertyManagementCommitteeCommand command) {
        COMMITTEE_EXISTS.check(committeeFormedOn == null);
        COMMITTEE_ONLY_WITHOUT_OWNERS_COMMITTEE.check(ownersCommitteeFormedOn == null);
        apply(new PropertyManagementCommitteeFormedEvent(compoundId, date(command.formedOn())));
        return getVersion();
    }

    @CommandHandler
    Long handle(DissolvePropertyManagementCommitteeCommand command, @MetaDataValue(AuditMetadata.REASON) String reason) {
        CommonRules.requireReason(reason);
        NO_COMMITTEE.check(committeeFormedOn != null);
        LocalDate dissolvedOn = date(command.dissolvedOn());
        DISSOLVED_AFTER_FORMED.check(!dissolvedOn.isBefore(committeeFormedOn));
        apply(new PropertyManagementCommitteeDissolvedEvent(compoundId, dissolvedOn));
        return getVersion();
    }

    @CommandHandler
    Long handle(AppointCommitteeMemberCommand command) {
        LocalDate formedOn = formedOn(command.committee());
        BodyMember member = roster(command.committee()).checkAppointment(command.member(), command.appointedOn(),
                formedOn, "member.");
        apply(new CommitteeMemberAppointedEvent(compoundId, command.committee(), member, command.appointedOn()));
        return getVersion();
    }

    @CommandHandler
    Long handle(EndCommitteeMembershipCommand command) {
        formedOn(command.committee());
        roster(command.committee()).checkDeparture(command.memberId(), command.leftOn());
        apply(new CommitteeMemberLeftEvent(compoundId, command.committee(), command.memberId(), command.leftOn()));
        return getVersion();
    }

    @CommandHandler
    Long handle(RecordCompoundLeadersCommand command) {
        LEADERS_IN_RANGE.check(command.buildingLeaders() >= 0 && command.buildingLeaders() <= attributes.buildings()
                && command.unitLeaders() >= 0 && command.unitLeaders() <= attributes.units());
        LEADERS_UNCHANGED.check(command.buildingLeaders() != buildingLeaders || command.unitLeaders() != unitLeaders);
        apply(new CompoundLeadersRecordedEvent(compoundId, command.buildingLeaders(), command.unitLeaders()));
        return getVersion();
    }

    /** Names the leaders; their numbers become the lists' sizes, within the buildings and units. */
    @CommandHandler
    Long handle(NameCompoundLeadersCommand command) {
        List<Leader> building = checkedLeaders(command.buildingLeaders(), "buildingLeaders");
        List<Leader> unit = checkedLeaders(command.unitLeaders(), "unitLeaders");
        LEADERS_IN_RANGE.check(building.size() <= attributes.buildings() && unit.size() <= attributes.units());
        LEADERS_UNCHANGED.check(!building.equals(namedBuildingLeaders) || !unit.equals(namedUnitLeaders)
                || building.size() != buildingLeaders || unit.size() != unitLeaders);
        apply(new CompoundLeadersNamedEvent(compoundId, building, unit));
        return getVersion();
    }

    /** Each leader's name, phone and building checked and trimmed; a missing list is no leaders. */
    static List<Leader> checkedLeaders(List<Leader> leaders, String member) {
        List<Leader> checked = new ArrayList<>();
        for (int i = 0; leaders != null && i < leaders.size(); i++) {
            Leader leader = leaders.get(i);
            String at = member + "[" + i + "].";
            LEADER_NAME.under(at).check(leader != null && CommonRules.fitsAsName(leader.name()));
            String phone = present(leader.phone()) ? leader.phone().strip() : null;
            LEADER_PHONE.under(at).check(phone == null || PHONE.matcher(phone).matches());
            String building = present(leader.building()) ? leader.building().strip() : null;
            LEADER_BUILDING.under(at).check(building == null || building.length() <= CommonRules.MAX_NAME_LENGTH);
            checked.add(new Leader(leader.name().strip(), phone, building));
        }
        return List.copyOf(checked);
    }

    @EventSourcingHandler
    void on(CompoundRegisteredEvent event) {
        compoundId = event.compoundId();
        districtCode = event.districtCode();
        attributes = event.attributes();
        boundary = Wgs84.polygonFromWkt(event.boundaryWkt(), "boundary");
        management = event.management();
        gridCodes = event.gridCodes();
    }

    @EventSourcingHandler
    void on(CompoundBoundaryCorrectedEvent event) {
        boundary = Wgs84.polygonFromWkt(event.boundaryWkt(), "boundary");
    }

    @EventSourcingHandler
    void on(CompoundAttributesChangedEvent event) {
        attributes = event.attributes();
    }

    @EventSourcingHandler
    void on(CompoundAssignedToGridsEvent event) {
        gridCodes = event.gridCodes();
    }

    @EventSourcingHandler
    void on(ManagementChangedEvent event) {
        management = event.management();
    }

    @EventSourcingHandler
    void on(OwnersCommitteeFormedEvent event) {
        ownersCommitteeFormedOn = event.formedOn();
    }

    @EventSourcingHandler
    void on(OwnersCommitteeDissolvedEvent event) {
        ownersCommitteeFormedOn = null;
        ownersCommitteeMembers.dismissAll();
    }

    @EventSourcingHandler
    void on(PropertyManagementCommitteeFormedEvent event) {
        committeeFormedOn = event.formedOn();
    }

    @EventSourcingHandler
    void on(PropertyManagementCommitteeDissolvedEvent event) {
        committeeFormedOn = null;
        committeeMembers.dismissAll();
    }

    @EventSourcingHandler
    void on(CommitteeMemberAppointedEvent event) {
        roster(event.committee()).appointed(event.member(), event.appointedOn());
    }

    @EventSourcingHandler
    void on(CommitteeMemberLeftEvent event) {
        roster(event.committee()).left(event.memberId());
    }

    @EventSourcingHandler
    void on(CompoundLeadersRecordedEvent event) {
        buildingLeaders = event.buildingLeaders();
        unitLeaders = event.unitLeaders();
    }

    @EventSourcingHandler
    void on(CompoundLeadersNamedEvent event) {
        namedBuildingLeaders = event.buildingLeaders();
        namedUnitLeaders = event.unitLeaders();
        buildingLeaders = event.buildingLeaders().size();
        unitLeaders = event.unitLeaders().size();
    }

    static ManagementTransition transition(ManagementMode from, ManagementMode to) {
        if (!from.isManaged() && to.isManaged()) {
            return ManagementTransition.CLEARED;
        }
        if (from.isManaged() && !to.isManaged()) {
            return ManagementTransition.RELAPSED;
        }
        return ManagementTransition.CHANGED;
    }

    private static CompoundAttributes checked(CompoundAttributes a) {
        NAME_REQUIRED.check(a != null && fitsAsName(a.name()));
        ADDRESS_TOO_LONG.check(a.address() == null || a.address().strip().length() <= MAX_ADDRESS_LENGTH);
        HOUSEHOLDS_IN_RANGE.check(a.households() >= 0 && a.households() <= MAX_HOUSEHOLDS);
        BUILDINGS_IN_RANGE.check(a.buildings() >= 1 && a.buildings() <= MAX_BUILDINGS);
        UNITS_IN_RANGE.check(a.units() >= a.buildings() && a.units() <= MAX_UNITS);
        FLOOR_AREA_IN_RANGE.check(a.floorArea() != null && a.floorArea().signum() > 0
                && a.floorArea().compareTo(MAX_FLOOR_AREA) <= 0);
        YEAR_BUILT_IN_RANGE.check(a.yearBuilt() >= FIRST_YEAR && a.yearBuilt() <= OfficeClock.today().getYear());
        CATEGORY_REQUIRED.check(a.category() != null);
        String address = present(a.address()) ? a.address().strip() : null;
        return new CompoundAttributes(a.name().strip(), address, a.households(), a.buildings(), a.units(),
                a.floorArea().setScale(2, RoundingMode.HALF_UP), a.yearBuilt(), a.category());
    }

    private static Management checked(Management m) {
        MODE_REQUIRED.check(m != null && m.mode() != null);
        SINCE_NOT_IN_FUTURE.check(m.since() == null || !m.since().isAfter(OfficeClock.today()));
        if (!m.mode().isManaged()) {
            NO_PROVIDER_WHEN_UNMANAGED.check(!present(m.provider()));
            NO_FEE_STANCE_WHEN_UNMANAGED.check(m.feeStance() == null);
            return Management.unmanaged(m.since());
        }
        PROVIDER_REQUIRED.check(fitsAsName(m.provider()));
        SINCE_REQUIRED.check(m.since() != null);
        FEE_STANCE_REQUIRED.check(m.feeStance() != null);
        return new Management(m.mode(), m.provider().strip(), m.since(), m.feeStance());
    }

    /** The day the committee was formed; refused when the compound has no such committee. */
    private LocalDate formedOn(Committee committee) {
        LocalDate formedOn = committee == Committee.OWNERS_COMMITTEE ? ownersCommitteeFormedOn : committeeFormedOn;
        COMMITTEE_NOT_FORMED.check(formedOn != null);
        return formedOn;
    }

    private Roster roster(Committee committee) {
        return committee == Committee.OWNERS_COMMITTEE ? ownersCommitteeMembers : committeeMembers;
    }

    private static LocalDate date(LocalDate date) {
        DATE_REQUIRED.check(date != null && !date.isAfter(OfficeClock.today()));
        return date;
    }

    private static Polygon boundary(String wkt) {
        return BoundaryValidator.requireValid(Wgs84.polygonFromWkt(wkt, "boundary"), "boundary");
    }
}
