package org.gridatlas.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.gridatlas.geodata.geometry.Wgs84;
import org.gridatlas.messages.area.AddSubDistrictCommand;
import org.gridatlas.messages.complaint.RecordComplaintsCommand;
import org.gridatlas.messages.compound.RegisterCompoundCommand;
import org.gridatlas.messages.meeting.MeetingKind;
import org.gridatlas.messages.meeting.MeetingPlace;
import org.gridatlas.messages.meeting.Participant;
import org.gridatlas.messages.meeting.ParticipantKind;
import org.gridatlas.messages.meeting.RecordMeetingCommand;
import org.gridatlas.messages.party.FoundPartyOrganisationCommand;
import org.gridatlas.messages.party.PartyOrganisationType;
import org.gridatlas.messages.problem.FoundThrough;
import org.gridatlas.messages.problem.ProblemCategory;
import org.gridatlas.messages.problem.ReportProblemCommand;
import org.gridatlas.messages.problem.ResolveProblemCommand;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * How service works in the demo district once the campaign runs: each month
 * grid workers find problems in its compounds, and each community with several
 * of them holds a four-party meeting that settles most; the office enters the
 * 12345 hotline's monthly complaints per sub-district, the year before the
 * survey as a backlog, the campaign's year about a third lower. Synthetic
 * figures, built from the plan's own compounds and branches, never played
 * before the plan's last step.
 */
final class ServiceQualityRounds {

    static final int PROBLEMS_PER_MONTH = 24;
    /** Of every ten problems a four-party meeting discusses, this many it settles in the days after. */
    static final int SETTLED_OF_TEN = 8;
    private static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");
    private static final ProblemCategory[] CATEGORIES = {
            ProblemCategory.SANITATION, ProblemCategory.SANITATION, ProblemCategory.SANITATION, ProblemCategory.REPAIRS,
            ProblemCategory.REPAIRS, ProblemCategory.PARKING, ProblemCategory.FIRE_SAFETY, ProblemCategory.SECURITY,
            ProblemCategory.GREENING, ProblemCategory.FEES};
    private static final FoundThrough[] HOW = {
            FoundThrough.GRID_PATROL, FoundThrough.GRID_PATROL, FoundThrough.GRID_PATROL, FoundThrough.RESIDENT_REPORT,
            FoundThrough.RESIDENT_REPORT, FoundThrough.HOTLINE};
    private static final Map<ProblemCategory, String> DESCRIPTIONS = Map.of(
            ProblemCategory.SANITATION, "楼道、楼顶平台杂物堆放无人清理", ProblemCategory.REPAIRS, "单元门、路灯损坏待修",
            ProblemCategory.PARKING, "车辆乱停占用消防通道", ProblemCategory.FIRE_SAFETY, "电动车“飞线”充电",
            ProblemCategory.SECURITY, "小区门禁失灵", ProblemCategory.GREENING, "绿地荒芜、树木遮挡采光",
            ProblemCategory.FEES, "物业收费标准未公示");

    private final CalibratedDistrict.Plan plan;
    private final Random random = new Random(11);
    private final List<DemoStep> steps = new ArrayList<>();
    private final Instant last;

    private ServiceQualityRounds(CalibratedDistrict.Plan plan) {
        this.plan = plan;
        List<DemoStep> all = plan.all();
        this.last = all.stream().map(DemoStep::at).max(Comparator.naturalOrder()).orElseThrow();
    }

    /** The rounds' steps, sorted by time, none after the plan's last step. */
    static List<DemoStep> of(CalibratedDistrict.Plan plan) {
        ServiceQualityRounds rounds = new ServiceQualityRounds(plan);
        rounds.problemsAndMeetings();
        rounds.complaints();
        rounds.steps.sort(Comparator.comparing(DemoStep::at));
        return rounds.steps;
    }

    /** The plan and the rounds as one sequence in time, as the district's staff would have sent them. */
    static List<DemoStep> withPlan(CalibratedDistrict.Plan plan) {
        List<DemoStep> all = new ArrayList<>(plan.all());
        all.addAll(of(plan));
        all.sort(Comparator.comparing(DemoStep::at));
        return all;
    }

    private void problemsAndMeetings() {
        List<RegisterCompoundCommand> compounds = commands(RegisterCompoundCommand.class);
        String district = compounds.get(0).communityCode().substring(0, 6);
        Map<String, String> branchOf = new HashMap<>();
        commands(FoundPartyOrganisationCommand.class).stream()
                .filter(o -> o.type() == PartyOrganisationType.COMPOUND_BRANCH)
                .forEach(o -> o.compoundIds().forEach(c -> branchOf.put(c, o.organisationId())));
        YearMonth first = YearMonth.from(plan.launch().get(0).at().atZone(OFFICE)).plusMonths(1);
        int n = 0;
        int meetings = 0;
        for (YearMonth month = first; !month.atDay(28).isAfter(lastDay()); month = month.plusMonths(1)) {
            Map<String, List<String>> byCommunity = new LinkedHashMap<>();
            Map<String, LocalDate> foundOn = new HashMap<>();
            Map<String, String> compoundOf = new HashMap<>();
            for (int i = 0; i < PROBLEMS_PER_MONTH; i++) {
                RegisterCompoundCommand c = compounds.get(random.nextInt(compounds.size()));
                ProblemCategory category = CATEGORIES[random.nextInt(CATEGORIES.length)];
                String id = district + "-Q" + String.format("%04d", ++n);
                LocalDate day = month.atDay(2 + random.nextInt(20));
                steps.add(step(day, random.nextInt(480), CalibratedDistrict.GRID_OFFICE, "网格员巡查发现",
                        new ReportProblemCommand(id, district, Wgs84.toWkt(pointIn(c.boundaryWkt())), c.compoundId(), null,
                                category, HOW[random.nextInt(HOW.length)],
                                DESCRIPTIONS.getOrDefault(category, "其他物业服务问题"), day)));
                byCommunity.computeIfAbsent(c.communityCode(), k -> new ArrayList<>()).add(id);
                foundOn.put(id, day);
                compoundOf.put(id, c.compoundId());
            }
            LocalDate meetingDay = month.atDay(25);
            for (Map.Entry<String, List<String>> community : byCommunity.entrySet()) {
                List<String> problems = community.getValue();
                if (problems.size() < 2) {
                    resolve(problems.get(0), foundOn.get(problems.get(0)).plusDays(4), null, "网格员协调物业当场解决");
                    continue;
                }
                String meetingId = district + "-M" + String.format("%03d", ++meetings);
                String branch = branchOf.get(compoundOf.get(problems.get(0)));
                steps.add(step(meetingDay, 420, CalibratedDistrict.GRID_OFFICE, "四方联席会议纪要",
                        new RecordMeetingCommand(meetingId, community.getKey(), MeetingKind.FOUR_PARTY, meetingDay,
                                "本月网格巡查发现问题会商", new MeetingPlace("社区党群服务中心", null), List.of(
                                new Participant(ParticipantKind.COMMUNITY_PARTY_COMMITTEE, "社区党委", null, null, null),
                                new Participant(ParticipantKind.PARTY_BRANCH, "小区党支部", branch, null, null),
                                new Participant(ParticipantKind.RESIDENTS_COMMITTEE, "社区居委会", null, null, null),
                                new Participant(ParticipantKind.OWNERS_COMMITTEE, "业主代表", null,
                                        compoundOf.get(problems.get(0)), null),
                                new Participant(ParticipantKind.PROPERTY_COMPANY, "物业服务企业", null, null, null)),
                                problems)));
                for (int i = 0; i < problems.size(); i++) {
                    if (i % 10 < SETTLED_OF_TEN) {
                        resolve(problems.get(i), meetingDay.plusDays(2 + i % 5), meetingId, "四方联席会议定方案，整改完成");
                    }
                }
            }
        }
    }

    private void resolve(String problemId, LocalDate day, String meetingId, String reason) {
        if (!day.isAfter(lastDay())) {
            steps.add(step(day, 480, CalibratedDistrict.GRID_OFFICE, reason,
                    new ResolveProblemCommand(problemId, day, meetingId, null)));
        }
    }

    /**
     * Monthly figures per sub-district for the year before the survey (entered
     * as a backlog ten days into it) and for the months since, each entered on
     * the fifth of the month after.
     */
    private void complaints() {
        LocalDate surveyDay = LocalDate.ofInstant(plan.survey().get(0).at(), OFFICE);
        YearMonth surveyMonth = YearMonth.from(surveyDay);
        List<String> subDistricts = commands(AddSubDistrictCommand.class).stream().map(AddSubDistrictCommand::subDistrictCode).toList();
        for (String subDistrict : subDistricts) {
            int base = 40 + random.nextInt(30);
            for (YearMonth month = surveyMonth.minusMonths(12); month.plusMonths(1).atDay(5).isBefore(lastDay());
                 month = month.plusMonths(1)) {
                boolean backlog = month.isBefore(surveyMonth);
                int complaints = (backlog ? base : base * 2 / 3) + random.nextInt(9) - 4;
                LocalDate entered = backlog ? surveyDay.plusDays(10) : month.plusMonths(1).atDay(5);
                String period = month.toString();
                steps.add(step(entered, backlog ? 60 : 30, CalibratedDistrict.TASK_FORCE,
                        backlog ? "补录12345热线上年物业投诉" : "12345热线物业投诉月报",
                        new RecordComplaintsCommand(RecordComplaintsCommand.figureIdOf(subDistrict, period), subDistrict,
                                period, complaints)));
            }
        }
    }

    /** A point drawn inside the compound's boundary. */
    private Point pointIn(String boundaryWkt) {
        Polygon polygon = Wgs84.polygonFromWkt(boundaryWkt, "boundary");
        Envelope box = polygon.getEnvelopeInternal();
        for (int tries = 0; tries < 50; tries++) {
            Coordinate c = new Coordinate(box.getMinX() + random.nextDouble() * box.getWidth(),
                    box.getMinY() + random.nextDouble() * box.getHeight());
            Wgs84.PRECISION.makePrecise(c);
            Point point = Wgs84.FACTORY.createPoint(c);
            if (polygon.contains(point)) {
                return point;
            }
        }
        return polygon.getInteriorPoint();
    }

    private LocalDate lastDay() {
        return LocalDate.ofInstant(last, OFFICE).minusDays(1);
    }

    private <T> List<T> commands(Class<T> type) {
        return plan.survey().stream().map(DemoStep::command).filter(type::isInstance).map(type::cast).toList();
    }

    /** Office hours: 09:00 plus {@code minute}, Beijing time. */
    private static DemoStep step(LocalDate day, int minute, String user, String reason, Object command) {
        return new DemoStep(day.atTime(LocalTime.of(9, 0)).plusMinutes(minute).atZone(OFFICE).toInstant(), user, reason, command);
    }
}
