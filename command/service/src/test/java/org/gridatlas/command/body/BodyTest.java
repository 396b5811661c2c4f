package org.gridatlas.command.body;

import java.time.Instant;
import java.time.LocalDate;
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
import org.gridatlas.messages.AuditMetadata;
import org.gridatlas.messages.body.AppointBodyMemberCommand;
import org.gridatlas.messages.body.BodyDissolvedEvent;
import org.gridatlas.messages.body.BodyFoundedEvent;
import org.gridatlas.messages.body.BodyKind;
import org.gridatlas.messages.body.BodyMember;
import org.gridatlas.messages.body.BodyMemberAppointedEvent;
import org.gridatlas.messages.body.BodyMemberLeftEvent;
import org.gridatlas.messages.body.ChangeServedCompoundsCommand;
import org.gridatlas.messages.body.DissolveBodyCommand;
import org.gridatlas.messages.body.EndBodyMembershipCommand;
import org.gridatlas.messages.body.EvaluatePropertyCompanyCommand;
import org.gridatlas.messages.body.FoundBodyCommand;
import org.gridatlas.messages.body.Listing;
import org.gridatlas.messages.body.MemberRole;
import org.gridatlas.messages.body.PropertyCompanyEvaluatedEvent;
import org.gridatlas.messages.body.ServedCompoundsChangedEvent;
import org.hamcrest.CustomTypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BodyTest {

    private static final String ID = "b-1";
    private static final String DISTRICT = "140105";
    private static final String SUB_DISTRICT = "140105001";
    private static final String OTHER_SUB_DISTRICT = "140105002";
    private static final String COMMUNITY = "140105001001";
    private static final String NEIGHBOUR_COMMUNITY = "140105001002";
    private static final String OUR_COMPOUND = "c-a1";
    private static final String OUR_OTHER_COMPOUND = "c-a2";
    private static final String NEIGHBOURS_COMPOUND = "c-b1";
    private static final String FOREIGN_COMPOUND = "c-f1";
    private static final String COMPANY = "company-1";
    /** Valid under GB 32100-2015: its 18th character is the check character of the first 17. */
    private static final String CREDIT_CODE = "91140105MA0KX1Y2W7";
    /** Tuesday 10 March 2026, 10:00 in Taiyuan: the first quarter of 2026. */
    private static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final LocalDate FOUNDED = LocalDate.of(2025, 5, 20);
    private static final Map<String, ?> BECAUSE = Map.of(AuditMetadata.REASON, "社区党委调整共享物业社成员");

    private static final BodyMember CHAIR = new BodyMember("m1", "刘建华", MemberRole.CHAIR, true, "0432-6212345");
    private static final BodyMember VICE_CHAIR = new BodyMember("m2", "王秀英", MemberRole.VICE_CHAIR, true, null);
    private static final BodyMember GRID_WORKER = new BodyMember("m3", "张志强", MemberRole.MEMBER, false, null);

    private FixtureConfiguration<Body> fixture;
    private InMemoryDirectory directory;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Body.class);
        directory = new InMemoryDirectory()
                .withArea(DISTRICT).withArea(SUB_DISTRICT).withArea(OTHER_SUB_DISTRICT)
                .withArea(COMMUNITY).withArea(NEIGHBOUR_COMMUNITY).withArea("140106").withArea("140105002001")
                .withCompoundIn(OUR_COMPOUND, COMMUNITY).withCompoundIn(OUR_OTHER_COMPOUND, COMMUNITY)
                .withCompoundIn(NEIGHBOURS_COMPOUND, NEIGHBOUR_COMMUNITY)
                .withCompoundIn(FOREIGN_COMPOUND, "140106001001")
                .withBody(COMPANY, BodyKind.STATE_OWNED_PROPERTY_COMPANY, SUB_DISTRICT, null, List.of());
        fixture.registerInjectableResource(directory);
    }

    private static FoundBodyCommand society(List<String> compounds, List<BodyMember> members) {
        return new FoundBodyCommand(ID, BodyKind.SHARED_PROPERTY_SOCIETY, COMMUNITY, " 站前社区共享物业社 ", null, null,
                FOUNDED, compounds, members);
    }

    private static FoundBodyCommand company(BodyKind kind, String area, String creditCode) {
        return new FoundBodyCommand(ID, kind, area, "北城物业服务有限公司", null, creditCode, FOUNDED, List.of(), List.of());
    }

    private static BodyFoundedEvent societyFounded() {
        return new BodyFoundedEvent(ID, DISTRICT, BodyKind.SHARED_PROPERTY_SOCIETY, COMMUNITY, "站前社区共享物业社", null,
                null, FOUNDED, List.of(OUR_COMPOUND));
    }

    private static BodyFoundedEvent companyFounded(BodyKind kind, String area) {
        return new BodyFoundedEvent(ID, DISTRICT, kind, area, "北城物业服务有限公司", null, CREDIT_CODE, FOUNDED, List.of());
    }

    private TestExecutor<Body> aSocietyWithItsChair() {
        return fixture.givenCurrentTime(NOW).andGiven(societyFounded(),
                new BodyMemberAppointedEvent(ID, CHAIR, FOUNDED));
    }

    private TestExecutor<Body> aMarketCompany() {
        return fixture.givenCurrentTime(NOW).andGiven(companyFounded(BodyKind.PROPERTY_SERVICE_COMPANY, DISTRICT));
    }

    private static void rejected(ResultValidator<Body> result, Rule rule) {
        result.expectException(RuleViolation.class)
                .expectExceptionMessage(rule.description())
                .expectNoEvents();
    }

    /** The rule, and the request member the problem names. */
    private static void rejectedAt(ResultValidator<Body> result, Rule rule, String field) {
        result.expectException(new CustomTypeSafeMatcher<RuleViolation>(rule.id() + " at " + field) {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return violation.rule().id().equals(rule.id()) && field.equals(violation.rule().field());
            }
        }).expectNoEvents();
    }

    @Nested
    class Founding {

        @Test
        void foundsASocietyWhoseFirstMembersAreAppointedOnTheFoundingDay() {
            fixture.givenCurrentTime(NOW)
                    .when(society(List.of(OUR_COMPOUND), List.of(CHAIR, VICE_CHAIR,
                            new BodyMember("m3", " 张志强 ", MemberRole.MEMBER, false, " "))))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(societyFounded(),
                            new BodyMemberAppointedEvent(ID, CHAIR, FOUNDED),
                            new BodyMemberAppointedEvent(ID, VICE_CHAIR, FOUNDED),
                            new BodyMemberAppointedEvent(ID, GRID_WORKER, FOUNDED));
        }

        @Test
        void societyServesOnlyCompoundsOfItsCommunity() {
            rejected(fixture.givenCurrentTime(NOW).when(society(List.of(OUR_COMPOUND, NEIGHBOURS_COMPOUND), List.of())),
                    Body.SERVES_ITS_OWN_AREA);
        }

        @Test
        void aSocietyBelongsToACommunity() {
            rejected(fixture.givenCurrentTime(NOW).when(new FoundBodyCommand(ID, BodyKind.SHARED_PROPERTY_SOCIETY,
                    SUB_DISTRICT, "北城共享物业社", null, null, FOUNDED, List.of(), List.of())), Body.AREA_UNKNOWN);
        }

        @Test
        void aSocietyIsFoundedInACommunityThatExists() {
            rejected(fixture.givenCurrentTime(NOW).when(new FoundBodyCommand(ID, BodyKind.SHARED_PROPERTY_SOCIETY,
                    "140105001009", "北城共享物业社", null, null, FOUNDED, List.of(), List.of())), Body.AREA_UNKNOWN);
        }

        @Test
        void committeesAreFormedOnTheirCompoundNotInTheRegister() {
            rejected(fixture.givenCurrentTime(NOW).when(new FoundBodyCommand(ID, BodyKind.OWNERS_COMMITTEE, COMMUNITY,
                    "业主委员会", null, null, FOUNDED, List.of(OUR_COMPOUND), List.of())), Body.COMMITTEES_ON_THEIR_COMPOUND);
        }

        @Test
        void theKindOfBodyIsRequired() {
            rejected(fixture.givenCurrentTime(NOW).when(new FoundBodyCommand(ID, null, COMMUNITY, "物业社", null, null,
                    FOUNDED, List.of(), List.of())), Body.KIND_REQUIRED);
        }

        @Test
        void aBodyNeedsAnIdentifierAndAName() {
            rejected(fixture.givenCurrentTime(NOW).when(new FoundBodyCommand(" ", BodyKind.SHARED_PROPERTY_SOCIETY,
                    COMMUNITY, "物业社", null, null, FOUNDED, List.of(), List.of())), Body.ID_REQUIRED);
            rejected(fixture.givenCurrentTime(NOW).when(new FoundBodyCommand(ID, BodyKind.SHARED_PROPERTY_SOCIETY,
                    COMMUNITY, "  ", null, null, FOUNDED, List.of(), List.of())), Body.NAME_REQUIRED);
        }

        @Test
        void foundingIsNotRecordedInAdvance() {
            rejected(fixture.givenCurrentTime(NOW).when(new FoundBodyCommand(ID, BodyKind.SHARED_PROPERTY_SOCIETY,
                    COMMUNITY, "物业社", null, null, TODAY.plusDays(1), List.of(), List.of())), Body.FOUNDED_ON_REQUIRED);
        }

        @Test
        void cannotServeACompoundOfAnotherDistrictOrTwice() {
            rejected(fixture.givenCurrentTime(NOW).when(society(List.of(FOREIGN_COMPOUND), List.of())),
                    Body.COMPOUNDS_UNKNOWN);
            rejected(fixture.givenCurrentTime(NOW).when(society(List.of(OUR_COMPOUND, OUR_COMPOUND), List.of())),
                    Body.COMPOUNDS_UNKNOWN);
        }

        @Test
        void aStateOwnedCompanyServesTheCompoundsOfItsSubDistrict() {
            directory.withDissolvedBody(COMPANY, BodyKind.STATE_OWNED_PROPERTY_COMPANY, SUB_DISTRICT);
            fixture.givenCurrentTime(NOW)
                    .when(new FoundBodyCommand(ID, BodyKind.STATE_OWNED_PROPERTY_COMPANY, SUB_DISTRICT, "北城物业服务有限公司",
                            null, CREDIT_CODE, FOUNDED, List.of(OUR_COMPOUND, NEIGHBOURS_COMPOUND), List.of()))
                    .expectEvents(new BodyFoundedEvent(ID, DISTRICT, BodyKind.STATE_OWNED_PROPERTY_COMPANY, SUB_DISTRICT,
                            "北城物业服务有限公司", null, CREDIT_CODE, FOUNDED, List.of(OUR_COMPOUND, NEIGHBOURS_COMPOUND)));
        }

        @Test
        void aSubDistrictHasOneStateOwnedCompany() {
            rejected(fixture.givenCurrentTime(NOW).when(company(BodyKind.STATE_OWNED_PROPERTY_COMPANY, SUB_DISTRICT,
                    CREDIT_CODE)), Body.ONE_STATE_OWNED_COMPANY);
        }

        @Test
        void aPropertyServiceCompanyBelongsToTheDistrict() {
            rejected(fixture.givenCurrentTime(NOW).when(company(BodyKind.PROPERTY_SERVICE_COMPANY, SUB_DISTRICT,
                    CREDIT_CODE)), Body.AREA_UNKNOWN);
            fixture.givenCurrentTime(NOW).when(company(BodyKind.PROPERTY_SERVICE_COMPANY, DISTRICT, CREDIT_CODE))
                    .expectEvents(companyFounded(BodyKind.PROPERTY_SERVICE_COMPANY, DISTRICT));
        }

        @Test
        void creditCodeWithWrongCheckCharacterIsRefused() {
            rejected(fixture.givenCurrentTime(NOW).when(company(BodyKind.PROPERTY_SERVICE_COMPANY, DISTRICT,
                    "91140105MA0KX1Y2W8")), Body.CREDIT_CODE_CHECK);
        }

        @Test
        void creditCodeOfEighteenCharactersFromItsAlphabetOnly() {
            for (String code : new String[] {"91140105MA0KX1Y2W", "91140105MA0KX1Y2W77", "91140105MO0KX1Y2W7",
                    "91140105ma0kx1y2w7", null}) {
                rejected(fixture.givenCurrentTime(NOW).when(company(BodyKind.PROPERTY_SERVICE_COMPANY, DISTRICT, code)),
                        Body.CREDIT_CODE_FORMAT);
            }
        }

        @Test
        void aCreditCodeIsHeldByOneCompany() {
            directory.withCreditCode(CREDIT_CODE);
            rejected(fixture.givenCurrentTime(NOW).when(company(BodyKind.PROPERTY_SERVICE_COMPANY, DISTRICT, CREDIT_CODE)),
                    Body.CREDIT_CODE_TAKEN);
        }

        @Test
        void onlyCompaniesHaveACreditCode() {
            rejected(fixture.givenCurrentTime(NOW).when(new FoundBodyCommand(ID, BodyKind.SHARED_PROPERTY_SOCIETY,
                    COMMUNITY, "物业社", null, CREDIT_CODE, FOUNDED, List.of(), List.of())),
                    Body.CREDIT_CODE_ONLY_FOR_COMPANIES);
        }

        @Test
        void aProjectDepartmentBelongsToAStandingCompany() {
            fixture.givenCurrentTime(NOW)
                    .when(new FoundBodyCommand(ID, BodyKind.PROJECT_DEPARTMENT, COMMUNITY, "益民项目部", COMPANY, null,
                            FOUNDED, List.of(OUR_COMPOUND), List.of()))
                    .expectEvents(new BodyFoundedEvent(ID, DISTRICT, BodyKind.PROJECT_DEPARTMENT, COMMUNITY, "益民项目部",
                            COMPANY, null, FOUNDED, List.of(OUR_COMPOUND)));
            rejected(fixture.givenCurrentTime(NOW).when(new FoundBodyCommand(ID, BodyKind.PROJECT_DEPARTMENT, COMMUNITY,
                    "益民项目部", null, null, FOUNDED, List.of(), List.of())), Body.DEPARTMENT_IN_A_COMPANY);
            directory.withBody("society-1", BodyKind.SHARED_PROPERTY_SOCIETY, COMMUNITY, null, List.of());
            rejected(fixture.givenCurrentTime(NOW).when(new FoundBodyCommand(ID, BodyKind.PROJECT_DEPARTMENT, COMMUNITY,
                    "益民项目部", "society-1", null, FOUNDED, List.of(), List.of())), Body.DEPARTMENT_IN_A_COMPANY);
        }

        @Test
        void aProjectDepartmentWorksWithinItsCompanysArea() {
            rejected(fixture.givenCurrentTime(NOW).when(new FoundBodyCommand(ID, BodyKind.PROJECT_DEPARTMENT,
                    "140105002001", "越界项目部", COMPANY, null, FOUNDED, List.of(), List.of())),
                    Body.DEPARTMENT_WITHIN_COMPANY);
        }

        @Test
        void onlyAProjectDepartmentBelongsToACompany() {
            rejected(fixture.givenCurrentTime(NOW).when(new FoundBodyCommand(ID, BodyKind.SHARED_PROPERTY_SOCIETY,
                    COMMUNITY, "物业社", COMPANY, null, FOUNDED, List.of(), List.of())), Body.COMPANY_ONLY_FOR_DEPARTMENTS);
        }

        @Test
        void foundingMembersHaveOneChairNamedAtItsPlaceInTheList() {
            rejectedAt(fixture.givenCurrentTime(NOW).when(society(List.of(), List.of(CHAIR, VICE_CHAIR,
                    new BodyMember("m4", "李建国", MemberRole.CHAIR, true, null)))), Roster.ONE_CHAIR, "members[2].role");
        }

        @Test
        void foundingMembersHaveDistinctIdentifiersNamesAndPhoneNumbers() {
            rejectedAt(fixture.givenCurrentTime(NOW).when(society(List.of(), List.of(CHAIR,
                    new BodyMember("m1", "李建国", MemberRole.MEMBER, true, null)))), Roster.MEMBER_ID_TAKEN, "members[1].memberId");
            rejectedAt(fixture.givenCurrentTime(NOW).when(society(List.of(), List.of(
                    new BodyMember("m1", " ", MemberRole.MEMBER, true, null)))), Roster.MEMBER_NAME_REQUIRED, "members[0].name");
            rejectedAt(fixture.givenCurrentTime(NOW).when(society(List.of(), List.of(
                    new BodyMember("m1", "李建国", null, true, null)))), Roster.MEMBER_ROLE_REQUIRED, "members[0].role");
            rejectedAt(fixture.givenCurrentTime(NOW).when(society(List.of(), List.of(
                    new BodyMember("m1", "李建国", MemberRole.MEMBER, true, "call me")))), Roster.PHONE_FORMAT, "members[0].phone");
        }
    }

    @Nested
    class Service {

        @Test
        void replacesTheCompoundsServed() {
            aSocietyWithItsChair()
                    .when(new ChangeServedCompoundsCommand(ID, List.of(OUR_COMPOUND, OUR_OTHER_COMPOUND), null))
                    .expectEvents(new ServedCompoundsChangedEvent(ID, List.of(OUR_COMPOUND, OUR_OTHER_COMPOUND)))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void societyServesOnlyCompoundsOfItsCommunity() {
            rejected(aSocietyWithItsChair().when(new ChangeServedCompoundsCommand(ID, List.of(NEIGHBOURS_COMPOUND), null)),
                    Body.SERVES_ITS_OWN_AREA);
        }

        @Test
        void theSameCompoundsAreNoChange() {
            rejected(aSocietyWithItsChair().when(new ChangeServedCompoundsCommand(ID, List.of(OUR_COMPOUND), null)),
                    Body.SERVICE_UNCHANGED);
        }

        @Test
        void aMarketCompanyServesAnyCompoundOfItsDistrict() {
            aMarketCompany()
                    .when(new ChangeServedCompoundsCommand(ID, List.of(OUR_COMPOUND, NEIGHBOURS_COMPOUND), null))
                    .expectEvents(new ServedCompoundsChangedEvent(ID, List.of(OUR_COMPOUND, NEIGHBOURS_COMPOUND)));
            rejected(aMarketCompany().when(new ChangeServedCompoundsCommand(ID, List.of(FOREIGN_COMPOUND), null)),
                    Body.COMPOUNDS_UNKNOWN);
        }

        @Test
        void aDissolvedBodyServesNothingNew() {
            rejected(aSocietyWithItsChair().andGiven(new BodyDissolvedEvent(ID, TODAY))
                    .when(new ChangeServedCompoundsCommand(ID, List.of(OUR_OTHER_COMPOUND), null)), Body.DISSOLVED);
        }
    }

    @Nested
    class Members {

        private AppointBodyMemberCommand appoint(BodyMember member, LocalDate on) {
            return new AppointBodyMemberCommand(ID, member, on, null);
        }

        @Test
        void appointsAMember() {
            aSocietyWithItsChair()
                    .when(appoint(VICE_CHAIR, TODAY))
                    .expectEvents(new BodyMemberAppointedEvent(ID, VICE_CHAIR, TODAY))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void aSecondChairWaitsUntilTheFirstHasLeft() {
            BodyMember next = new BodyMember("m9", "赵卫东", MemberRole.CHAIR, true, null);
            rejectedAt(aSocietyWithItsChair().when(appoint(next, TODAY)), Roster.ONE_CHAIR, "member.role");
            aSocietyWithItsChair().andGiven(new BodyMemberLeftEvent(ID, CHAIR.memberId(), TODAY))
                    .when(appoint(next, TODAY))
                    .expectEvents(new BodyMemberAppointedEvent(ID, next, TODAY));
        }

        @Test
        void aMemberIdentifierIsNotGivenAgainAfterItsMemberLeft() {
            rejected(aSocietyWithItsChair().andGiven(new BodyMemberLeftEvent(ID, CHAIR.memberId(), TODAY))
                    .when(appoint(new BodyMember("m1", "赵卫东", MemberRole.MEMBER, false, null), TODAY)),
                    Roster.MEMBER_ID_TAKEN);
        }

        @Test
        void aMemberIsAppointedOnceTheBodyExistsAndNotInAdvance() {
            rejected(aSocietyWithItsChair().when(appoint(VICE_CHAIR, FOUNDED.minusDays(1))), Roster.APPOINTED_ON);
            rejected(aSocietyWithItsChair().when(appoint(VICE_CHAIR, TODAY.plusDays(1))), Roster.APPOINTED_ON);
        }

        @Test
        void aMemberLeaves() {
            aSocietyWithItsChair()
                    .when(new EndBodyMembershipCommand(ID, CHAIR.memberId(), TODAY, null))
                    .expectEvents(new BodyMemberLeftEvent(ID, CHAIR.memberId(), TODAY));
        }

        @Test
        void onlyACurrentMemberLeavesAndNotBeforeTheyCame() {
            rejected(aSocietyWithItsChair().when(new EndBodyMembershipCommand(ID, "m7", TODAY, null)), Roster.MEMBER_UNKNOWN);
            rejected(aSocietyWithItsChair().when(new EndBodyMembershipCommand(ID, CHAIR.memberId(), FOUNDED.minusDays(1),
                    null)), Roster.LEFT_ON);
        }
    }

    @Nested
    class Dissolution {

        @Test
        void dissolvesWithAReasonAndItsMembersGoWithIt() {
            aSocietyWithItsChair()
                    .when(new DissolveBodyCommand(ID, TODAY, null), BECAUSE)
                    .expectEvents(new BodyDissolvedEvent(ID, TODAY));
            rejected(aSocietyWithItsChair().andGiven(new BodyDissolvedEvent(ID, TODAY))
                    .when(new AppointBodyMemberCommand(ID, VICE_CHAIR, TODAY, null)), Body.DISSOLVED);
        }

        @Test
        void dissolvingNeedsAReasonAndADayAfterTheFounding() {
            rejected(aSocietyWithItsChair().when(new DissolveBodyCommand(ID, TODAY, null)), CommonRules.REASON_REQUIRED);
            rejected(aSocietyWithItsChair().when(new DissolveBodyCommand(ID, FOUNDED.minusDays(1), null), BECAUSE),
                    Body.DISSOLVED_AFTER_FOUNDED);
        }

        @Test
        void aCompanyIsDissolvedAfterItsProjectDepartments() {
            directory.withBody("department-1", BodyKind.PROJECT_DEPARTMENT, COMMUNITY, ID, List.of());
            rejected(aMarketCompany().when(new DissolveBodyCommand(ID, TODAY, null), BECAUSE), Body.DEPARTMENTS_FIRST);
        }
    }

    @Nested
    class Evaluation {

        private EvaluatePropertyCompanyCommand evaluate(String quarter, int stars, Listing listing, LocalDate published) {
            return new EvaluatePropertyCompanyCommand(ID, quarter, stars, listing, published, null);
        }

        @Test
        void recordsAQuartersStarsAndList() {
            aMarketCompany()
                    .when(evaluate("2025-Q4", 5, Listing.RED_LIST, LocalDate.of(2026, 1, 15)))
                    .expectEvents(new PropertyCompanyEvaluatedEvent(ID, "2025-Q4", 5, Listing.RED_LIST, LocalDate.of(2026, 1, 15)))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void onlyCompaniesAreEvaluated() {
            rejected(aSocietyWithItsChair().when(evaluate("2025-Q4", 4, Listing.NONE, TODAY)), Body.ONLY_COMPANIES_EVALUATED);
        }

        @Test
        void starsFromOneToFive() {
            rejected(aMarketCompany().when(evaluate("2025-Q4", 0, Listing.NONE, TODAY)), Body.STARS_IN_RANGE);
            rejected(aMarketCompany().when(evaluate("2025-Q4", 6, Listing.NONE, TODAY)), Body.STARS_IN_RANGE);
        }

        @Test
        void aQuarterIsWrittenAsYearAndQuarterHasBegunAndTheCompanyExistedInIt() {
            for (String quarter : new String[] {"2026-3", "2026-Q5", "Q1-2026", "2026-Q2", "2025-Q1", null}) {
                rejected(aMarketCompany().when(evaluate(quarter, 3, Listing.NONE, TODAY)), Body.QUARTER_VALID);
            }
            aMarketCompany().when(evaluate("2026-Q1", 3, Listing.NONE, TODAY))
                    .expectEvents(new PropertyCompanyEvaluatedEvent(ID, "2026-Q1", 3, Listing.NONE, TODAY));
        }

        @Test
        void anEvaluationIsPublishedInOrAfterItsQuarterAndNotInAdvance() {
            rejected(aMarketCompany().when(evaluate("2025-Q4", 3, Listing.NONE, LocalDate.of(2025, 9, 30))), Body.PUBLISHED_ON);
            rejected(aMarketCompany().when(evaluate("2025-Q4", 3, Listing.NONE, TODAY.plusDays(1))), Body.PUBLISHED_ON);
            rejected(aMarketCompany().when(evaluate("2025-Q4", 3, null, TODAY)), Body.LISTING_REQUIRED);
        }

        @Test
        void evaluatingAQuarterAgainCorrectsItAndNeedsAReason() {
            PropertyCompanyEvaluatedEvent published = new PropertyCompanyEvaluatedEvent(ID, "2025-Q4", 2,
                    Listing.BLACK_LIST, LocalDate.of(2026, 1, 15));
            EvaluatePropertyCompanyCommand corrected = evaluate("2025-Q4", 3, Listing.NONE, LocalDate.of(2026, 1, 20));
            rejected(aMarketCompany().andGiven(published).when(corrected), CommonRules.REASON_REQUIRED);
            aMarketCompany().andGiven(published).when(corrected, BECAUSE)
                    .expectEvents(new PropertyCompanyEvaluatedEvent(ID, "2025-Q4", 3, Listing.NONE, LocalDate.of(2026, 1, 20)));
            rejected(aMarketCompany().andGiven(published)
                    .when(evaluate("2025-Q4", 2, Listing.BLACK_LIST, LocalDate.of(2026, 1, 15)), BECAUSE),
                    Body.EVALUATION_UNCHANGED);
        }
    }
}
