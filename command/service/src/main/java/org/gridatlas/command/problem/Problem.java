package org.gridatlas.command.problem;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;
import static org.gridatlas.command.system.CommonRules.present;

import java.time.LocalDate;
import java.util.Locale;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.gridatlas.command.directory.Directory;
import org.gridatlas.command.system.CommonRules;
import org.gridatlas.command.system.OfficeClock;
import org.gridatlas.command.system.Rule;
import org.gridatlas.geodata.geometry.LocationValidator;
import org.gridatlas.geodata.geometry.Wgs84;
import org.gridatlas.messages.AuditMetadata;
import org.gridatlas.messages.problem.ProblemReopenedEvent;
import org.gridatlas.messages.problem.ProblemReportedEvent;
import org.gridatlas.messages.problem.ProblemResolvedEvent;
import org.gridatlas.messages.problem.ReopenProblemCommand;
import org.gridatlas.messages.problem.ReportProblemCommand;
import org.gridatlas.messages.problem.ResolveProblemCommand;
import org.locationtech.jts.geom.Point;

/**
 * A problem found on patrol or raised by residents (网格巡查发现、居民反映的问题):
 * where it lies, what it is, and whether it is resolved. Resolved once at a
 * time: a problem that comes back is reopened, and may be resolved again.
 */
@Aggregate
class Problem {

    static final int MAX_DESCRIPTION_LENGTH = 1000;

    static final Rule ID_REQUIRED = new Rule("problem-id-required", "problemId", "a problem needs an identifier");
    static final Rule DISTRICT_UNKNOWN = new Rule("district-unknown", "districtCode", "there is no district with this code");
    static final Rule OUTSIDE_COMPOUND = new Rule("problem-outside-compound", "location",
            "the point must lie within the compound named, a compound of the district");
    static final Rule OUTSIDE_GRID = new Rule("problem-outside-grid", "location",
            "the point must lie within the grid named, a grid of the district");
    static final Rule LIES_NOWHERE = new Rule("problem-lies-nowhere", "location",
            "a problem lies in a compound or a grid of the district");
    static final Rule CATEGORY_REQUIRED = new Rule("problem-category-required", "category", "the problem's category is required");
    static final Rule FOUND_THROUGH_REQUIRED = new Rule("problem-found-through-required", "foundThrough",
            "how the problem was found is required: GRID_PATROL, RESIDENT_REPORT or HOTLINE");
    static final Rule DESCRIPTION_REQUIRED = new Rule("problem-description-required", "description",
            "a problem is described in at most " + MAX_DESCRIPTION_LENGTH + " characters");
    static final Rule FOUND_ON_REQUIRED = new Rule("problem-found-on-required", "foundOn",
            "the day the problem was found is required and not in the future");
    static final Rule ALREADY_RESOLVED = new Rule("problem-already-resolved", null,
            "the problem is resolved already; reopen it first if it came back");
    static final Rule RESOLVED_ON_IN_ORDER = new Rule("problem-resolved-after-found", "resolvedOn",
            "a problem is resolved on or after the day it was found (or last reopened), and not in the future");
    static final Rule MEETING_UNKNOWN = new Rule("meeting-unknown", "meetingId",
            "the meeting that settled the problem must be a meeting recorded in the problem's district");
    static final Rule MEETING_DID_NOT_DISCUSS = new Rule("problem-not-discussed-by-meeting", "meetingId",
            "the meeting that settled a problem lists it among the problems it discussed");
    static final Rule RESOLVED_BEFORE_MEETING = new Rule("problem-resolved-after-meeting", "resolvedOn",
            "a problem settled by a meeting is resolved on or after the day the meeting was held");
    static final Rule NOT_RESOLVED = new Rule("problem-not-resolved", null, "only a resolved problem can be reopened");
    static final Rule REOPENED_ON_IN_ORDER = new Rule("problem-reopened-after-resolved", "reopenedOn",
            "a problem is reopened on or after the day it was resolved, and not in the future");

    @AggregateIdentifier
    private String problemId;
    private String districtCode;
    /** Found, or last reopened: a resolution cannot come before it. */
    private LocalDate openSince;
    private LocalDate resolvedOn;

    private Problem() {
        // for Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    Problem(ReportProblemCommand command, Directory directory) {
        ID_REQUIRED.check(present(command.problemId()));
        String district = command.districtCode();
        DISTRICT_UNKNOWN.check(present(district) && district.length() == 6 && directory.areaExists(district));
        Point point = LocationValidator.requireValid(Wgs84.pointFromWkt(command.locationWkt(), "location"), "location");
        String wkt = Wgs84.toWkt(point);
        Directory.Location location = directory.locate(district, wkt, blankToNull(command.compoundId()),
                blankToNull(command.gridCode()));
        Directory.Place place = location.place();
        if (present(command.compoundId())) {
            OUTSIDE_COMPOUND.check(place.compoundIds().contains(command.compoundId()), () -> where(wkt, place));
        }
        if (present(command.gridCode())) {
            OUTSIDE_GRID.check(place.gridCodes().contains(command.gridCode()), () -> where(wkt, place));
        }
        LIES_NOWHERE.check(location.communityCode() != null, () -> where(wkt, place));
        CATEGORY_REQUIRED.check(command.category() != null);
        FOUND_THROUGH_REQUIRED.check(command.foundThrough() != null);
        DESCRIPTION_REQUIRED.check(present(command.description())
                && command.description().strip().length() <= MAX_DESCRIPTION_LENGTH);
        FOUND_ON_REQUIRED.check(command.foundOn() != null && !command.foundOn().isAfter(OfficeClock.today()));
        String community = location.communityCode();
        apply(new ProblemReportedEvent(command.problemId(), district, community.substring(0, 9), community,
                location.compoundId(), location.gridCode(), wkt, command.category(), command.foundThrough(),
                command.description().strip(), command.foundOn()));
    }

    @CommandHandler
    Long handle(ResolveProblemCommand command, Directory directory) {
        ALREADY_RESOLVED.check(resolvedOn == null);
        LocalDate on = command.resolvedOn();
        RESOLVED_ON_IN_ORDER.check(on != null && !on.isBefore(openSince) && !on.isAfter(OfficeClock.today()));
        String meetingId = blankToNull(command.meetingId());
        if (meetingId != null) {
            Directory.MeetingEntry meeting = directory.meeting(meetingId).orElse(null);
            MEETING_UNKNOWN.check(meeting != null && meeting.districtCode().equals(districtCode));
            MEETING_DID_NOT_DISCUSS.check(meeting.problemIds().contains(problemId));
            RESOLVED_BEFORE_MEETING.check(!on.isBefore(meeting.heldOn()),
                    () -> "the meeting was held on " + meeting.heldOn());
        }
        apply(new ProblemResolvedEvent(problemId, on, meetingId));
        return getVersion();
    }

    @CommandHandler
    Long handle(ReopenProblemCommand command, @MetaDataValue(AuditMetadata.REASON) String reason) {
        NOT_RESOLVED.check(resolvedOn != null);
        CommonRules.requireReason(reason);
        LocalDate on = command.reopenedOn();
        REOPENED_ON_IN_ORDER.check(on != null && !on.isBefore(resolvedOn) && !on.isAfter(OfficeClock.today()));
        apply(new ProblemReopenedEvent(problemId, on));
        return getVersion();
    }

    @EventSourcingHandler
    void on(ProblemReportedEvent event) {
        problemId = event.problemId();
        districtCode = event.districtCode();
        openSince = event.foundOn();
    }

    @EventSourcingHandler
    void on(ProblemResolvedEvent event) {
        resolvedOn = event.resolvedOn();
    }

    @EventSourcingHandler
    void on(ProblemReopenedEvent event) {
        resolvedOn = null;
        openSince = event.reopenedOn();
    }

    /** Where the point lies instead, for the person who placed it. */
    static String where(String wkt, Directory.Place place) {
        String compounds = place.compoundIds().isEmpty() ? "no compound" : "compound " + String.join(", ", place.compoundIds());
        String grids = place.gridCodes().isEmpty() ? "no grid" : "grid " + String.join(", ", place.gridCodes());
        return String.format(Locale.ROOT, "%s lies in %s and %s of the district", wkt, compounds, grids);
    }

    private static String blankToNull(String text) {
        return present(text) ? text : null;
    }
}
