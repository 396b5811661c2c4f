package org.gridatlas.command.access;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.gridatlas.command.directory.InMemoryDirectory;
import org.gridatlas.messages.complaint.CorrectComplaintsCommand;
import org.gridatlas.messages.complaint.RecordComplaintsCommand;
import org.gridatlas.messages.meeting.ChangeMeetingProblemsCommand;
import org.gridatlas.messages.meeting.RecordMeetingCommand;
import org.gridatlas.messages.problem.FoundThrough;
import org.gridatlas.messages.problem.ProblemCategory;
import org.gridatlas.messages.problem.ReportProblemCommand;
import org.gridatlas.messages.problem.ResolveProblemCommand;
import org.junit.jupiter.api.Test;

/** Problems, meetings and complaint figures touch the community (or area) they belong to. */
class ServiceQualityAreasTest {

    private static final String EAST = "140231001001";
    private static final String WEST = "140231002001";
    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

    private final InMemoryDirectory directory = new InMemoryDirectory()
            .withCompoundBoundary("east-1", EAST, "POLYGON ((98.5 39.74, 98.502 39.74, 98.502 39.742, 98.5 39.742, 98.5 39.74))")
            .withGridBoundary(WEST + "001", "POLYGON ((98.51 39.74, 98.516 39.74, 98.516 39.745, 98.51 39.745, 98.51 39.74))")
            .withProblem("west-problem", WEST, DAY)
            .withMeeting("west-meeting", WEST, DAY, List.of())
            .withComplaintFigure("complaints-" + WEST + "-2024-01", WEST, DAY, DAY);
    private final CommandAreas areas = new CommandAreas(directory);
    private final Actor eastCoordinator = Actor.signedIn("east", "东社区网格管理员", List.of(new Grant(Role.GRID_COORDINATOR, EAST)));

    private static ReportProblemCommand at(String wkt, String compoundId) {
        return new ReportProblemCommand("p", "140231", wkt, compoundId, null, ProblemCategory.SANITATION,
                FoundThrough.GRID_PATROL, "垃圾", DAY);
    }

    @Test
    void aProblemTouchesTheCommunityItsPointLiesIn() {
        areas.check(at("POINT (98.501 39.741)", null), eastCoordinator);
        areas.check(at("POINT (98.512 39.741)", "east-1"), eastCoordinator);
        assertThatThrownBy(() -> areas.check(at("POINT (98.512 39.741)", null), eastCoordinator))
                .isInstanceOf(AccessRefused.class).hasMessageContaining(WEST);
    }

    @Test
    void aProblemThatLiesNowhereTouchesItsDistrict() {
        assertThatThrownBy(() -> areas.check(at("POINT (98.7 39.9)", null), eastCoordinator))
                .isInstanceOf(AccessRefused.class).hasMessageContaining("140231");
    }

    @Test
    void recordedProblemsMeetingsAndFiguresTouchTheirCommunity() {
        assertThatThrownBy(() -> areas.check(new ResolveProblemCommand("west-problem", DAY, null, null), eastCoordinator))
                .isInstanceOf(AccessRefused.class);
        assertThatThrownBy(() -> areas.check(new ChangeMeetingProblemsCommand("west-meeting", List.of(), null), eastCoordinator))
                .isInstanceOf(AccessRefused.class);
        assertThatThrownBy(() -> areas.check(new RecordMeetingCommand("m", WEST, null, DAY, null, null, List.of(), List.of()),
                eastCoordinator)).isInstanceOf(AccessRefused.class);
        assertThatThrownBy(() -> areas.check(new CorrectComplaintsCommand("complaints-" + WEST + "-2024-01", 3, null),
                eastCoordinator)).isInstanceOf(AccessRefused.class);
        assertThatThrownBy(() -> areas.check(new RecordComplaintsCommand("x", "140231002", "2024-01", 3), eastCoordinator))
                .isInstanceOf(AccessRefused.class);
        areas.check(new RecordMeetingCommand("m", EAST, null, DAY, null, null, List.of(), List.of()), eastCoordinator);
        areas.check(new ResolveProblemCommand("unknown-problem", DAY, null, null), eastCoordinator);
    }
}
