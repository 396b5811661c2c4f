package org.gridatlas.command.area;

import java.time.Instant;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.gridatlas.command.system.CommonRules;
import org.gridatlas.command.system.Rule;
import org.gridatlas.command.system.RuleViolation;
import org.gridatlas.messages.AuditMetadata;
import org.gridatlas.messages.area.AddCommunityCommand;
import org.gridatlas.messages.area.AddSubDistrictCommand;
import org.gridatlas.messages.area.AreaLevel;
import org.gridatlas.messages.area.AreaRenamedEvent;
import org.gridatlas.messages.area.CommunityAddedEvent;
import org.gridatlas.messages.area.DistrictRegisteredEvent;
import org.gridatlas.messages.area.RegisterDistrictCommand;
import org.gridatlas.messages.area.RenameAreaCommand;
import org.gridatlas.messages.area.SubDistrictAddedEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DistrictTest {

    private static final String DISTRICT = "140105";
    private static final String SUB_DISTRICT = "140105001";
    private static final String OTHER_SUB_DISTRICT = "140105002";
    private static final String COMMUNITY = "140105001001";
    private static final String NEIGHBOUR_COMMUNITY = "140105001002";
    /** Tuesday 10 March 2026, 10:00 in Taiyuan. */
    private static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");
    private static final Map<String, ?> BECAUSE = Map.of(AuditMetadata.REASON, "民政局区划调整批复");

    private FixtureConfiguration<District> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(District.class);
    }

    private static DistrictRegisteredEvent registered() {
        return new DistrictRegisteredEvent(DISTRICT, "小店区");
    }

    private static SubDistrictAddedEvent subDistrictAdded(String code, String name) {
        return new SubDistrictAddedEvent(DISTRICT, code, name);
    }

    private static CommunityAddedEvent communityAdded(String code, String name) {
        return new CommunityAddedEvent(DISTRICT, code.substring(0, 9), code, name);
    }

    private TestExecutor<District> registeredDistrict() {
        return fixture.givenCurrentTime(NOW).andGiven(registered());
    }

    /** 小店区 with 坞城街道 (平阳社区, 体育路社区) and 营盘街道 (no communities yet). */
    private TestExecutor<District> districtWithCommunities() {
        return registeredDistrict().andGiven(
                subDistrictAdded(SUB_DISTRICT, "坞城街道"),
                subDistrictAdded(OTHER_SUB_DISTRICT, "营盘街道"),
                communityAdded(COMMUNITY, "平阳社区"),
                communityAdded(NEIGHBOUR_COMMUNITY, "体育路社区"));
    }

    private static void rejected(org.axonframework.test.aggregate.ResultValidator<District> result, Rule rule) {
        result.expectException(RuleViolation.class)
                .expectExceptionMessage(rule.description())
                .expectNoEvents();
    }

    @Nested
    class Registration {

        private void rejectedCode(String code) {
            rejected(fixture.givenCurrentTime(NOW).when(new RegisterDistrictCommand(code, "小店区")),
                    District.DISTRICT_CODE_FORMAT);
        }

        @Test
        void registersADistrictUnderItsCountyLevelCode() {
            fixture.givenCurrentTime(NOW)
                    .when(new RegisterDistrictCommand(DISTRICT, "小店区"))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(registered());
        }

        @Test
        void trimsTheName() {
            fixture.givenCurrentTime(NOW)
                    .when(new RegisterDistrictCommand(DISTRICT, "  小店区 "))
                    .expectEvents(registered());
        }

        @Test
        void aDistrictCodeHasSixDigits() {
            rejectedCode("14010");
        }

        @Test
        void aDistrictCodeHasNoMoreThanSixDigits() {
            rejectedCode("1401051");
        }

        @Test
        void aDistrictCodeHasOnlyDigits() {
            rejectedCode("14010A");
        }

        @Test
        void aDistrictCodeIsRequired() {
            rejectedCode(null);
        }

        @Test
        void aDistrictCodeStartsWithAProvincePrefix() {
            rejectedCode("990105");
        }

        @Test
        void aCityLevelCodeIsNoDistrict() {
            rejectedCode("140100");
        }

        @Test
        void aProvinceLevelCodeIsNoDistrict() {
            rejectedCode("140000");
        }

        @Test
        void aDistrictCodeHasNoCityPairOf00() {
            rejectedCode("140001");
        }

        @Test
        void aDistrictNeedsAName() {
            rejected(fixture.givenCurrentTime(NOW).when(new RegisterDistrictCommand(DISTRICT, " ")),
                    District.NAME_REQUIRED);
        }

        @Test
        void aDistrictNameFitsInAHundredCharacters() {
            rejected(fixture.givenCurrentTime(NOW).when(new RegisterDistrictCommand(DISTRICT, "区".repeat(101))),
                    District.NAME_REQUIRED);
        }
    }

    @Nested
    class SubDistricts {

        @Test
        void addsASubDistrictWithATrimmedName() {
            registeredDistrict()
                    .when(new AddSubDistrictCommand(DISTRICT, SUB_DISTRICT, " 坞城街道 "))
                    .expectEvents(subDistrictAdded(SUB_DISTRICT, "坞城街道"))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void aSubDistrictCodeExtendsTheDistrictCode() {
            rejected(registeredDistrict().when(new AddSubDistrictCommand(DISTRICT, "140106001", "坞城街道")),
                    District.SUB_DISTRICT_CODE_FORMAT);
        }

        @Test
        void aSubDistrictCodeAddsExactlyThreeDigits() {
            rejected(registeredDistrict().when(new AddSubDistrictCommand(DISTRICT, "14010501", "坞城街道")),
                    District.SUB_DISTRICT_CODE_FORMAT);
        }

        @Test
        void aSubDistrictCodeDoesNotEndIn000() {
            rejected(registeredDistrict().when(new AddSubDistrictCommand(DISTRICT, "140105000", "坞城街道")),
                    District.SUB_DISTRICT_CODE_FORMAT);
        }

        @Test
        void aSubDistrictCodeHasOnlyDigits() {
            rejected(registeredDistrict().when(new AddSubDistrictCommand(DISTRICT, "14010500A", "坞城街道")),
                    District.SUB_DISTRICT_CODE_FORMAT);
        }

        @Test
        void cannotAddASubDistrictTwice() {
            rejected(registeredDistrict().andGiven(subDistrictAdded(SUB_DISTRICT, "坞城街道"))
                    .when(new AddSubDistrictCommand(DISTRICT, SUB_DISTRICT, "营盘街道")), District.SUB_DISTRICT_CODE_TAKEN);
        }

        @Test
        void twoSubDistrictsCannotShareAName() {
            rejected(registeredDistrict().andGiven(subDistrictAdded(SUB_DISTRICT, "坞城街道"))
                    .when(new AddSubDistrictCommand(DISTRICT, OTHER_SUB_DISTRICT, " 坞城街道")),
                    District.SUB_DISTRICT_NAME_TAKEN);
        }

        @Test
        void aSubDistrictNeedsAName() {
            rejected(registeredDistrict().when(new AddSubDistrictCommand(DISTRICT, SUB_DISTRICT, null)),
                    District.NAME_REQUIRED);
        }
    }

    @Nested
    class Communities {

        @Test
        void addsACommunityToItsSubDistrict() {
            registeredDistrict().andGiven(subDistrictAdded(SUB_DISTRICT, "坞城街道"))
                    .when(new AddCommunityCommand(DISTRICT, COMMUNITY, " 平阳社区 "))
                    .expectEvents(new CommunityAddedEvent(DISTRICT, SUB_DISTRICT, COMMUNITY, "平阳社区"))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void theSubDistrictMustExist() {
            rejected(registeredDistrict().andGiven(subDistrictAdded(SUB_DISTRICT, "坞城街道"))
                    .when(new AddCommunityCommand(DISTRICT, "140105003001", "平阳社区")), District.COMMUNITY_CODE_FORMAT);
        }

        @Test
        void aCommunityCodeAddsExactlyThreeDigits() {
            rejected(registeredDistrict().andGiven(subDistrictAdded(SUB_DISTRICT, "坞城街道"))
                    .when(new AddCommunityCommand(DISTRICT, "1401050011", "平阳社区")), District.COMMUNITY_CODE_FORMAT);
        }

        @Test
        void aCommunityCodeDoesNotEndIn000() {
            rejected(registeredDistrict().andGiven(subDistrictAdded(SUB_DISTRICT, "坞城街道"))
                    .when(new AddCommunityCommand(DISTRICT, "140105001000", "平阳社区")), District.COMMUNITY_CODE_FORMAT);
        }

        @Test
        void aCommunityCodeHasOnlyDigits() {
            rejected(registeredDistrict().andGiven(subDistrictAdded(SUB_DISTRICT, "坞城街道"))
                    .when(new AddCommunityCommand(DISTRICT, "140105001x01", "平阳社区")), District.COMMUNITY_CODE_FORMAT);
        }

        @Test
        void aCommunityCodeIsRequired() {
            rejected(registeredDistrict().andGiven(subDistrictAdded(SUB_DISTRICT, "坞城街道"))
                    .when(new AddCommunityCommand(DISTRICT, null, "平阳社区")), District.COMMUNITY_CODE_FORMAT);
        }

        @Test
        void cannotAddACommunityTwice() {
            rejected(districtWithCommunities().when(new AddCommunityCommand(DISTRICT, COMMUNITY, "新建社区")),
                    District.COMMUNITY_CODE_TAKEN);
        }

        @Test
        void twoCommunitiesOfASubDistrictCannotShareAName() {
            rejected(districtWithCommunities().when(new AddCommunityCommand(DISTRICT, "140105001003", "平阳社区 ")),
                    District.COMMUNITY_NAME_TAKEN);
        }

        @Test
        void communitiesOfDifferentSubDistrictsMayShareAName() {
            districtWithCommunities()
                    .when(new AddCommunityCommand(DISTRICT, "140105002001", "平阳社区"))
                    .expectEvents(new CommunityAddedEvent(DISTRICT, OTHER_SUB_DISTRICT, "140105002001", "平阳社区"));
        }

        @Test
        void aCommunityNeedsAName() {
            rejected(registeredDistrict().andGiven(subDistrictAdded(SUB_DISTRICT, "坞城街道"))
                    .when(new AddCommunityCommand(DISTRICT, COMMUNITY, "  ")), District.NAME_REQUIRED);
        }
    }

    @Nested
    class Renaming {

        private RenameAreaCommand rename(String areaCode, String name) {
            return new RenameAreaCommand(DISTRICT, areaCode, name, null);
        }

        @Test
        void renamesTheDistrict() {
            districtWithCommunities()
                    .when(rename(DISTRICT, " 小店新区 "), BECAUSE)
                    .expectEvents(new AreaRenamedEvent(DISTRICT, DISTRICT, AreaLevel.DISTRICT, "小店区", "小店新区"))
                    .expectResultMessagePayload(5L);
        }

        @Test
        void renamesASubDistrict() {
            districtWithCommunities()
                    .when(rename(SUB_DISTRICT, "坞城路街道"), BECAUSE)
                    .expectEvents(new AreaRenamedEvent(DISTRICT, SUB_DISTRICT, AreaLevel.SUB_DISTRICT, "坞城街道", "坞城路街道"));
        }

        @Test
        void renamesACommunity() {
            districtWithCommunities()
                    .when(rename(COMMUNITY, "平阳路社区"), BECAUSE)
                    .expectEvents(new AreaRenamedEvent(DISTRICT, COMMUNITY, AreaLevel.COMMUNITY, "平阳社区", "平阳路社区"));
        }

        @Test
        void aRenameNeedsAReason() {
            rejected(districtWithCommunities().when(rename(COMMUNITY, "平阳路社区")), CommonRules.REASON_REQUIRED);
        }

        @Test
        void aBlankReasonIsNoReason() {
            rejected(districtWithCommunities().when(rename(COMMUNITY, "平阳路社区"), Map.of(AuditMetadata.REASON, " ")),
                    CommonRules.REASON_REQUIRED);
        }

        @Test
        void cannotRenameAnAreaTheDistrictDoesNotHave() {
            rejected(districtWithCommunities().when(rename("140105003", "长风街道"), BECAUSE), District.AREA_UNKNOWN);
        }

        @Test
        void cannotRenameAnAreaOfAnotherDistrict() {
            rejected(districtWithCommunities().when(rename("140106001001", "长风社区"), BECAUSE), District.AREA_UNKNOWN);
        }

        @Test
        void theSameNameIsNoRename() {
            rejected(districtWithCommunities().when(rename(SUB_DISTRICT, " 坞城街道 "), BECAUSE), District.NAME_UNCHANGED);
        }

        @Test
        void theDistrictsOwnNameIsNoRename() {
            rejected(districtWithCommunities().when(rename(DISTRICT, "小店区"), BECAUSE), District.NAME_UNCHANGED);
        }

        @Test
        void aSubDistrictCannotTakeTheNameOfAnother() {
            rejected(districtWithCommunities().when(rename(OTHER_SUB_DISTRICT, "坞城街道"), BECAUSE),
                    District.SUB_DISTRICT_NAME_TAKEN);
        }

        @Test
        void aCommunityCannotTakeTheNameOfAnotherInItsSubDistrict() {
            rejected(districtWithCommunities().when(rename(NEIGHBOUR_COMMUNITY, "平阳社区"), BECAUSE),
                    District.COMMUNITY_NAME_TAKEN);
        }

        @Test
        void aCommunityMayTakeANameUsedInAnotherSubDistrict() {
            districtWithCommunities()
                    .andGiven(communityAdded("140105002001", "营盘社区"))
                    .when(rename("140105002001", "平阳社区"), BECAUSE)
                    .expectEvents(new AreaRenamedEvent(DISTRICT, "140105002001", AreaLevel.COMMUNITY, "营盘社区", "平阳社区"));
        }

        @Test
        void aRenameNeedsAName() {
            rejected(districtWithCommunities().when(rename(COMMUNITY, ""), BECAUSE), District.NAME_REQUIRED);
        }

        @Test
        void aRenamedSubDistrictFreesItsFormerName() {
            districtWithCommunities()
                    .andGiven(new AreaRenamedEvent(DISTRICT, SUB_DISTRICT, AreaLevel.SUB_DISTRICT, "坞城街道", "坞城路街道"))
                    .when(rename(OTHER_SUB_DISTRICT, "坞城街道"), BECAUSE)
                    .expectEvents(new AreaRenamedEvent(DISTRICT, OTHER_SUB_DISTRICT, AreaLevel.SUB_DISTRICT, "营盘街道", "坞城街道"));
        }
    }
}
