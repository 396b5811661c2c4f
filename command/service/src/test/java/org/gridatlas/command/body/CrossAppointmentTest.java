package org.gridatlas.command.body;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.gridatlas.command.directory.InMemoryDirectory;
import org.gridatlas.command.system.CommonRules;
import org.gridatlas.command.system.Rule;
import org.gridatlas.command.system.RuleViolation;
import org.gridatlas.messages.AuditMetadata;
import org.gridatlas.messages.body.BodyKind;
import org.gridatlas.messages.body.CrossAppointmentEndedEvent;
import org.gridatlas.messages.body.CrossAppointmentRecordedEvent;
import org.gridatlas.messages.body.EndCrossAppointmentCommand;
import org.gridatlas.messages.body.PartyPost;
import org.gridatlas.messages.body.RecordCrossAppointmentCommand;
import org.gridatlas.messages.governance.Committee;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CrossAppointmentTest {

    private static final String ID = "x-1";
    private static final String DISTRICT = "140105";
    private static final String BRANCH = "branch-1";
    private static final String COMPANY = "company-1";
    private static final String OWNERS_COMMITTEE = Committee.OWNERS_COMMITTEE.bodyId("c-1");
    private static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");
    private static final LocalDate SINCE = LocalDate.of(2026, 1, 5);
    private static final Map<String, ?> BECAUSE = Map.of(AuditMetadata.REASON, "换届");

    private FixtureConfiguration<CrossAppointment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CrossAppointment.class);
        fixture.registerInjectableResource(new InMemoryDirectory()
                .withStandingPartyOrganisation(BRANCH, DISTRICT)
                .withStandingPartyOrganisation("foreign-branch", "140106")
                .withBody(COMPANY, BodyKind.STATE_OWNED_PROPERTY_COMPANY, "140105001", null, List.of())
                .withBodyMember(COMPANY, "gm", "张强", true)
                .withBodyMember(COMPANY, "cashier", "李丽", false)
                .withBody(OWNERS_COMMITTEE, BodyKind.OWNERS_COMMITTEE, "140105001001", null, List.of("c-1"))
                .withBodyMember(OWNERS_COMMITTEE, "chair", "王秀英", true));
    }

    private static RecordCrossAppointmentCommand record(String organisation, String name, String body, String member) {
        return new RecordCrossAppointmentCommand(ID, organisation, name, PartyPost.DEPUTY_SECRETARY, body, member, SINCE);
    }

    private static void rejected(ResultValidator<CrossAppointment> result, Rule rule) {
        result.expectException(RuleViolation.class).expectExceptionMessage(rule.description()).expectNoEvents();
    }

    @Test
    void aCompanysGeneralManagerIsDeputySecretaryOfItsBranch() {
        fixture.givenCurrentTime(NOW)
                .when(record(BRANCH, " 张强 ", COMPANY, "gm"))
                .expectEvents(new CrossAppointmentRecordedEvent(ID, DISTRICT, BRANCH, "张强", PartyPost.DEPUTY_SECRETARY,
                        COMPANY, "gm", SINCE));
    }

    @Test
    void anOwnersCommitteeMemberIsACommitteeMemberOfTheBranch() {
        fixture.givenCurrentTime(NOW)
                .when(record(BRANCH, "王秀英", OWNERS_COMMITTEE, "chair"))
                .expectEvents(new CrossAppointmentRecordedEvent(ID, DISTRICT, BRANCH, "王秀英", PartyPost.DEPUTY_SECRETARY,
                        OWNERS_COMMITTEE, "chair", SINCE));
    }

    @Test
    void theOrganisationStandsAndTheBodyInItsDistrict() {
        rejected(fixture.givenCurrentTime(NOW).when(record("no-branch", "张强", COMPANY, "gm")), CrossAppointment.ORGANISATION_UNKNOWN);
        rejected(fixture.givenCurrentTime(NOW).when(record("foreign-branch", "张强", COMPANY, "gm")), CrossAppointment.BODY_UNKNOWN);
        rejected(fixture.givenCurrentTime(NOW).when(record(BRANCH, "张强", "no-body", "gm")), CrossAppointment.BODY_UNKNOWN);
    }

    @Test
    void theMemberIsACurrentMemberAndThePartyMemberTheSamePerson() {
        rejected(fixture.givenCurrentTime(NOW).when(record(BRANCH, "张强", COMPANY, "chair")), CrossAppointment.MEMBER_UNKNOWN);
        rejected(fixture.givenCurrentTime(NOW).when(record(BRANCH, "张三", COMPANY, "gm")), CrossAppointment.ONE_PERSON);
    }

    @Test
    void aPartyPostIsHeldByAPartyMember() {
        rejected(fixture.givenCurrentTime(NOW).when(record(BRANCH, "李丽", COMPANY, "cashier")),
                CrossAppointment.NEEDS_A_PARTY_MEMBER);
    }

    @Test
    void itBeginsOnADayThatHasComeAndEndsOnceWithAReason() {
        rejected(fixture.givenCurrentTime(NOW).when(new RecordCrossAppointmentCommand(ID, BRANCH, "张强",
                PartyPost.SECRETARY, COMPANY, "gm", LocalDate.of(2026, 3, 11))), CrossAppointment.SINCE_REQUIRED);
        CrossAppointmentRecordedEvent recorded = new CrossAppointmentRecordedEvent(ID, DISTRICT, BRANCH, "张强",
                PartyPost.SECRETARY, COMPANY, "gm", SINCE);
        EndCrossAppointmentCommand end = new EndCrossAppointmentCommand(ID, LocalDate.of(2026, 3, 1), null);
        rejected(fixture.givenCurrentTime(NOW).andGiven(recorded).when(end), CommonRules.REASON_REQUIRED);
        fixture.givenCurrentTime(NOW).andGiven(recorded).when(end, BECAUSE)
                .expectEvents(new CrossAppointmentEndedEvent(ID, LocalDate.of(2026, 3, 1)))
                .expectResultMessagePayload(1L);
        rejected(fixture.givenCurrentTime(NOW).andGiven(recorded, new CrossAppointmentEndedEvent(ID, SINCE)).when(end, BECAUSE),
                CrossAppointment.ENDED);
        rejected(fixture.givenCurrentTime(NOW).andGiven(recorded)
                .when(new EndCrossAppointmentCommand(ID, SINCE.minusDays(1), null), BECAUSE), CrossAppointment.ENDED_AFTER_SINCE);
    }
}
