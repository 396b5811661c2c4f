package org.gridatlas.command.complaint;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

import java.util.List;

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
import org.gridatlas.messages.complaint.ComplaintsCorrectedEvent;
import org.gridatlas.messages.complaint.ComplaintsRecordedEvent;
import org.gridatlas.messages.complaint.CorrectComplaintsCommand;
import org.gridatlas.messages.complaint.RecordComplaintsCommand;
import org.gridatlas.messages.complaint.ReportingPeriod;

/**
 * How many complaints an area received in a period, as the office has it
 * from the hotline. Figures of one area never overlap in time, nor those of an
 * area and the areas within it, so sums over a district count each complaint
 * once.
 */
@Aggregate
class ComplaintFigure {

    /** Beyond this a monthly or yearly count for one district is a typing error. */
    static final int MAX_COMPLAINTS = 1_000_000;

    static final Rule AREA_UNKNOWN = new Rule("area-unknown", "areaCode",
            "there is no district, sub-district or community with this code");
    static final Rule PERIOD_INVALID = new Rule("complaint-period-invalid", "period", ReportingPeriod.DESCRIPTION);
    static final Rule ID_FOLLOWS_AREA_AND_PERIOD = new Rule("complaint-figure-id", "figureId",
            "a figure's identifier is complaints-<area code>-<period>");
    static final Rule PERIOD_NOT_BEGUN = new Rule("complaint-period-begun", "period",
            "complaints are recorded for a period that has begun");
    static final Rule COMPLAINTS_IN_RANGE = new Rule("complaints-in-range", "complaints",
            "complaints number 0 to " + MAX_COMPLAINTS);
    static final Rule OVERLAPS = new Rule("complaint-figures-overlap", "period",
            "an area has one figure for any day: no other figure may cover part of this period for this area, "
                    + "an area within it or an area containing it");
    static final Rule UNCHANGED = new Rule("complaints-unchanged", "complaints", "the figure already holds this count");

    @AggregateIdentifier
    private String figureId;
    private int complaints;

    private ComplaintFigure() {
        // for Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    ComplaintFigure(RecordComplaintsCommand command, Directory directory) {
        String area = command.areaCode();
        AREA_UNKNOWN.check(area != null && area.length() >= 6 && directory.areaExists(area));
        ReportingPeriod period = period(command.period());
        ID_FOLLOWS_AREA_AND_PERIOD.check(RecordComplaintsCommand.figureIdOf(area, period.toString()).equals(command.figureId()));
        PERIOD_NOT_BEGUN.check(!period.firstDay().isAfter(OfficeClock.today()));
        checkCount(command.complaints());
        List<String> overlapping = directory.complaintFiguresOverlapping(area, period.firstDay(), period.lastDay());
        OVERLAPS.check(overlapping.isEmpty(), () -> "recorded already: " + String.join(", ", overlapping));
        apply(new ComplaintsRecordedEvent(command.figureId(), area.substring(0, 6), area, period.toString(),
                period.firstDay(), period.lastDay(), command.complaints()));
    }

    @CommandHandler
    Long handle(CorrectComplaintsCommand command, @MetaDataValue(AuditMetadata.REASON) String reason) {
        CommonRules.requireReason(reason);
        checkCount(command.complaints());
        UNCHANGED.check(command.complaints() != complaints);
        apply(new ComplaintsCorrectedEvent(figureId, command.complaints()));
        return getVersion();
    }

    @EventSourcingHandler
    void on(ComplaintsRecordedEvent event) {
        figureId = event.figureId();
        complaints = event.complaints();
    }

    @EventSourcingHandler
    void on(ComplaintsCorrectedEvent event) {
        complaints = event.complaints();
    }

    private static ReportingPeriod period(String text) {
        try {
            return ReportingPeriod.parse(text);
        } catch (IllegalArgumentException e) {
            PERIOD_INVALID.check(false);
            throw e;
        }
    }

    private static void checkCount(int count) {
        COMPLAINTS_IN_RANGE.check(count >= 0 && count <= MAX_COMPLAINTS);
    }
}
