package org.gridatlas.command.directory;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.gridatlas.messages.area.AreaLevel;
import org.gridatlas.messages.body.BodyKind;

/**
 * The directory as aggregate tests need it: filled by the test, read by the
 * aggregate. The JDBC directory behind the running application is covered by
 * the integration tests in map-ui.
 */
public class InMemoryDirectory implements Directory {

    private final Set<String> areas = new HashSet<>();
    /** grid code → district code */
    private final Map<String, String> grids = new HashMap<>();
    /** compound id → district code */
    private final Map<String, String> compounds = new HashMap<>();
    private final Set<String> unmanaged = new HashSet<>();
    private final Set<String> openCampaignAreas = new HashSet<>();
    /** compound id → community code, for jurisdiction checks */
    private final Map<String, String> compoundCommunities = new HashMap<>();
    /** campaign id → area code */
    private final Map<String, String> campaigns = new HashMap<>();
    /** party organisation id → the areas its record touches */
    private final Map<String, List<String>> partyOrganisations = new HashMap<>();

    /** body id → the body, standing or not */
    private final Map<String, StandingBody> bodies = new HashMap<>();
    private final Set<String> dissolvedBodies = new HashSet<>();
    /** body id → member id → the member */
    private final Map<String, Map<String, CurrentMember>> members = new HashMap<>();
    private final Set<String> creditCodes = new HashSet<>();
    /** party organisation id → district, for organisations that stand */
    private final Map<String, String> standingOrganisations = new HashMap<>();
    private final Map<String, CrossAppointmentLink> crossAppointments = new HashMap<>();

    /** A standing body; its district is the area code's first six digits. */
    public InMemoryDirectory withBody(String bodyId, BodyKind kind, String areaCode, String companyId,
                                      List<String> compoundIds) {
        bodies.put(bodyId, new StandingBody(bodyId, areaCode.substring(0, 6), kind, areaCode, companyId,
                List.copyOf(compoundIds)));
        return this;
    }

    public InMemoryDirectory withDissolvedBody(String bodyId, BodyKind kind, String areaCode) {
        dissolvedBodies.add(bodyId);
        return withBody(bodyId, kind, areaCode, null, List.of());
    }

    public InMemoryDirectory withBodyMember(String bodyId, String memberId, String name, boolean partyMember) {
        members.computeIfAbsent(bodyId, b -> new HashMap<>()).put(memberId, new CurrentMember(name, partyMember));
        return this;
    }

    public InMemoryDirectory withCreditCode(String creditCode) {
        creditCodes.add(creditCode);
        return this;
    }

    public InMemoryDirectory withStandingPartyOrganisation(String organisationId, String districtCode) {
        standingOrganisations.put(organisationId, districtCode);
        return this;
    }

    public InMemoryDirectory withCrossAppointment(String appointmentId, String bodyId, String organisationId) {
        crossAppointments.put(appointmentId, new CrossAppointmentLink(bodyId, organisationId));
        return this;
    }

    public InMemoryDirectory withArea(String code) {
        areas.add(code);
        return this;
    }

    public InMemoryDirectory withGrid(String gridCode) {
        grids.put(gridCode, gridCode.substring(0, 6));
        return this;
    }

    public InMemoryDirectory withCompound(String compoundId, String districtCode, boolean isUnmanaged) {
        compounds.put(compoundId, districtCode);
        if (isUnmanaged) {
            unmanaged.add(compoundId);
        } else {
            unmanaged.remove(compoundId);
        }
        return this;
    }

    /** A managed compound in a community; its district is the community code's first six digits. */
    public InMemoryDirectory withCompoundIn(String compoundId, String communityCode) {
        return withCompoundIn(compoundId, communityCode, false);
    }

    public InMemoryDirectory withCompoundIn(String compoundId, String communityCode, boolean isUnmanaged) {
        compoundCommunities.put(compoundId, communityCode);
        return withCompound(compoundId, communityCode.substring(0, 6), isUnmanaged);
    }

    public InMemoryDirectory withCampaign(String campaignId, String areaCode) {
        campaigns.put(campaignId, areaCode);
        return this;
    }

    public InMemoryDirectory withPartyOrganisation(String organisationId, List<String> areasTouched) {
        partyOrganisations.put(organisationId, List.copyOf(areasTouched));
        return this;
    }

    public InMemoryDirectory withOpenCampaign(String areaCode) {
        openCampaignAreas.add(areaCode);
        return this;
    }

    @Override
    public boolean areaExists(String code) {
        return areas.contains(code);
    }

    @Override
    public Set<String> gridsNotIn(String districtCode, Collection<String> gridCodes) {
        return gridCodes.stream().filter(g -> !districtCode.equals(grids.get(g))).collect(Collectors.toSet());
    }

    @Override
    public Set<String> compoundsNotIn(String districtCode, Collection<String> compoundIds) {
        return compoundIds.stream().filter(c -> !districtCode.equals(compounds.get(c))).collect(Collectors.toSet());
    }

    /** By the length of the code, as the hierarchy numbers its areas. */
    @Override
    public Optional<AreaLevel> areaLevel(String code) {
        if (!areas.contains(code)) {
            return Optional.empty();
        }
        return Optional.of(switch (code.length()) {
            case 6 -> AreaLevel.DISTRICT;
            case 9 -> AreaLevel.SUB_DISTRICT;
            default -> AreaLevel.COMMUNITY;
        });
    }

    /** Whether the compound lies in the area: by its community when known, else by its district. */
    private boolean inArea(String compoundId, String areaCode) {
        String where = compoundCommunities.getOrDefault(compoundId, compounds.get(compoundId));
        return where != null && where.startsWith(areaCode);
    }

    @Override
    public int compoundCount(String areaCode) {
        return (int) compounds.keySet().stream().filter(c -> inArea(c, areaCode)).count();
    }

    @Override
    public List<String> unmanagedCompounds(String areaCode) {
        return unmanaged.stream().filter(c -> inArea(c, areaCode)).sorted().toList();
    }

    @Override
    public boolean hasOpenCampaign(String areaCode) {
        return openCampaignAreas.contains(areaCode);
    }

    @Override
    public Optional<String> compoundCommunity(String compoundId) {
        return Optional.ofNullable(compoundCommunities.get(compoundId));
    }

    @Override
    public Set<String> compoundCommunities(Collection<String> compoundIds) {
        return compoundIds.stream().map(compoundCommunities::get).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
    }

    @Override
    public Optional<String> campaignArea(String campaignId) {
        return Optional.ofNullable(campaigns.get(campaignId));
    }

    @Override
    public List<String> partyOrganisationAreas(String organisationId) {
        return partyOrganisations.getOrDefault(organisationId, List.of());
    }

    // ---- service quality: boundaries, problems, meetings, complaint figures

    /** compound id or grid code → its boundary, for where a point lies */
    private final Map<String, org.locationtech.jts.geom.Polygon> boundaries = new java.util.TreeMap<>();
    private final Map<String, ProblemEntry> problems = new HashMap<>();
    private final Map<String, MeetingEntry> meetings = new HashMap<>();
    /** party organisation id → district code */
    private final Map<String, String> partyOrganisationDistricts = new HashMap<>();
    private final Map<String, java.time.LocalDate[]> complaintFigureDays = new java.util.TreeMap<>();
    private final Map<String, String> complaintFigureAreas = new HashMap<>();

    /** A compound in a community with its boundary as WKT. */
    public InMemoryDirectory withCompoundBoundary(String compoundId, String communityCode, String boundaryWkt) {
        boundaries.put(compoundId, org.gridatlas.geodata.geometry.Wgs84.polygonFromWkt(boundaryWkt, "boundary"));
        return withCompoundIn(compoundId, communityCode);
    }

    /** A grid (its community is the code's first twelve digits) with its boundary as WKT. */
    public InMemoryDirectory withGridBoundary(String gridCode, String boundaryWkt) {
        boundaries.put(gridCode, org.gridatlas.geodata.geometry.Wgs84.polygonFromWkt(boundaryWkt, "boundary"));
        return withGrid(gridCode);
    }

    public InMemoryDirectory withProblem(String problemId, String communityCode, java.time.LocalDate foundOn) {
        problems.put(problemId, new ProblemEntry(communityCode.substring(0, 6), communityCode, foundOn));
        return this;
    }

    public InMemoryDirectory withMeeting(String meetingId, String communityCode, java.time.LocalDate heldOn,
                                         List<String> problemIds) {
        meetings.put(meetingId, new MeetingEntry(communityCode.substring(0, 6), communityCode, heldOn, List.copyOf(problemIds)));
        return this;
    }

    public InMemoryDirectory withPartyOrganisationIn(String organisationId, String districtCode) {
        partyOrganisationDistricts.put(organisationId, districtCode);
        return this;
    }

    public InMemoryDirectory withComplaintFigure(String figureId, String areaCode, java.time.LocalDate firstDay,
                                                 java.time.LocalDate lastDay) {
        complaintFigureDays.put(figureId, new java.time.LocalDate[] {firstDay, lastDay});
        complaintFigureAreas.put(figureId, areaCode);
        return this;
    }

    @Override
    public Place placeOf(String districtCode, String pointWkt) {
        org.locationtech.jts.geom.Point point = org.gridatlas.geodata.geometry.Wgs84.pointFromWkt(pointWkt, "location");
        List<String> holding = boundaries.entrySet().stream()
                .filter(b -> b.getValue().covers(point))
                .map(Map.Entry::getKey)
                .filter(id -> districtCode.equals(grids.containsKey(id) ? grids.get(id) : compounds.get(id)))
                .toList();
        return new Place(holding.stream().filter(id -> !grids.containsKey(id)).toList(),
                holding.stream().filter(grids::containsKey).toList());
    }

    @Override
    public Optional<ProblemEntry> problem(String problemId) {
        return Optional.ofNullable(problems.get(problemId));
    }

    @Override
    public Optional<MeetingEntry> meeting(String meetingId) {
        return Optional.ofNullable(meetings.get(meetingId));
    }

    @Override
    public Set<String> partyOrganisationsNotIn(String districtCode, Collection<String> organisationIds) {
        return organisationIds.stream().filter(o -> !districtCode.equals(partyOrganisationDistricts.get(o)))
                .collect(Collectors.toSet());
    }

    @Override
    public List<String> complaintFiguresOverlapping(String areaCode, java.time.LocalDate firstDay, java.time.LocalDate lastDay) {
        return complaintFigureDays.entrySet().stream()
                .filter(f -> {
                    String area = complaintFigureAreas.get(f.getKey());
                    return (area.startsWith(areaCode) || areaCode.startsWith(area))
                            && !f.getValue()[0].isAfter(lastDay) && !f.getValue()[1].isBefore(firstDay);
                })
                .map(Map.Entry::getKey).toList();
    }

    @Override
    public Optional<String> complaintFigureArea(String figureId) {
        return Optional.ofNullable(complaintFigureAreas.get(figureId));
    }

    @Override
    public Optional<StandingBody> standingBody(String bodyId) {
        return dissolvedBodies.contains(bodyId) ? Optional.empty() : Optional.ofNullable(bodies.get(bodyId));
    }

    @Override
    public Optional<String> bodyArea(String bodyId) {
        return Optional.ofNullable(bodies.get(bodyId)).map(StandingBody::areaCode);
    }

    @Override
    public Optional<CurrentMember> currentBodyMember(String bodyId, String memberId) {
        return Optional.ofNullable(members.getOrDefault(bodyId, Map.of()).get(memberId));
    }

    @Override
    public boolean creditCodeTaken(String districtCode, String creditCode) {
        return creditCodes.contains(creditCode);
    }

    @Override
    public boolean hasStateOwnedCompany(String subDistrictCode) {
        return bodies.values().stream().anyMatch(b -> b.kind() == BodyKind.STATE_OWNED_PROPERTY_COMPANY
                && b.areaCode().equals(subDistrictCode) && !dissolvedBodies.contains(b.bodyId()));
    }

    @Override
    public int standingDepartments(String companyId) {
        return (int) bodies.values().stream()
                .filter(b -> companyId.equals(b.companyId()) && !dissolvedBodies.contains(b.bodyId())).count();
    }

    @Override
    public Optional<String> standingPartyOrganisationDistrict(String organisationId) {
        return Optional.ofNullable(standingOrganisations.get(organisationId));
    }

    @Override
    public Optional<CrossAppointmentLink> crossAppointment(String appointmentId) {
        return Optional.ofNullable(crossAppointments.get(appointmentId));
    }

    // ---- the grid layer, with JTS where the application asks PostGIS

    /** Other grids of the community (grids added with a boundary) sharing area with the boundary. */
    @Override
    public List<GridOverlap> gridsOverlapping(String communityCode, String gridCode, String boundaryWkt) {
        org.locationtech.jts.geom.Polygon shape = org.gridatlas.geodata.geometry.Wgs84.polygonFromWkt(boundaryWkt, "boundary");
        return boundaries.entrySet().stream()
                .filter(b -> grids.containsKey(b.getKey()) && !b.getKey().equals(gridCode)
                        && b.getKey().startsWith(communityCode))
                .map(b -> new GridOverlap(b.getKey(), polygonal(b.getValue().intersection(shape))))
                .filter(o -> !o.overlap().isEmpty())
                .toList();
    }

    /** Grids added without a boundary have nothing to reach, and so are left out. */
    @Override
    public List<GridReach> gridReach(String boundaryWkt, List<String> gridCodes) {
        org.locationtech.jts.geom.Polygon shape = org.gridatlas.geodata.geometry.Wgs84.polygonFromWkt(boundaryWkt, "boundary");
        double metresPerDegree = 111_320 * Math.cos(Math.toRadians(shape.getCentroid().getY()));
        return gridCodes.stream().filter(g -> grids.containsKey(g) && boundaries.containsKey(g))
                .map(g -> new GridReach(g, polygonal(boundaries.get(g).intersection(shape)),
                        boundaries.get(g).distance(shape) * metresPerDegree))
                .toList();
    }

    private static org.locationtech.jts.geom.Geometry polygonal(org.locationtech.jts.geom.Geometry g) {
        return org.locationtech.jts.geom.util.PolygonExtracter.getPolygons(g).isEmpty()
                ? org.gridatlas.geodata.geometry.Wgs84.FACTORY.createPolygon()
                : org.gridatlas.geodata.geometry.Wgs84.FACTORY.buildGeometry(
                        org.locationtech.jts.geom.util.PolygonExtracter.getPolygons(g));
    }
}
