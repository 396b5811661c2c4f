package org.gridatlas.command.area;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;
import static org.gridatlas.command.system.CommonRules.fitsAsName;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.gridatlas.command.system.CommonRules;
import org.gridatlas.command.system.Rule;
import org.gridatlas.geodata.geometry.BoundaryValidator;
import org.gridatlas.geodata.geometry.GeometryProblem;
import org.gridatlas.geodata.geometry.InvalidGeometryException;
import org.gridatlas.geodata.geometry.PartitionValidator;
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
import org.locationtech.jts.geom.Geometry;

/** A district (区) with its sub-districts (街道) and communities (社区). */
@Aggregate
class District {

    /** Province-level prefixes of GB/T 2260. */
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
            "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
            "63", "64", "65", "71", "81", "82");
    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");
    private static final Pattern THREE_DIGITS = Pattern.compile("\\d{3}");

    static final Rule DISTRICT_CODE_FORMAT = new Rule("district-code-format", "districtCode",
            "a district code is a county-level GB/T 2260 code: six digits, a province prefix and neither pair after it 00");
    static final Rule NAME_REQUIRED = new Rule("area-name-required", "name",
            "an area needs a name of at most " + CommonRules.MAX_NAME_LENGTH + " characters");
    static final Rule SUB_DISTRICT_CODE_FORMAT = new Rule("sub-district-code-format", "subDistrictCode",
            "a sub-district code is the district code followed by three digits other than 000");
    static final Rule SUB_DISTRICT_CODE_TAKEN = new Rule("sub-district-code-taken", "subDistrictCode",
            "the district already has a sub-district with this code");
    static final Rule SUB_DISTRICT_NAME_TAKEN = new Rule("sub-district-name-taken", "name",
            "the district already has a sub-district with this name");
    static final Rule COMMUNITY_CODE_FORMAT = new Rule("community-code-format", "communityCode",
            "a community code is the code of one of the district's sub-districts followed by three digits other than 000");
    static final Rule COMMUNITY_CODE_TAKEN = new Rule("community-code-taken", "communityCode",
            "the district already has a community with this code");
    static final Rule COMMUNITY_NAME_TAKEN = new Rule("community-name-taken", "name",
            "the sub-district already has a community with this name");
    static final Rule AREA_UNKNOWN = new Rule("area-unknown", "areaCode",
            "the district has no area with this code");
    static final Rule NAME_UNCHANGED = new Rule("area-name-unchanged", "name", "the area already has this name");
    static final Rule BOUNDARY_LEVEL = new Rule("area-boundary-level", "areaCode",
            "boundaries are drawn for sub-districts and communities; the district is what they make up together");
    /** Keys of the geometry problems a boundary can have besides being a faulty polygon. */
    static final String COMMUNITY_OUTSIDE_SUB_DISTRICT = "community-outside-sub-district";
    static final String SUB_DISTRICT_LEAVES_OUT_COMMUNITY = "sub-district-leaves-out-community";

    @AggregateIdentifier
    private String districtCode;
    private String name;
    private final Map<String, String> subDistrictNames = new HashMap<>();
    /** Community code → name; the sub-district is the code's first nine digits. */
    private final Map<String, String> communityNames = new HashMap<>();
    /** Drawn boundaries of sub-districts and communities by code; an area without one is its grids' union. */
    private final Map<String, Geometry> boundaries = new HashMap<>();

    private District() {
        // for Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    District(RegisterDistrictCommand command) {
        String code = command.districtCode();
        DISTRICT_CODE_FORMAT.check(code != null && SIX_DIGITS.matcher(code).matches()
                && PROVINCES.contains(code.substring(0, 2))
                && !code.substring(2, 4).equals("00") && !code.substring(4).equals("00"));
        NAME_REQUIRED.check(fitsAsName(command.name()));
        apply(new DistrictRegisteredEvent(code, command.name().strip()));
    }

    @CommandHandler
    Long handle(AddSubDistrictCommand command) {
        String code = command.subDistrictCode();
        SUB_DISTRICT_CODE_FORMAT.check(extendsByThreeDigits(code, districtCode));
        SUB_DISTRICT_CODE_TAKEN.check(!subDistrictNames.containsKey(code));
        NAME_REQUIRED.check(fitsAsName(command.name()));
        String newName = command.name().strip();
        SUB_DISTRICT_NAME_TAKEN.check(!subDistrictNames.containsValue(newName));
        apply(new SubDistrictAddedEvent(districtCode, code, newName));
        return getVersion();
    }

    @CommandHandler
    Long handle(AddCommunityCommand command) {
        String code = command.communityCode();
        String subDistrict = code == null || code.length() != 12 ? null : code.substring(0, 9);
        COMMUNITY_CODE_FORMAT.check(subDistrictNames.containsKey(subDistrict) && extendsByThreeDigits(code, subDistrict));
        COMMUNITY_CODE_TAKEN.check(!communityNames.containsKey(code));
        NAME_REQUIRED.check(fitsAsName(command.name()));
        String newName = command.name().strip();
        COMMUNITY_NAME_TAKEN.check(communityNames.entrySet().stream()
                .noneMatch(c -> c.getKey().startsWith(subDistrict) && c.getValue().equals(newName)));
        apply(new CommunityAddedEvent(districtCode, subDistrict, code, newName));
        return getVersion();
    }

    @CommandHandler
    Long handle(RenameAreaCommand command, @MetaDataValue(AuditMetadata.REASON) String reason) {
        CommonRules.requireReason(reason);
        String code = command.areaCode();
        AreaLevel level = levelOf(code);
        AREA_UNKNOWN.check(level != null);
        NAME_REQUIRED.check(fitsAsName(command.name()));
        String newName = command.name().strip();
        String previous = nameOf(level, code);
        NAME_UNCHANGED.check(!previous.equals(newName));
        switch (level) {
            case SUB_DISTRICT -> SUB_DISTRICT_NAME_TAKEN.check(!subDistrictNames.containsValue(newName));
            case COMMUNITY -> COMMUNITY_NAME_TAKEN.check(communityNames.entrySet().stream()
                    .noneMatch(c -> c.getKey().startsWith(code.substring(0, 9)) && c.getValue().equals(newName)));
            case DISTRICT -> { }
        }
        apply(new AreaRenamedEvent(districtCode, code, level, previous, newName));
        return getVersion();
    }

    /**
     * Draws a sub-district's or community's boundary. A community lies within
     * its sub-district's drawn boundary, and a sub-district's boundary holds
     * its communities' drawn ones, both up to the sliver digitising leaves; an
     * area not drawn yet constrains nothing. Redrawing needs a reason.
     */
    @CommandHandler
    Long handle(DrawAreaBoundaryCommand command, @MetaDataValue(AuditMetadata.REASON) String reason) {
        String code = command.areaCode();
        AreaLevel level = levelOf(code);
        AREA_UNKNOWN.check(level != null);
        BOUNDARY_LEVEL.check(level != AreaLevel.DISTRICT);
        Geometry drawn = BoundaryValidator.requireValidPolygonal(
                Wgs84.polygonalFromWkt(command.boundaryWkt(), "boundary"), "boundary");
        if (boundaries.containsKey(code)) {
            CommonRules.requireReason(reason);
        }
        List<GeometryProblem> problems = new ArrayList<>();
        if (level == AreaLevel.COMMUNITY) {
            Geometry subDistrict = boundaries.get(code.substring(0, 9));
            if (subDistrict != null) {
                outside(drawn, subDistrict).ifPresent(outside -> problems.add(new GeometryProblem("boundary",
                        String.format(Locale.ROOT, "reaches %.0f m² beyond the boundary of sub-district %s; "
                                + "a community lies within its sub-district", Wgs84.approximateSquareMetres(outside),
                                code.substring(0, 9)), COMMUNITY_OUTSIDE_SUB_DISTRICT, outside)));
            }
        } else {
            boundaries.entrySet().stream()
                    .filter(b -> b.getKey().length() == 12 && b.getKey().startsWith(code))
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(b -> outside(b.getValue(), drawn).ifPresent(outside -> problems.add(new GeometryProblem(
                            "boundary", String.format(Locale.ROOT, "leaves %.0f m² of community %s outside; "
                                    + "a sub-district's boundary holds its communities'",
                                    Wgs84.approximateSquareMetres(outside), b.getKey()),
                            SUB_DISTRICT_LEAVES_OUT_COMMUNITY, outside))));
        }
        if (!problems.isEmpty()) {
            throw new InvalidGeometryException(problems);
        }
        apply(new AreaBoundaryDrawnEvent(districtCode, code, level, Wgs84.toWkt(drawn)));
        return getVersion();
    }

    /** The part of {@code inner} outside {@code outer}, when it is more than a sliver. */
    private static Optional<Geometry> outside(Geometry inner, Geometry outer) {
        Geometry outside = inner.difference(outer);
        return Wgs84.approximateSquareMetres(outside) > PartitionValidator.TOLERANCE_SQUARE_METRES
                ? Optional.of(outside) : Optional.empty();
    }

    @EventSourcingHandler
    void on(AreaBoundaryDrawnEvent event) {
        boundaries.put(event.areaCode(), Wgs84.polygonalFromWkt(event.boundaryWkt(), "boundary"));
    }

    @EventSourcingHandler
    void on(DistrictRegisteredEvent event) {
        districtCode = event.districtCode();
        name = event.name();
    }

    @EventSourcingHandler
    void on(SubDistrictAddedEvent event) {
        subDistrictNames.put(event.subDistrictCode(), event.name());
    }

    @EventSourcingHandler
    void on(CommunityAddedEvent event) {
        communityNames.put(event.communityCode(), event.name());
    }

    @EventSourcingHandler
    void on(AreaRenamedEvent event) {
        switch (event.level()) {
            case DISTRICT -> name = event.name();
            case SUB_DISTRICT -> subDistrictNames.put(event.areaCode(), event.name());
            case COMMUNITY -> communityNames.put(event.areaCode(), event.name());
        }
    }

    private AreaLevel levelOf(String code) {
        if (districtCode.equals(code)) {
            return AreaLevel.DISTRICT;
        }
        if (subDistrictNames.containsKey(code)) {
            return AreaLevel.SUB_DISTRICT;
        }
        return communityNames.containsKey(code) ? AreaLevel.COMMUNITY : null;
    }

    private String nameOf(AreaLevel level, String code) {
        return switch (level) {
            case DISTRICT -> name;
            case SUB_DISTRICT -> subDistrictNames.get(code);
            case COMMUNITY -> communityNames.get(code);
        };
    }

    private static boolean extendsByThreeDigits(String code, String parent) {
        if (code == null || code.length() != parent.length() + 3 || !code.startsWith(parent)) {
            return false;
        }
        String suffix = code.substring(parent.length());
        return THREE_DIGITS.matcher(suffix).matches() && !suffix.equals("000");
    }
}
