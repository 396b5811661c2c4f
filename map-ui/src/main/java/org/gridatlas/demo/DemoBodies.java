package org.gridatlas.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.gridatlas.command.body.UnifiedSocialCreditCode;
import org.gridatlas.messages.body.BodyKind;
import org.gridatlas.messages.body.BodyMember;
import org.gridatlas.messages.body.EvaluatePropertyCompanyCommand;
import org.gridatlas.messages.body.FoundBodyCommand;
import org.gridatlas.messages.body.Listing;
import org.gridatlas.messages.body.MemberRole;
import org.gridatlas.messages.body.PartyPost;
import org.gridatlas.messages.body.RecordCrossAppointmentCommand;
import org.gridatlas.messages.compound.ManagementMode;
import org.gridatlas.messages.compound.RegisterCompoundCommand;
import org.gridatlas.messages.governance.AppointCommitteeMemberCommand;
import org.gridatlas.messages.governance.Committee;
import org.gridatlas.messages.governance.FormOwnersCommitteeCommand;
import org.gridatlas.messages.party.FoundPartyOrganisationCommand;
import org.gridatlas.messages.party.PartyOrganisationType;

/**
 * The demo district's bodies, drawn from what its survey registered: a shared
 * property society (7 to 9 members, most of them party members, 龙潭区's
 * model) for each community whose compounds one manages, the market companies
 * that manage compounds with their credit codes, party branches founded in
 * them and quarterly evaluations, members for some owners' committees, and
 * the cross appointments of a society's chair and a company's general manager
 * into their branches. A random source of its own keeps the rest of the plan
 * as it was.
 */
final class DemoBodies {

    private static final int OWNERS_COMMITTEES_WITH_MEMBERS = 20;
    private static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");

    private final String district;
    private final Random random;
    private final DemoNames names;
    private final List<DemoStep> register = new ArrayList<>();
    private final List<DemoStep> evaluations = new ArrayList<>();
    private int organisations;

    private DemoBodies(String district, long seed) {
        this.district = district;
        this.random = new Random(seed);
        this.names = new DemoNames(random);
    }

    /** The register's steps, three weeks into the survey's second month, and the evaluations as published. */
    record Steps(List<DemoStep> register, List<DemoStep> evaluations) {
    }

    /** Evaluations are published in the months from {@code firstPublished} to {@code lastPublished}. */
    static Steps of(String district, long seed, List<DemoStep> survey, YearMonth surveyMonth, YearMonth firstPublished,
                    YearMonth lastPublished) {
        DemoBodies bodies = new DemoBodies(district, seed);
        List<RegisterCompoundCommand> compounds = survey.stream().map(DemoStep::command)
                .filter(RegisterCompoundCommand.class::isInstance).map(RegisterCompoundCommand.class::cast).toList();
        LocalDate day = surveyMonth.plusMonths(1).atDay(20);
        bodies.societies(compounds, day);
        bodies.companies(compounds, day.plusDays(1), firstPublished, lastPublished);
        bodies.ownersCommittees(survey, day.plusDays(2));
        return new Steps(bodies.register, bodies.evaluations);
    }

    private void societies(List<RegisterCompoundCommand> compounds, LocalDate day) {
        Map<String, List<RegisterCompoundCommand>> bySociety = byProvider(compounds, ManagementMode.SHARED_PROPERTY_SOCIETY);
        int n = 0;
        for (Map.Entry<String, List<RegisterCompoundCommand>> society : bySociety.entrySet()) {
            String id = district + "-S" + String.format("%02d", ++n);
            LocalDate founded = earliest(society.getValue());
            int size = 7 + random.nextInt(3);
            int party = size / 2 + 1 + random.nextInt(size - size / 2);
            List<BodyMember> members = new ArrayList<>();
            List<String> people = names.people(size);
            for (int i = 0; i < size; i++) {
                MemberRole role = i == 0 ? MemberRole.CHAIR : i < 3 ? MemberRole.VICE_CHAIR : MemberRole.MEMBER;
                members.add(new BodyMember("m" + (i + 1), people.get(i), role, i < party, null));
            }
            register.add(step(day, n * 10, "社区党组织牵头成立共享物业社", new FoundBodyCommand(id,
                    BodyKind.SHARED_PROPERTY_SOCIETY, society.getValue().get(0).communityCode(), society.getKey(), null,
                    null, founded, society.getValue().stream().map(RegisterCompoundCommand::compoundId).toList(), members)));
            branchWithItsLeader(id, PartyOrganisationType.FUNCTIONAL_BRANCH, society.getKey() + "功能型党支部", party,
                    founded, members.get(0), PartyPost.SECRETARY, day, n * 10);
        }
    }

    private void companies(List<RegisterCompoundCommand> compounds, LocalDate day, YearMonth firstPublished,
                           YearMonth lastPublished) {
        Map<String, List<RegisterCompoundCommand>> byCompany = byProvider(compounds, ManagementMode.MARKET_COMPANY);
        int n = 0;
        for (String company : DemoNames.MARKET_COMPANIES) {
            List<RegisterCompoundCommand> served = byCompany.getOrDefault(company, List.of());
            String id = district + "-M" + String.format("%02d", ++n);
            LocalDate founded = served.isEmpty() ? LocalDate.of(2012, 1, 1) : earliest(served);
            List<String> people = names.people(2);
            BodyMember manager = new BodyMember("gm", people.get(0), MemberRole.GENERAL_MANAGER, true, null);
            register.add(step(day, n * 10, "招投标选聘的物业服务企业入库", new FoundBodyCommand(id,
                    BodyKind.PROPERTY_SERVICE_COMPANY, district, company, null,
                    UnifiedSocialCreditCode.withCheckCharacter("91" + district + "MA0" + String.format("%06d", n * 104_729 % 1_000_000)),
                    founded, served.stream().map(RegisterCompoundCommand::compoundId).toList(),
                    List.of(new BodyMember("chair", people.get(1), MemberRole.CHAIR, random.nextBoolean(), null), manager))));
            branchWithItsLeader(id, PartyOrganisationType.PROPERTY_ENTERPRISE_BRANCH, company + "党支部", 3 + random.nextInt(6),
                    founded, manager, PartyPost.DEPUTY_SECRETARY, day, n * 10);
            evaluate(id, founded, firstPublished, lastPublished);
        }
    }

    /** Every quarter whose results fall due in a month the district publishes: stars, and the lists for 5 and 2. */
    private void evaluate(String company, LocalDate founded, YearMonth firstPublished, YearMonth lastPublished) {
        for (YearMonth month = firstPublished; !month.isAfter(lastPublished); month = month.plusMonths(1)) {
            if ((month.getMonthValue() - 1) % 3 != 0) {
                continue;
            }
            YearMonth quarterEnd = month.minusMonths(1);
            if (quarterEnd.atEndOfMonth().isBefore(founded)) {
                continue;
            }
            int stars = 2 + random.nextInt(4);
            Listing listing = stars == 5 ? Listing.RED_LIST : stars == 2 ? Listing.BLACK_LIST : Listing.NONE;
            LocalDate published = month.atDay(10);
            evaluations.add(step(published, random.nextInt(60), "物业服务企业星级考评结果季度公示",
                    new EvaluatePropertyCompanyCommand(company, quarterEnd.getYear() + "-Q" + (quarterEnd.getMonthValue() / 3),
                            stars, listing, published, null)));
        }
    }

    private void ownersCommittees(List<DemoStep> survey, LocalDate day) {
        List<FormOwnersCommitteeCommand> committees = survey.stream().map(DemoStep::command)
                .filter(FormOwnersCommitteeCommand.class::isInstance).map(FormOwnersCommitteeCommand.class::cast)
                .limit(OWNERS_COMMITTEES_WITH_MEMBERS).toList();
        int step = 0;
        for (FormOwnersCommitteeCommand committee : committees) {
            List<String> people = names.people(5);
            for (int i = 0; i < people.size(); i++) {
                MemberRole role = i == 0 ? MemberRole.CHAIR : i == 1 ? MemberRole.VICE_CHAIR : MemberRole.MEMBER;
                register.add(step(day, step++ * 2, "补录业主委员会成员", new AppointCommitteeMemberCommand(
                        committee.compoundId(), Committee.OWNERS_COMMITTEE,
                        new BodyMember("oc-" + (i + 1), people.get(i), role, i == 0 || random.nextInt(3) == 0, null),
                        committee.formedOn(), null)));
            }
        }
    }

    /** 双向进入、交叉任职: the body's leader holds a post in the branch founded in it. */
    private void branchWithItsLeader(String bodyId, PartyOrganisationType type, String name, int fullMembers,
                                     LocalDate founded, BodyMember leader, PartyPost post, LocalDate day, int minute) {
        String organisation = district + "-PB" + String.format("%02d", ++organisations);
        register.add(step(day, minute + 3, "在物业服务主体中建立党组织", new FoundPartyOrganisationCommand(organisation,
                district, type, name, Math.max(3, fullMembers), founded, List.of(), List.of(), bodyId)));
        register.add(step(day, minute + 6, "双向进入、交叉任职", new RecordCrossAppointmentCommand(
                organisation + "-X", organisation, leader.name(), post, bodyId, leader.memberId(), founded)));
    }

    /** The compounds of each provider named for this mode, in the order they were registered. */
    private static Map<String, List<RegisterCompoundCommand>> byProvider(List<RegisterCompoundCommand> compounds,
                                                                         ManagementMode mode) {
        Map<String, List<RegisterCompoundCommand>> byProvider = new LinkedHashMap<>();
        compounds.stream().filter(c -> c.management().mode() == mode)
                .forEach(c -> byProvider.computeIfAbsent(c.management().provider(), p -> new ArrayList<>()).add(c));
        return byProvider;
    }

    /** A body is on the register from the day it took on the first of its compounds. */
    private static LocalDate earliest(List<RegisterCompoundCommand> compounds) {
        return compounds.stream().map(c -> c.management().since()).min(Comparator.naturalOrder()).orElseThrow();
    }

    /** The housing bureau keeps the register; the organisation department the party side. */
    private static DemoStep step(LocalDate day, int minute, String reason, Object command) {
        Instant at = day.atTime(LocalTime.of(14, 0)).plusMinutes(minute).atZone(OFFICE).toInstant();
        String user = command instanceof FoundPartyOrganisationCommand || command instanceof RecordCrossAppointmentCommand
                ? CalibratedDistrict.ORGANISATION_DEPARTMENT : CalibratedDistrict.SURVEYOR;
        return new DemoStep(at, user, reason, command);
    }
}
