package org.gridatlas.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gridatlas.messages.complaint.RecordComplaintsCommand;
import org.gridatlas.messages.meeting.Participant;
import org.gridatlas.messages.meeting.RecordMeetingCommand;
import org.gridatlas.messages.problem.ReportProblemCommand;
import org.gridatlas.messages.problem.ResolveProblemCommand;
import org.junit.jupiter.api.Test;

/** The demo's service-quality rounds fit the plan they are played with. */
class ServiceQualityRoundsTest {

    private static final YearMonth NOW = YearMonth.of(2026, 11);
    private final CalibratedDistrict.Plan plan = CalibratedDistrict.plan(CalibratedDistrict.Settings.demo(NOW));
    private final List<DemoStep> rounds = ServiceQualityRounds.of(plan);

    private <T> List<T> commands(Class<T> type) {
        return rounds.stream().map(DemoStep::command).filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void nothingIsSentBeforeTheSurveyOrAfterThePlansLastStep() {
        Instant first = plan.survey().get(0).at();
        Instant last = plan.all().stream().map(DemoStep::at).max(Comparator.naturalOrder()).orElseThrow();
        assertThat(rounds).allSatisfy(step -> assertThat(step.at()).isAfter(first).isBefore(last));
        assertThat(ServiceQualityRounds.withPlan(plan)).hasSize(plan.all().size() + rounds.size())
                .isSortedAccordingTo(Comparator.comparing(DemoStep::at));
    }

    @Test
    void everyProblemIsFoundBeforeItIsResolvedAndEveryMeetingHasFourKindsOfBody() {
        Map<String, ReportProblemCommand> problems = commands(ReportProblemCommand.class).stream()
                .collect(Collectors.toMap(ReportProblemCommand::problemId, Function.identity()));
        assertThat(problems).hasSizeGreaterThanOrEqualTo(ServiceQualityRounds.PROBLEMS_PER_MONTH * 6);
        assertThat(commands(ResolveProblemCommand.class)).allSatisfy(r ->
                assertThat(r.resolvedOn()).isAfterOrEqualTo(problems.get(r.problemId()).foundOn()));
        assertThat(commands(RecordMeetingCommand.class)).isNotEmpty().allSatisfy(m -> {
            assertThat(m.participants().stream().map(Participant::kind).distinct()).hasSizeGreaterThanOrEqualTo(4);
            assertThat(m.problemIds()).allSatisfy(id -> assertThat(problems.get(id).foundOn()).isBeforeOrEqualTo(m.heldOn()));
        });
    }

    @Test
    void eachSubDistrictHasAFigureForEveryMonthOfTheYearBeforeTheSurvey() {
        Map<String, Long> figures = commands(RecordComplaintsCommand.class).stream()
                .collect(Collectors.groupingBy(RecordComplaintsCommand::areaCode, Collectors.counting()));
        assertThat(figures).hasSize(10).allSatisfy((area, count) -> assertThat(count).isGreaterThan(12));
        assertThat(commands(RecordComplaintsCommand.class)).extracting(RecordComplaintsCommand::figureId).doesNotHaveDuplicates();
    }
}
