package org.gridatlas.command.body;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;
import static org.gridatlas.command.system.CommonRules.present;

import java.time.LocalDate;
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
import org.gridatlas.messages.body.CrossAppointmentEndedEvent;
import org.gridatlas.messages.body.CrossAppointmentRecordedEvent;
import org.gridatlas.messages.body.EndCrossAppointmentCommand;
import org.gridatlas.messages.body.RecordCrossAppointmentCommand;

/**
 * A cross appointment (双向进入、交叉任职): one person who is a member of a
 * body (an owners' committee, a property company, a society …) and holds a
 * post in a party organisation of the same district.
 */
@Aggregate
class CrossAppointment {

    static final Rule ID_REQUIRED = new Rule("cross-appointment-id-required", "appointmentId",
            "a cross appointment needs an identifier");
    static final Rule ORGANISATION_UNKNOWN = new Rule("cross-appointment-organisation-unknown", "organisationId",
            "the party organisation must exist and not be dissolved");
    static final Rule BODY_UNKNOWN = new Rule("cross-appointment-body-unknown", "bodyId",
            "the body must stand, in the party organisation's district");
    static final Rule MEMBER_UNKNOWN = new Rule("cross-appointment-member-unknown", "memberId",
            "the body has no current member with this identifier");
    static final Rule PARTY_POST_REQUIRED = new Rule("cross-appointment-party-post-required", "partyPost",
            "the post held in the party organisation is required");
    static final Rule ONE_PERSON = new Rule("cross-appointment-is-one-person", "partyMemberName",
            "a cross appointment is one person in two posts: the party member's name is the body member's name");
    static final Rule NEEDS_A_PARTY_MEMBER = new Rule("cross-appointment-needs-a-party-member", "memberId",
            "a post in a party organisation is held by a party member: record the body's member as one first");
    static final Rule SINCE_REQUIRED = new Rule("cross-appointment-since-required", "since",
            "the date the appointment began is required and not in the future");
    static final Rule ENDED = new Rule("cross-appointment-ended", null, "the cross appointment has ended");
    static final Rule ENDED_AFTER_SINCE = new Rule("cross-appointment-ended-after-since", "endedOn",
            "a cross appointment ends on or after the day it began, and not in the future");

    @AggregateIdentifier
    private String appointmentId;
    private LocalDate since;
    private boolean ended;

    private CrossAppointment() {
        // for Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    CrossAppointment(RecordCrossAppointmentCommand command, Directory directory) {
        ID_REQUIRED.check(present(command.appointmentId()));
        Optional<String> district = present(command.organisationId())
                ? directory.standingPartyOrganisationDistrict(command.organisationId()) : Optional.empty();
        ORGANISATION_UNKNOWN.check(district.isPresent());
        BODY_UNKNOWN.check(present(command.bodyId()) && directory.bodyExists(district.get(), command.bodyId()));
        Optional<Directory.CurrentMember> member = present(command.memberId())
                ? directory.currentBodyMember(command.bodyId(), command.memberId()) : Optional.empty();
        MEMBER_UNKNOWN.check(member.isPresent());
        PARTY_POST_REQUIRED.check(command.partyPost() != null);
        ONE_PERSON.check(present(command.partyMemberName()) && command.partyMemberName().strip().equals(member.get().name()));
        NEEDS_A_PARTY_MEMBER.check(member.get().partyMember());
        SINCE_REQUIRED.check(command.since() != null && !command.since().isAfter(OfficeClock.today()));
        apply(new CrossAppointmentRecordedEvent(command.appointmentId(), district.get(), command.organisationId(),
                member.get().name(), command.partyPost(), command.bodyId(), command.memberId(), command.since()));
    }

    @CommandHandler
    Long handle(EndCrossAppointmentCommand command, @MetaDataValue(AuditMetadata.REASON) String reason) {
        ENDED.check(!ended);
        CommonRules.requireReason(reason);
        ENDED_AFTER_SINCE.check(command.endedOn() != null && !command.endedOn().isBefore(since)
                && !command.endedOn().isAfter(OfficeClock.today()));
        apply(new CrossAppointmentEndedEvent(appointmentId, command.endedOn()));
        return getVersion();
    }

    @EventSourcingHandler
    void on(CrossAppointmentRecordedEvent event) {
        appointmentId = event.appointmentId();
        since = event.since();
    }

    @EventSourcingHandler
    void on(CrossAppointmentEndedEvent event) {
        ended = true;
    }
}
