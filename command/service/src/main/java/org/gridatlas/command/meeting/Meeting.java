package org.gridatlas.command.meeting;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;
import static org.gridatlas.command.system.CommonRules.distinct;
import static org.gridatlas.command.system.CommonRules.fitsAsName;
import static org.gridatlas.command.system.CommonRules.present;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
import org.gridatlas.messages.meeting.ChangeMeetingProblemsCommand;
import org.gridatlas.messages.meeting.MeetingKind;
import org.gridatlas.messages.meeting.MeetingPlace;
import org.gridatlas.messages.meeting.MeetingProblemsChangedEvent;
import org.gridatlas.messages.meeting.MeetingRecordedEvent;
import org.gridatlas.messages.meeting.Participant;
import org.gridatlas.messages.meeting.ParticipantKind;
import org.gridatlas.messages.meeting.RecordMeetingCommand;

/**
 * A meeting held in a community (四方联席会, 议事会): when and where, the bodies
 * present and the problems it discussed. Problems it settled say so themselves
 * when they are resolved.
 */
@Aggregate
class Meeting {

    /** 四方: four different bodies at the table. */
    static final int FOUR_PARTIES = 4;
    static final int MAX_SUBJECT_LENGTH = 200;
    static final int MAX_PARTICIPANTS = 50;

    static final Rule ID_REQUIRED = new Rule("meeting-id-required", "meetingId", "a meeting needs an identifier");
    static final Rule COMMUNITY_UNKNOWN = new Rule("community-unknown", "communityCode", "there is no community with this code");
    static final Rule KIND_REQUIRED = new Rule("meeting-kind-required", "kind",
            "the kind of meeting is required: FOUR_PARTY, NEIGHBOURHOOD_COUNCIL or OTHER");
    static final Rule HELD_ON_REQUIRED = new Rule("meeting-held-on-required", "heldOn",
            "the day the meeting was held is required and not in the future");
    static final Rule SUBJECT_TOO_LONG = new Rule("meeting-subject-too-long", "subject",
            "a meeting's subject has at most " + MAX_SUBJECT_LENGTH + " characters");
    static final Rule PLACE_REQUIRED = new Rule("meeting-place-required", "place.name",
            "a meeting names where it was held, in at most " + CommonRules.MAX_NAME_LENGTH + " characters");
    static final Rule PARTICIPANTS_REQUIRED = new Rule("meeting-participants-required", "participants",
            "a meeting records 1 to " + MAX_PARTICIPANTS + " bodies present, each with its kind and any name in at most "
                    + CommonRules.MAX_NAME_LENGTH + " characters");
    static final Rule FOUR_PARTY_NEEDS_FOUR = new Rule("four-party-meeting-needs-four-bodies", "participants",
            "a four-party meeting (四方联席会) brings at least " + FOUR_PARTIES + " different kinds of body together");
    static final Rule PARTY_ORGANISATIONS_UNKNOWN = new Rule("party-organisations-unknown", "participants",
            "every party organisation named must be a party organisation of the meeting's district");
    static final Rule COMPOUNDS_UNKNOWN = new Rule("compounds-unknown", "participants",
            "every compound named must be a compound of the meeting's district");
    static final Rule BODIES_UNKNOWN = new Rule("bodies-unknown", "participants",
            "every body named must be a standing body of the meeting's district: a company, society or project "
                    + "department of the register, or a compound's committee");
    static final Rule PROBLEMS_UNKNOWN = new Rule("problems-unknown", "problemIds",
            "every problem discussed must be a problem of the meeting's district, named once");
    static final Rule PROBLEMS_FOUND_LATER = new Rule("meeting-problems-found-before", "problemIds",
            "a meeting discusses problems found on or before the day it was held");
    static final Rule PROBLEMS_UNCHANGED = new Rule("meeting-problems-unchanged", "problemIds",
            "the meeting already lists exactly these problems");

    @AggregateIdentifier
    private String meetingId;
    private String districtCode;
    private LocalDate heldOn;
    private List<String> problemIds;

    private Meeting() {
        // for Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    Meeting(RecordMeetingCommand command, Directory directory) {
        ID_REQUIRED.check(present(command.meetingId()));
        String community = command.communityCode();
        COMMUNITY_UNKNOWN.check(community != null && community.length() == 12 && directory.areaExists(community));
        String district = community.substring(0, 6);
        KIND_REQUIRED.check(command.kind() != null);
        HELD_ON_REQUIRED.check(command.heldOn() != null && !command.heldOn().isAfter(OfficeClock.today()));
        SUBJECT_TOO_LONG.check(command.subject() == null || command.subject().strip().length() <= MAX_SUBJECT_LENGTH);
        MeetingPlace place = checked(command.place());
        List<Participant> participants = checked(command.participants(), command.kind(), district, directory);
        List<String> problems = orEmpty(command.problemIds());
        checkProblems(problems, district, command.heldOn(), directory);
        String subject = present(command.subject()) ? command.subject().strip() : null;
        apply(new MeetingRecordedEvent(command.meetingId(), district, community.substring(0, 9), community,
                command.kind(), command.heldOn(), subject, place, participants, problems));
    }

    @CommandHandler
    Long handle(ChangeMeetingProblemsCommand command, Directory directory,
                @MetaDataValue(AuditMetadata.REASON) String reason) {
        CommonRules.requireReason(reason);
        List<String> problems = orEmpty(command.problemIds());
        checkProblems(problems, districtCode, heldOn, directory);
        PROBLEMS_UNCHANGED.check(!CommonRules.sameEntries(problems, problemIds));
        apply(new MeetingProblemsChangedEvent(meetingId, problems));
        return getVersion();
    }

    @EventSourcingHandler
    void on(MeetingRecordedEvent event) {
        meetingId = event.meetingId();
        districtCode = event.districtCode();
        heldOn = event.heldOn();
        problemIds = event.problemIds();
    }

    @EventSourcingHandler
    void on(MeetingProblemsChangedEvent event) {
        problemIds = event.problemIds();
    }

    private static MeetingPlace checked(MeetingPlace place) {
        PLACE_REQUIRED.check(place != null && fitsAsName(place.name()));
        String location = place.locationWkt() == null ? null
                : Wgs84.toWkt(LocationValidator.requireValid(Wgs84.pointFromWkt(place.locationWkt(), "place.location"),
                        "place.location"));
        return new MeetingPlace(place.name().strip(), location);
    }

    private static List<Participant> checked(List<Participant> participants, MeetingKind kind, String district,
                                             Directory directory) {
        PARTICIPANTS_REQUIRED.check(participants != null && !participants.isEmpty()
                && participants.size() <= MAX_PARTICIPANTS
                && participants.stream().allMatch(p -> p != null && p.kind() != null
                        && (p.name() == null || p.name().isBlank() || fitsAsName(p.name()))));
        if (kind == MeetingKind.FOUR_PARTY) {
            FOUR_PARTY_NEEDS_FOUR.check(participants.stream().map(Participant::kind).distinct().count() >= FOUR_PARTIES);
        }
        List<Participant> stored = new ArrayList<>();
        for (Participant p : participants) {
            stored.add(new Participant(p.kind(), trimmed(p.name()), trimmed(p.partyOrganisationId()),
                    trimmed(p.compoundId()), trimmed(p.bodyId())));
        }
        List<String> organisations = stored.stream().map(Participant::partyOrganisationId)
                .filter(Objects::nonNull).distinct().toList();
        PARTY_ORGANISATIONS_UNKNOWN.check(directory.partyOrganisationsNotIn(district, organisations).isEmpty());
        List<String> compounds = stored.stream().map(Participant::compoundId).filter(Objects::nonNull).distinct().toList();
        COMPOUNDS_UNKNOWN.check(directory.compoundsNotIn(district, compounds).isEmpty());
        List<String> unknownBodies = stored.stream().map(Participant::bodyId).filter(Objects::nonNull).distinct()
                .filter(body -> !directory.bodyExists(district, body)).toList();
        BODIES_UNKNOWN.check(unknownBodies.isEmpty(), () -> "not a standing body of " + district + ": "
                + String.join(", ", unknownBodies));
        return stored;
    }

    private static void checkProblems(List<String> problems, String district, LocalDate heldOn, Directory directory) {
        PROBLEMS_UNKNOWN.check(distinct(problems) && problems.stream().allMatch(id ->
                directory.problem(id).filter(p -> p.districtCode().equals(district)).isPresent()));
        List<String> later = problems.stream()
                .filter(id -> directory.problem(id).map(p -> p.foundOn().isAfter(heldOn)).orElse(false))
                .toList();
        PROBLEMS_FOUND_LATER.check(later.isEmpty(), () -> "found after " + heldOn + ": " + String.join(", ", later));
    }

    private static String trimmed(String text) {
        return present(text) ? text.strip() : null;
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
