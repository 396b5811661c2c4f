package org.gridatlas.command.area;

import static org.hamcrest.CoreMatchers.containsString;

import java.time.Instant;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.gridatlas.command.system.CommonRules;
import org.gridatlas.command.system.Rule;
import org.gridatlas.command.system.RuleViolation;
import org.gridatlas.geodata.geometry.InvalidGeometryException;
import org.gridatlas.geodata.geometry.Wgs84;
import org.gridatlas.messages.AuditMetadata;
import org.gridatlas.messages.area.AddCommunityCommand;
import org.gridatlas.messages.area.AddSubDistrictCommand;
import org.gridatlas.messages.area.AreaBoundaryDrawnEvent;
import org.gridatlas.messages.area.AreaLevel;
import org.gridatlas.messages.area.AreaRenamedEvent;
import org.gridatlas.messages.area.CommunityAddedEvent;
import org.gridatlas.messages.area.DistrictRegisteredEvent;
import org.gridatlas.messages.area.DrawAreaBoundaryCommand;
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

    @Nested
    class Boundaries {

        /** 坞城街道: a 0.02° square; 平阳社区 in its south-west quarter. */
        private static final String SUB_DISTRICT_SQUARE = square(112.50, 37.80, 0.02);
        private static final String COMMUNITY_SQUARE = square(112.50, 37.80, 0.01);
        /** Half of it lies east of 坞城街道. */
        private static final String COMMUNITY_ACROSS_THE_EDGE = square(112.515, 37.80, 0.01);

        private static String square(double west, double south, double side) {
            double east = west + side;
            double north = south + side;
            // through the WKT writer, kept to 7 decimals, as the aggregate writes it into the event
            return Wgs84.toWkt(Wgs84.polygonFromWkt(String.format(java.util.Locale.ROOT,
                    "POLYGON ((%s %s, %s %s, %s %s, %s %s, %s %s))",
                    west, south, east, south, east, north, west, north, west, south), "boundary"));
        }

        private static DrawAreaBoundaryCommand draw(String areaCode, String wkt) {
            return new DrawAreaBoundaryCommand(DISTRICT, areaCode, wkt, null);
        }

        private static AreaBoundaryDrawnEvent drawn(String areaCode, AreaLevel level, String wkt) {
            return new AreaBoundaryDrawnEvent(DISTRICT, areaCode, level, wkt);
        }

        @Test
        void drawsACommunityBoundaryWhereTheSubDistrictHasNone() {
            districtWithCommunities()
                    .when(draw(COMMUNITY, COMMUNITY_SQUARE))
                    .expectEvents(drawn(COMMUNITY, AreaLevel.COMMUNITY, COMMUNITY_SQUARE))
                    .expectResultMessagePayload(5L);
        }

        @Test
        void drawsASubDistrictInSeveralPieces() {
            String pieces = "MULTIPOLYGON (((112.5 37.8, 112.51 37.8, 112.51 37.81, 112.5 37.8)), "
                    + "((112.52 37.8, 112.53 37.8, 112.53 37.81, 112.52 37.8)))";
            districtWithCommunities()
                    .when(draw(SUB_DISTRICT, pieces))
                    .expectEvents(drawn(SUB_DISTRICT, AreaLevel.SUB_DISTRICT, pieces));
        }

        @Test
        void aCommunityLiesWithinItsSubDistrictsDrawnBoundary() {
            districtWithCommunities().andGiven(drawn(SUB_DISTRICT, AreaLevel.SUB_DISTRICT, SUB_DISTRICT_SQUARE))
                    .when(draw(COMMUNITY, COMMUNITY_ACROSS_THE_EDGE))
                    .expectException(InvalidGeometryException.class)
                    .expectExceptionMessage(containsString("beyond the boundary of sub-district " + SUB_DISTRICT))
                    .expectNoEvents();
        }

        @Test
        void aCommunityWithinItsSubDistrictIsDrawn() {
            districtWithCommunities().andGiven(drawn(SUB_DISTRICT, AreaLevel.SUB_DISTRICT, SUB_DISTRICT_SQUARE))
                    .when(draw(COMMUNITY, COMMUNITY_SQUARE))
                    .expectEvents(drawn(COMMUNITY, AreaLevel.COMMUNITY, COMMUNITY_SQUARE));
        }

        @Test
        void aSubDistrictHoldsItsCommunitiesDrawnBoundaries() {
            districtWithCommunities().andGiven(drawn(COMMUNITY, AreaLevel.COMMUNITY, COMMUNITY_SQUARE))
                    .when(draw(SUB_DISTRICT, square(112.505, 37.80, 0.02)))
                    .expectException(InvalidGeometryException.class)
                    .expectExceptionMessage(containsString("of community " + COMMUNITY + " outside"))
                    .expectNoEvents();
        }

        @Test
        void aSliverOutsideIsDigitisingAndAllowed() {
            // 2e-7° is some 2 cm: two strips that wide along the 1 km sides are about 4 m², under the 5 m² sliver
            String almost = square(112.50, 37.80, 0.01000002);
            districtWithCommunities().andGiven(drawn(SUB_DISTRICT, AreaLevel.SUB_DISTRICT, COMMUNITY_SQUARE))
                    .when(draw(COMMUNITY, almost))
                    .expectEvents(drawn(COMMUNITY, AreaLevel.COMMUNITY, almost));
        }

        @Test
        void theDistrictItselfGetsNoBoundary() {
            rejected(districtWithCommunities().when(draw(DISTRICT, SUB_DISTRICT_SQUARE)), District.BOUNDARY_LEVEL);
        }

        @Test
        void anUnknownAreaGetsNoBoundary() {
            rejected(districtWithCommunities().when(draw("140105001009", COMMUNITY_SQUARE)), District.AREA_UNKNOWN);
        }

        @Test
        void aBoundaryOutsideChinaIsRefused() {
            districtWithCommunities()
                    .when(draw(COMMUNITY, square(2.5, 48.0, 0.01)))
                    .expectException(InvalidGeometryException.class)
                    .expectExceptionMessage(containsString("lies outside China"))
                    .expectNoEvents();
        }

        @Test
        void aSelfIntersectingBoundaryIsRefused() {
            districtWithCommunities()
                    .when(draw(COMMUNITY, "POLYGON ((112.5 37.8, 112.51 37.81, 112.51 37.8, 112.5 37.81, 112.5 37.8))"))
                    .expectException(InvalidGeometryException.class)
                    .expectExceptionMessage(containsString("is self-intersecting"))
                    .expectNoEvents();
        }

        @Test
        void redrawingNeedsAReason() {
            rejected(districtWithCommunities().andGiven(drawn(COMMUNITY, AreaLevel.COMMUNITY, COMMUNITY_SQUARE))
                    .when(draw(COMMUNITY, square(112.50, 37.80, 0.012))), CommonRules.REASON_REQUIRED);
        }

        @Test
        void redrawingWithAReasonReplacesTheBoundary() {
            String larger = square(112.50, 37.80, 0.012);
            districtWithCommunities().andGiven(drawn(COMMUNITY, AreaLevel.COMMUNITY, COMMUNITY_SQUARE))
                    .when(draw(COMMUNITY, larger), BECAUSE)
                    .expectEvents(drawn(COMMUNITY, AreaLevel.COMMUNITY, larger));
        }
    }
}
