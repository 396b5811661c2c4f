package org.gridatlas.command.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gridatlas.messages.area.AreaLevel;
import org.gridatlas.messages.body.BodyKind;

/**
 * Look-ups for rules that span aggregates. Aggregates receive it as a
 * command handler parameter, so tests can hand them an in-memory one.
 */
public interface Directory {

    /** Whether a district, sub-district or community with this code exists. */
    boolean areaExists(String code);

    /** The grid codes that do not name a grid of the district. */
    Set<String> gridsNotIn(String districtCode, Collection<String> gridCodes);

    /** The compound ids that do not name a compound of the district. */
    Set<String> compoundsNotIn(String districtCode, Collection<String> compoundIds);

    /** The level of the district, sub-district or community with this code, when it exists. */
    Optional<AreaLevel> areaLevel(String code);

    /** Every compound of the area (a district, sub-district or community), managed or not. */
    int compoundCount(String areaCode);

    /** The area's unmanaged compounds, sorted by id. */
    List<String> unmanagedCompounds(String areaCode);

    /** Whether a campaign for exactly this area is open; one for a wider or narrower area does not count. */
    boolean hasOpenCampaign(String areaCode);

    /** The community a compound lies in, when the compound exists. */
    Optional<String> compoundCommunity(String compoundId);

    /** The communities of those compounds that exist. */
    Set<String> compoundCommunities(Collection<String> compoundIds);

    /** The area a campaign is for, when the campaign exists. */
    Optional<String> campaignArea(String campaignId);

    /**
     * The areas a party organisation's record touches: the communities of the
     * compounds and the grids it covers, or, when it covers none, the area of
     * the body it was founded in or else its district; empty when there is no
     * such organisation.
     */
    List<String> partyOrganisationAreas(String organisationId);

    // ---- service quality: where problems lie, meetings, complaint figures

    /** The district's compounds and grids whose boundary holds a point, each sorted by id. */
    record Place(List<String> compoundIds, List<String> gridCodes) {
    }

    /**
     * Where a problem at this point lies: the compound and grid named, or else
     * the first of the district's that hold the point; its community is the
     * compound's, or the grid's when it lies in no compound, or none.
     */
    record Location(Place place, String compoundId, String gridCode, String communityCode) {
    }

    /** A problem as rules about meetings and resolutions need it. */
    record ProblemEntry(String districtCode, String communityCode, java.time.LocalDate foundOn) {
    }

    /** A meeting as rules about problems settled by it need it. */
    record MeetingEntry(String districtCode, String communityCode, java.time.LocalDate heldOn, List<String> problemIds) {
    }

    /** Where a WKT point lies among the district's compound and grid boundaries. */
    Place placeOf(String districtCode, String pointWkt);

    default Location locate(String districtCode, String pointWkt, String compoundId, String gridCode) {
        Place place = districtCode == null || pointWkt == null ? new Place(List.of(), List.of()) : placeOf(districtCode, pointWkt);
        String compound = compoundId != null ? compoundId : place.compoundIds().stream().findFirst().orElse(null);
        String grid = gridCode != null ? gridCode : place.gridCodes().stream().findFirst().orElse(null);
        String community = compound != null ? compoundCommunity(compound).orElse(null)
                : grid != null && grid.length() >= 12 ? grid.substring(0, 12) : null;
        return new Location(place, compound, grid, community);
    }

    Optional<ProblemEntry> problem(String problemId);

    Optional<MeetingEntry> meeting(String meetingId);

    /** The party organisation ids that do not name an organisation of the district. */
    Set<String> partyOrganisationsNotIn(String districtCode, Collection<String> organisationIds);

    /**
     * The complaint figures whose period shares a day with these and whose area
     * is this one, lies within it or contains it: figures that would be counted twice.
     */
    List<String> complaintFiguresOverlapping(String areaCode, java.time.LocalDate firstDay, java.time.LocalDate lastDay);

    /** The area a complaint figure counts, when the figure exists. */
    Optional<String> complaintFigureArea(String figureId);
    /**
     * A body that has not been dissolved: one of the register, or a compound's
     * committee (then its id is {@code governance.Committee#bodyId} and it
     * serves its own compound).
     *
     * @param companyId the company a project department belongs to, else {@code null}
     */
    record StandingBody(String bodyId, String districtCode, BodyKind kind, String areaCode, String companyId,
                        List<String> compoundIds) {
    }

    /** A body's current member, as cross appointments check them. */
    record CurrentMember(String name, boolean partyMember) {
    }

    /** What a cross appointment links. */
    record CrossAppointmentLink(String bodyId, String organisationId) {
    }

    Optional<StandingBody> standingBody(String bodyId);

    /** Whether a standing body with this id (a compound's committee included) serves in the district. */
    default boolean bodyExists(String districtCode, String bodyId) {
        return standingBody(bodyId).filter(b -> b.districtCode().equals(districtCode)).isPresent();
    }

    /** The compounds a standing body serves; nothing for a dissolved or unknown one. */
    default List<String> compoundsServedBy(String bodyId) {
        return standingBody(bodyId).map(StandingBody::compoundIds).orElse(List.of());
    }

    /** Where a body belongs, dissolved or not, for jurisdiction: its community, sub-district or district. */
    Optional<String> bodyArea(String bodyId);

    Optional<CurrentMember> currentBodyMember(String bodyId, String memberId);

    /** Whether a standing property company of the district's register holds this unified social credit code. */
    boolean creditCodeTaken(String districtCode, String creditCode);

    /** Whether the sub-district has a standing state-owned property company. */
    boolean hasStateOwnedCompany(String subDistrictCode);

    /** How many project departments of the company have not been dissolved. */
    int standingDepartments(String companyId);

    /** The district of a party organisation that has not been dissolved. */
    Optional<String> standingPartyOrganisationDistrict(String organisationId);

    Optional<CrossAppointmentLink> crossAppointment(String appointmentId);

    // ---- the grid layer: grids do not overlap, compounds name the grids they lie in

    /** Where another grid overlaps a boundary: the polygonal part both cover, never empty. */
    record GridOverlap(String gridCode, org.locationtech.jts.geom.Geometry overlap) {
    }

    /**
     * How a compound's boundary meets a grid it names: the polygonal part both
     * cover (empty when they only touch or lie apart) and the distance between
     * them in metres (0 when they meet).
     */
    record GridReach(String gridCode, org.locationtech.jts.geom.Geometry overlap, double distanceMetres) {
    }

    /**
     * The other grids of the community whose boundaries share area with this
     * WKT boundary, with the shared part, sorted by grid code; grids that only
     * touch it along an edge or at a point are not among them.
     */
    List<GridOverlap> gridsOverlapping(String communityCode, String gridCode, String boundaryWkt);

    /** How this WKT boundary meets each of the grids that exist, in the order given. */
    List<GridReach> gridReach(String boundaryWkt, List<String> gridCodes);
}
