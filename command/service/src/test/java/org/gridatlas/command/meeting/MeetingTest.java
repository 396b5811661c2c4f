package org.gridatlas.command.meeting;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.aggregate.TestExecutor;
import org.gridatlas.command.directory.InMemoryDirectory;
import org.gridatlas.command.system.CommonRules;
import org.gridatlas.command.system.Rule;
import org.gridatlas.command.system.RuleViolation;
import org.gridatlas.geodata.geometry.InvalidGeometryException;
import org.gridatlas.messages.AuditMetadata;
import org.gridatlas.messages.body.BodyKind;
import org.gridatlas.messages.meeting.ChangeMeetingProblemsCommand;
import org.gridatlas.messages.meeting.MeetingKind;
import org.gridatlas.messages.meeting.MeetingPlace;
import org.gridatlas.messages.meeting.MeetingProblemsChangedEvent;
import org.gridatlas.messages.meeting.MeetingRecordedEvent;
import org.gridatlas.messages.meeting.Participant;
import org.gridatlas.messages.meeting.ParticipantKind;
import org.gridatlas.messages.meeting.RecordMeetingCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MeetingTest {

    private static final String ID = "meeting-1";
    private static final String DISTRICT = "140231";
    private static final String COMMUNITY = "140231001001";
    private static final String BRANCH = "branch-1";
    private static final String COMPOUND = "c-1";
    /** Sunday 10 March 2024, 10:00 Beijing time. */
    private static final Instant NOW = Instant.parse("2024-03-10T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2024, 3, 10);
    private static final LocalDate HELD = LocalDate.of(2024, 3, 1);
    private static final MeetingPlace PLACE = new MeetingPlace("仓后街社区党群服务中心", "POINT (98.501 39.741)");
    /** 中山's four parties: community party committee, compound branch, owners' committee, property company. */
    private static final List<Participant> FOUR_PARTIES = List.of(
            new Participant(ParticipantKind.COMMUNITY_PARTY_COMMITTEE, "侨岗社区党委", null, null, null),
            new Participant(ParticipantKind.PARTY_BRANCH, "朗晴假日小区党支部", BRANCH, null, null),
            new Participant(ParticipantKind.OWNERS_COMMITTEE, "朗晴假日业主委员会", null, COMPOUND, null),
            new Participant(ParticipantKind.PROPERTY_COMPANY, "恒安物业服务有限公司", null, null, "company-17"));
    private static final Map<String, ?> BECAUSE = Map.of(AuditMetadata.REASON, "会议纪要补录遗漏的问题");

    private FixtureConfiguration<Meeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Meeting.class);
        fixture.registerInjectableResource(new InMemoryDirectory()
                .withArea(DISTRICT).withArea("140231001").withArea(COMMUNITY)
                .withCompoundIn(COMPOUND, COMMUNITY).withCompoundIn("c-9", "140232001001")
                .withPartyOrganisationIn(BRANCH, DISTRICT).withPartyOrganisationIn("branch-9", "140232")
                .withBody("company-17", BodyKind.PROPERTY_SERVICE_COMPANY, DISTRICT, null, List.of(COMPOUND))
                .withBody("company-9", BodyKind.PROPERTY_SERVICE_COMPANY, "140232", null, List.of())
                .withDissolvedBody("society-dissolved", BodyKind.SHARED_PROPERTY_SOCIETY, COMMUNITY)
                .withBody("owners-committee:" + COMPOUND, BodyKind.OWNERS_COMMITTEE, COMMUNITY, null, List.of(COMPOUND))
                .withProblem("p-1", COMMUNITY, LocalDate.of(2024, 2, 1))
                .withProblem("p-2", "140231001002", HELD)
                .withProblem("p-late", COMMUNITY, HELD.plusDays(1))
                .withProblem("p-foreign", "140232001001", LocalDate.of(2024, 2, 1)));
    }

    private static RecordMeetingCommand record(MeetingKind kind, List<Participant> participants, List<String> problems) {
        return new RecordMeetingCommand(ID, COMMUNITY, kind, HELD, "楼顶平台清理", PLACE, participants, problems);
    }

    private static MeetingRecordedEvent recorded(List<String> problems) {
        return new MeetingRecordedEvent(ID, DISTRICT, "140231001", COMMUNITY, MeetingKind.FOUR_PARTY, HELD, "楼顶平台清理",
                PLACE, FOUR_PARTIES, problems);
    }

    private TestExecutor<Meeting> held() {
        return fixture.givenCurrentTime(NOW).andGiven(recorded(List.of("p-1")));
    }

    private static void rejected(ResultValidator<Meeting> result, Rule rule) {
        result.expectException(RuleViolation.class)
                .expectExceptionMessage(startsWith(rule.description()))
                .expectNoEvents();
    }

    private static List<Participant> with(Participant extra) {
        List<Participant> participants = new ArrayList<>(FOUR_PARTIES);
        participants.add(extra);
        return participants;
    }

    @Nested
    class Recording {

        @Test
        void recordsAFourPartyMeetingWithTheProblemsItDiscussed() {
            fixture.givenCurrentTime(NOW)
                    .when(record(MeetingKind.FOUR_PARTY, FOUR_PARTIES, List.of("p-1", "p-2")))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(recorded(List.of("p-1", "p-2")));
        }

        @Test
        void namesAndReferencesAreTrimmedAndBlankOnesDropped() {
            List<Participant> untidy = List.of(
                    new Participant(ParticipantKind.COMMUNITY_PARTY_COMMITTEE, " 侨岗社区党委 ", " ", null, null),
                    new Participant(ParticipantKind.PARTY_BRANCH, "朗晴假日小区党支部", BRANCH + " ", null, null),
                    new Participant(ParticipantKind.OWNERS_COMMITTEE, "朗晴假日业主委员会", null, COMPOUND, null),
                    new Participant(ParticipantKind.PROPERTY_COMPANY, "恒安物业服务有限公司", null, null, " company-17"));
            fixture.givenCurrentTime(NOW)
                    .when(new RecordMeetingCommand(ID, COMMUNITY, MeetingKind.FOUR_PARTY, HELD, " 楼顶平台清理 ",
                            new MeetingPlace(" 仓后街社区党群服务中心", "POINT (98.501 39.741)"), untidy, List.of()))
                    .expectEvents(recorded(List.of()));
        }

        @Test
        void aFourPartyMeetingBringsFourKindsOfBodyTogether() {
            rejected(fixture.givenCurrentTime(NOW).when(record(MeetingKind.FOUR_PARTY, List.of(
                    FOUR_PARTIES.get(0), FOUR_PARTIES.get(1), FOUR_PARTIES.get(2),
                    new Participant(ParticipantKind.OWNERS_COMMITTEE, "另一业委会", null, null, null)), List.of())),
                    Meeting.FOUR_PARTY_NEEDS_FOUR);
        }

        @Test
        void aNeighbourhoodCouncilMayBeResidentsAndOneBody() {
            List<Participant> council = List.of(
                    new Participant(ParticipantKind.RESIDENTS_REPRESENTATIVES, "居民代表12人", null, null, null),
                    new Participant(ParticipantKind.RESIDENTS_COMMITTEE, "仓后街社区居委会", null, null, null));
            fixture.givenCurrentTime(NOW)
                    .when(record(MeetingKind.NEIGHBOURHOOD_COUNCIL, council, List.of()))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void aMeetingRecordsWhoWasPresent() {
            rejected(fixture.givenCurrentTime(NOW).when(record(MeetingKind.OTHER, List.of(), List.of())),
                    Meeting.PARTICIPANTS_REQUIRED);
            rejected(fixture.givenCurrentTime(NOW).when(record(MeetingKind.OTHER, null, List.of())),
                    Meeting.PARTICIPANTS_REQUIRED);
            rejected(fixture.givenCurrentTime(NOW).when(record(MeetingKind.OTHER,
                    List.of(new Participant(null, "某单位", null, null, null)), List.of())), Meeting.PARTICIPANTS_REQUIRED);
            rejected(fixture.givenCurrentTime(NOW).when(record(MeetingKind.OTHER,
                    List.of(new Participant(ParticipantKind.OTHER, "单".repeat(101), null, null, null)), List.of())),
                    Meeting.PARTICIPANTS_REQUIRED);
        }

        @Test
        void aPartyOrganisationPresentIsOneOfTheDistrict() {
            rejected(fixture.givenCurrentTime(NOW).when(record(MeetingKind.FOUR_PARTY,
                    with(new Participant(ParticipantKind.PARTY_BRANCH, "外区支部", "branch-9", null, null)), List.of())),
                    Meeting.PARTY_ORGANISATIONS_UNKNOWN);
            rejected(fixture.givenCurrentTime(NOW).when(record(MeetingKind.FOUR_PARTY,
                    with(new Participant(ParticipantKind.PARTY_BRANCH, "无此支部", "branch-404", null, null)), List.of())),
                    Meeting.PARTY_ORGANISATIONS_UNKNOWN);
        }

        @Test
        void aCompoundWhoseCommitteeAttendedIsOneOfTheDistrict() {
            rejected(fixture.givenCurrentTime(NOW).when(record(MeetingKind.FOUR_PARTY,
                    with(new Participant(ParticipantKind.OWNERS_COMMITTEE, "外区业委会", null, "c-9", null)), List.of())),
                    Meeting.COMPOUNDS_UNKNOWN);
        }

        @Test
        void aBodyPresentIsAStandingBodyOfTheDistrict() {
            for (String body : List.of("not-registered", "company-9", "society-dissolved")) {
                rejected(fixture.givenCurrentTime(NOW).when(record(MeetingKind.FOUR_PARTY,
                        with(new Participant(ParticipantKind.CO_BUILDING_UNIT, "区供电公司", null, null, body)), List.of())),
                        Meeting.BODIES_UNKNOWN);
            }
        }

        @Test
        void aCompoundsCommitteeIsABodyToo() {
            fixture.givenCurrentTime(NOW)
                    .when(record(MeetingKind.FOUR_PARTY,
                            with(new Participant(ParticipantKind.OWNERS_COMMITTEE, "朗晴假日业主委员会", null, COMPOUND,
                                    "owners-committee:" + COMPOUND)),
                            List.of()))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void theProblemsDiscussedAreProblemsOfTheDistrictNamedOnce() {
            rejected(fixture.givenCurrentTime(NOW).when(record(MeetingKind.FOUR_PARTY, FOUR_PARTIES, List.of("p-foreign"))),
                    Meeting.PROBLEMS_UNKNOWN);
            rejected(fixture.givenCurrentTime(NOW).when(record(MeetingKind.FOUR_PARTY, FOUR_PARTIES, List.of("p-404"))),
                    Meeting.PROBLEMS_UNKNOWN);
            rejected(fixture.givenCurrentTime(NOW).when(record(MeetingKind.FOUR_PARTY, FOUR_PARTIES, List.of("p-1", "p-1"))),
                    Meeting.PROBLEMS_UNKNOWN);
        }

        @Test
        void aMeetingDiscussesOnlyProblemsFoundByThen() {
            ResultValidator<Meeting> result = fixture.givenCurrentTime(NOW)
                    .when(record(MeetingKind.FOUR_PARTY, FOUR_PARTIES, List.of("p-1", "p-late")));
            rejected(result, Meeting.PROBLEMS_FOUND_LATER);
            result.expectExceptionMessage(containsString("found after 2024-03-01: p-late"));
        }

        @Test
        void theCommunityMustExist() {
            rejected(fixture.givenCurrentTime(NOW).when(new RecordMeetingCommand(ID, "140231001009", MeetingKind.OTHER, HELD,
                    null, PLACE, FOUR_PARTIES, List.of())), Meeting.COMMUNITY_UNKNOWN);
            rejected(fixture.givenCurrentTime(NOW).when(new RecordMeetingCommand(ID, "140231001", MeetingKind.OTHER, HELD,
                    null, PLACE, FOUR_PARTIES, List.of())), Meeting.COMMUNITY_UNKNOWN);
        }

        @Test
        void theKindIsRequired() {
            rejected(fixture.givenCurrentTime(NOW).when(record(null, FOUR_PARTIES, List.of())), Meeting.KIND_REQUIRED);
        }

        @Test
        void aMeetingIsRecordedOnceHeldAndNotInAdvance() {
            rejected(fixture.givenCurrentTime(NOW).when(new RecordMeetingCommand(ID, COMMUNITY, MeetingKind.OTHER,
                    TODAY.plusDays(1), null, PLACE, FOUR_PARTIES, List.of())), Meeting.HELD_ON_REQUIRED);
            rejected(fixture.givenCurrentTime(NOW).when(new RecordMeetingCommand(ID, COMMUNITY, MeetingKind.OTHER,
                    null, null, PLACE, FOUR_PARTIES, List.of())), Meeting.HELD_ON_REQUIRED);
        }

        @Test
        void aMeetingNamesWhereItWasHeld() {
            rejected(fixture.givenCurrentTime(NOW).when(new RecordMeetingCommand(ID, COMMUNITY, MeetingKind.OTHER, HELD,
                    null, new MeetingPlace(" ", null), FOUR_PARTIES, List.of())), Meeting.PLACE_REQUIRED);
            rejected(fixture.givenCurrentTime(NOW).when(new RecordMeetingCommand(ID, COMMUNITY, MeetingKind.OTHER, HELD,
                    null, null, FOUR_PARTIES, List.of())), Meeting.PLACE_REQUIRED);
        }

        @Test
        void aPlacesPointLiesInChina() {
            fixture.givenCurrentTime(NOW)
                    .when(new RecordMeetingCommand(ID, COMMUNITY, MeetingKind.OTHER, HELD, null,
                            new MeetingPlace("会议室", "POINT (2.35 48.85)"), FOUR_PARTIES, List.of()))
                    .expectException(InvalidGeometryException.class)
                    .expectNoEvents();
        }

        @Test
        void theSubjectHasAtMostTwoHundredCharacters() {
            rejected(fixture.givenCurrentTime(NOW).when(new RecordMeetingCommand(ID, COMMUNITY, MeetingKind.OTHER, HELD,
                    "议".repeat(201), PLACE, FOUR_PARTIES, List.of())), Meeting.SUBJECT_TOO_LONG);
        }

        @Test
        void aMeetingNeedsAnIdentifier() {
            rejected(fixture.givenCurrentTime(NOW).when(new RecordMeetingCommand("", COMMUNITY, MeetingKind.OTHER, HELD,
                    null, PLACE, FOUR_PARTIES, List.of())), Meeting.ID_REQUIRED);
        }
    }

    @Nested
    class CorrectingTheProblems {

        @Test
        void theProblemsDiscussedAreCorrectedWithAReason() {
            held().when(new ChangeMeetingProblemsCommand(ID, List.of("p-1", "p-2"), null), BECAUSE)
                    .expectEvents(new MeetingProblemsChangedEvent(ID, List.of("p-1", "p-2")))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void aCorrectionNeedsAReason() {
            rejected(held().when(new ChangeMeetingProblemsCommand(ID, List.of("p-2"), null)), CommonRules.REASON_REQUIRED);
        }

        @Test
        void theSameProblemsAreNoChange() {
            rejected(held().when(new ChangeMeetingProblemsCommand(ID, List.of("p-1"), null), BECAUSE),
                    Meeting.PROBLEMS_UNCHANGED);
        }

        @Test
        void theCorrectedProblemsFollowTheSameRules() {
            rejected(held().when(new ChangeMeetingProblemsCommand(ID, List.of("p-late"), null), BECAUSE),
                    Meeting.PROBLEMS_FOUND_LATER);
            rejected(held().when(new ChangeMeetingProblemsCommand(ID, List.of("p-foreign"), null), BECAUSE),
                    Meeting.PROBLEMS_UNKNOWN);
        }
    }
}
