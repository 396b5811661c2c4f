package org.gridatlas.command.body;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;
import static org.gridatlas.command.system.CommonRules.distinct;
import static org.gridatlas.command.system.CommonRules.fitsAsName;
import static org.gridatlas.command.system.CommonRules.present;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.gridatlas.messages.body.AppointBodyMemberCommand;
import org.gridatlas.messages.body.BodyDissolvedEvent;
import org.gridatlas.messages.body.BodyFoundedEvent;
import org.gridatlas.messages.body.BodyKind;
import org.gridatlas.messages.body.BodyMember;
import org.gridatlas.messages.body.BodyMemberAppointedEvent;
import org.gridatlas.messages.body.BodyMemberLeftEvent;
import org.gridatlas.messages.body.ChangeServedCompoundsCommand;
import org.gridatlas.messages.body.DissolveBodyCommand;
import org.gridatlas.messages.body.EndBodyMembershipCommand;
import org.gridatlas.messages.body.EvaluatePropertyCompanyCommand;
import org.gridatlas.messages.body.FoundBodyCommand;
import org.gridatlas.messages.body.Listing;
import org.gridatlas.messages.body.PropertyCompanyEvaluatedEvent;
import org.gridatlas.messages.body.ServedCompoundsChangedEvent;

/**
 * A body of the register that serves compounds: a shared property society of
 * a community, a sub-district's state-owned property company, a project
 * department of a company, or a market property service company. It holds its
 * members, the compounds it serves and, for a company, its quarterly
 * evaluations.
 */
@Aggregate
class Body {

    static final int MAX_STARS = 5;

    static final Rule ID_REQUIRED = new Rule("body-id-required", "bodyId", "a body needs an identifier");
    static final Rule KIND_REQUIRED = new Rule("body-kind-required", "kind", "the kind of body is required");
    static final Rule COMMITTEES_ON_THEIR_COMPOUND = new Rule("committee-formed-on-its-compound", "kind",
            "owners' and property management committees are formed on their compound "
                    + "(POST /api/compounds/{compoundId}/owners-committee or …/property-management-committee)");
    static final Rule AREA_UNKNOWN = new Rule("body-area-unknown", "areaCode",
            "a society belongs to a community, a state-owned company to a sub-district, a property service company "
                    + "to a district and a project department to a sub-district or community; the area must exist");
    static final Rule NAME_REQUIRED = new Rule("body-name-required", "name",
            "a body needs a name of at most " + CommonRules.MAX_NAME_LENGTH + " characters");
    static final Rule FOUNDED_ON_REQUIRED = new Rule("body-founded-on-required", "foundedOn",
            "the founding date is required and not in the future");
    static final Rule DEPARTMENT_IN_A_COMPANY = new Rule("project-department-belongs-to-a-company", "companyId",
            "a project department belongs to a standing property company of its district");
    static final Rule COMPANY_ONLY_FOR_DEPARTMENTS = new Rule("body-company-only-for-project-departments", "companyId",
            "only a project department belongs to a company");
    static final Rule DEPARTMENT_WITHIN_COMPANY = new Rule("project-department-within-its-company", "areaCode",
            "a project department works within its company's area");
    static final Rule CREDIT_CODE_FORMAT = new Rule("credit-code-format", "creditCode",
            "a property company has a unified social credit code of 18 digits and capital letters other than "
                    + "I, O, Z, S and V (GB 32100-2015)");
    static final Rule CREDIT_CODE_CHECK = new Rule("credit-code-check-character", "creditCode",
            "the last character of a unified social credit code is a check character computed from the other 17 "
                    + "(GB 32100-2015), and this one does not match them: the code is mistyped");
    static final Rule CREDIT_CODE_ONLY_FOR_COMPANIES = new Rule("credit-code-only-for-companies", "creditCode",
            "only a property company has a unified social credit code of its own");
    static final Rule CREDIT_CODE_TAKEN = new Rule("credit-code-registered", "creditCode",
            "another property company of the district's register holds this unified social credit code");
    static final Rule ONE_STATE_OWNED_COMPANY = new Rule("state-owned-company-one-per-sub-district", "areaCode",
            "the sub-district already has a state-owned property company");
    static final Rule COMPOUNDS_UNKNOWN = new Rule("compounds-unknown", "compoundIds",
            "every compound must be a compound of the body's district, named once");
    static final Rule SERVES_ITS_OWN_AREA = new Rule("body-serves-compounds-of-its-area", "compoundIds",
            "a body serves compounds of its own area only: a society those of its community, a state-owned company "
                    + "those of its sub-district, a project department those of its sub-district or community");
    static final Rule SERVICE_UNCHANGED = new Rule("body-service-unchanged", "compoundIds",
            "the body already serves exactly these compounds");
    static final Rule DISSOLVED = new Rule("body-dissolved", null, "the body has been dissolved");
    static final Rule DISSOLVED_AFTER_FOUNDED = new Rule("body-dissolved-after-founded", "dissolvedOn",
            "a body is dissolved on or after its founding day, and not in the future");
    static final Rule DEPARTMENTS_FIRST = new Rule("company-departments-dissolved-first", null,
            "a company's project departments are dissolved before the company");
    static final Rule ONLY_COMPANIES_EVALUATED = new Rule("evaluation-only-for-companies", null,
            "only property companies are evaluated");
    static final Rule QUARTER_VALID = new Rule("evaluation-quarter-valid", "quarter",
            "a quarter as YYYY-Qn (e.g. 2026-Q3) that has begun, and in which the company existed");
    static final Rule STARS_IN_RANGE = new Rule("evaluation-stars-in-range", "stars",
            "an evaluation gives 1 to " + MAX_STARS + " stars");
    static final Rule LISTING_REQUIRED = new Rule("evaluation-listing-required", "listing",
            "an evaluation puts the company on the RED_LIST, the BLACK_LIST or NONE");
    static final Rule PUBLISHED_ON = new Rule("evaluation-published-on", "publishedOn",
            "an evaluation is published on or after the first day of its quarter, and not in the future");
    static final Rule EVALUATION_UNCHANGED = new Rule("evaluation-unchanged", null,
            "the quarter's evaluation is already exactly this");

    private record Evaluation(int stars, Listing listing, LocalDate publishedOn) {
    }

    @AggregateIdentifier
    private String bodyId;
    private String districtCode;
    private BodyKind kind;
    private String areaCode;
    private LocalDate foundedOn;
    private List<String> compoundIds;
    private final Roster roster = new Roster();
    private final Map<String, Evaluation> evaluations = new HashMap<>();
    private boolean dissolved;

    private Body() {
        // for Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    Body(FoundBodyCommand command, Directory directory) {
        ID_REQUIRED.check(present(command.bodyId()));
        KIND_REQUIRED.check(command.kind() != null);
        COMMITTEES_ON_THEIR_COMPOUND.check(!command.kind().isCommittee());
        String area = command.areaCode();
        AREA_UNKNOWN.check(area != null && fitsLevel(command.kind(), area) && directory.areaExists(area));
        String district = area.substring(0, 6);
        NAME_REQUIRED.check(fitsAsName(command.name()));
        FOUNDED_ON_REQUIRED.check(command.foundedOn() != null && !command.foundedOn().isAfter(OfficeClock.today()));
        checkCompany(command, directory);
        String creditCode = checkCreditCode(command.kind(), district, command.creditCode(), directory);
        if (command.kind() == BodyKind.STATE_OWNED_PROPERTY_COMPANY) {
            ONE_STATE_OWNED_COMPANY.check(!directory.hasStateOwnedCompany(area));
        }
        List<String> compounds = orEmpty(command.compoundIds());
        checkService(district, area, compounds, directory);

        Roster founding = new Roster();
        List<BodyMember> members = new ArrayList<>();
        List<BodyMember> asked = orEmpty(command.members());
        for (int i = 0; i < asked.size(); i++) {
            BodyMember member = founding.checkAppointment(asked.get(i), command.foundedOn(), command.foundedOn(),
                    "members[" + i + "].");
            founding.appointed(member, command.foundedOn());
            members.add(member);
        }

        apply(new BodyFoundedEvent(command.bodyId(), district, command.kind(), area, command.name().strip(),
                command.companyId(), creditCode, command.foundedOn(), compounds));
        members.forEach(m -> apply(new BodyMemberAppointedEvent(command.bodyId(), m, command.foundedOn())));
    }

    @CommandHandler
    Long handle(ChangeServedCompoundsCommand command, Directory directory) {
        DISSOLVED.check(!dissolved);
        List<String> compounds = orEmpty(command.compoundIds());
        checkService(districtCode, areaCode, compounds, directory);
        SERVICE_UNCHANGED.check(!CommonRules.sameEntries(compounds, compoundIds));
        apply(new ServedCompoundsChangedEvent(bodyId, compounds));
        return getVersion();
    }

    @CommandHandler
    Long handle(AppointBodyMemberCommand command) {
        DISSOLVED.check(!dissolved);
        BodyMember member = roster.checkAppointment(command.member(), command.appointedOn(), foundedOn, "member.");
        apply(new BodyMemberAppointedEvent(bodyId, member, command.appointedOn()));
        return getVersion();
    }

    @CommandHandler
    Long handle(EndBodyMembershipCommand command) {
        DISSOLVED.check(!dissolved);
        roster.checkDeparture(command.memberId(), command.leftOn());
        apply(new BodyMemberLeftEvent(bodyId, command.memberId(), command.leftOn()));
        return getVersion();
    }

    @CommandHandler
    Long handle(DissolveBodyCommand command, @MetaDataValue(AuditMetadata.REASON) String reason, Directory directory) {
        DISSOLVED.check(!dissolved);
        CommonRules.requireReason(reason);
        DISSOLVED_AFTER_FOUNDED.check(command.dissolvedOn() != null && !command.dissolvedOn().isBefore(foundedOn)
                && !command.dissolvedOn().isAfter(OfficeClock.today()));
        if (kind.isCompany()) {
            DEPARTMENTS_FIRST.check(directory.standingDepartments(bodyId) == 0);
        }
        apply(new BodyDissolvedEvent(bodyId, command.dissolvedOn()));
        return getVersion();
    }

    @CommandHandler
    Long handle(EvaluatePropertyCompanyCommand command, @MetaDataValue(AuditMetadata.REASON) String reason) {
        DISSOLVED.check(!dissolved);
        ONLY_COMPANIES_EVALUATED.check(kind.isCompany());
        Optional<Quarter> parsed = Quarter.parse(command.quarter());
        QUARTER_VALID.check(parsed.isPresent() && !parsed.get().firstDay().isAfter(OfficeClock.today())
                && !parsed.get().lastDay().isBefore(foundedOn));
        Quarter quarter = parsed.get();
        STARS_IN_RANGE.check(command.stars() >= 1 && command.stars() <= MAX_STARS);
        LISTING_REQUIRED.check(command.listing() != null);
        PUBLISHED_ON.check(command.publishedOn() != null && !command.publishedOn().isBefore(quarter.firstDay())
                && !command.publishedOn().isAfter(OfficeClock.today()));
        Evaluation earlier = evaluations.get(quarter.toString());
        if (earlier != null) {
            // a second result for a quarter corrects the published one
            EVALUATION_UNCHANGED.check(!earlier.equals(new Evaluation(command.stars(), command.listing(), command.publishedOn())));
            CommonRules.requireReason(reason);
        }
        apply(new PropertyCompanyEvaluatedEvent(bodyId, quarter.toString(), command.stars(), command.listing(),
                command.publishedOn()));
        return getVersion();
    }

    @EventSourcingHandler
    void on(BodyFoundedEvent event) {
        bodyId = event.bodyId();
        districtCode = event.districtCode();
        kind = event.kind();
        areaCode = event.areaCode();
        foundedOn = event.foundedOn();
        compoundIds = event.compoundIds();
    }

    @EventSourcingHandler
    void on(ServedCompoundsChangedEvent event) {
        compoundIds = event.compoundIds();
    }

    @EventSourcingHandler
    void on(BodyMemberAppointedEvent event) {
        roster.appointed(event.member(), event.appointedOn());
    }

    @EventSourcingHandler
    void on(BodyMemberLeftEvent event) {
        roster.left(event.memberId());
    }

    @EventSourcingHandler
    void on(BodyDissolvedEvent event) {
        dissolved = true;
        roster.dismissAll();
    }

    @EventSourcingHandler
    void on(PropertyCompanyEvaluatedEvent event) {
        evaluations.put(event.quarter(), new Evaluation(event.stars(), event.listing(), event.publishedOn()));
    }

    /** A society's area is a community, a state-owned company's a sub-district, a market company's the district. */
    private static boolean fitsLevel(BodyKind kind, String area) {
        return switch (kind) {
            case SHARED_PROPERTY_SOCIETY -> area.length() == 12;
            case STATE_OWNED_PROPERTY_COMPANY -> area.length() == 9;
            case PROPERTY_SERVICE_COMPANY -> area.length() == 6;
            case PROJECT_DEPARTMENT -> area.length() == 9 || area.length() == 12;
            case OWNERS_COMMITTEE, PROPERTY_MANAGEMENT_COMMITTEE -> false;
        };
    }

    private static void checkCompany(FoundBodyCommand command, Directory directory) {
        if (command.kind() != BodyKind.PROJECT_DEPARTMENT) {
            COMPANY_ONLY_FOR_DEPARTMENTS.check(!present(command.companyId()));
            return;
        }
        Optional<Directory.StandingBody> company = present(command.companyId())
                ? directory.standingBody(command.companyId()) : Optional.empty();
        DEPARTMENT_IN_A_COMPANY.check(company.isPresent() && company.get().kind().isCompany()
                && company.get().districtCode().equals(command.areaCode().substring(0, 6)));
        DEPARTMENT_WITHIN_COMPANY.check(command.areaCode().startsWith(company.get().areaCode()));
    }

    private static String checkCreditCode(BodyKind kind, String district, String creditCode, Directory directory) {
        if (!kind.isCompany()) {
            CREDIT_CODE_ONLY_FOR_COMPANIES.check(!present(creditCode));
            return null;
        }
        String code = creditCode == null ? null : creditCode.strip();
        CREDIT_CODE_FORMAT.check(UnifiedSocialCreditCode.wellFormed(code));
        CREDIT_CODE_CHECK.check(UnifiedSocialCreditCode.checks(code));
        CREDIT_CODE_TAKEN.check(!directory.creditCodeTaken(district, code));
        return code;
    }

    private static void checkService(String district, String area, List<String> compounds, Directory directory) {
        COMPOUNDS_UNKNOWN.check(distinct(compounds) && directory.compoundsNotIn(district, compounds).isEmpty());
        SERVES_ITS_OWN_AREA.check(directory.compoundCommunities(compounds).stream().allMatch(c -> c.startsWith(area)));
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }
}
