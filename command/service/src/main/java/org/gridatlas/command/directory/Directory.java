package org.gridatlas.command.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

    /** Every compound of the district, managed or not. */
    int compoundCount(String districtCode);

    /** The district's unmanaged compounds, sorted by id. */
    List<String> unmanagedCompounds(String districtCode);

    boolean hasOpenCampaign(String districtCode);

    /** The community a compound lies in, when the compound exists. */
    Optional<String> compoundCommunity(String compoundId);

    /** The communities of those compounds that exist. */
    Set<String> compoundCommunities(Collection<String> compoundIds);

    /** The district a campaign runs in, when the campaign exists. */
    Optional<String> campaignDistrict(String campaignId);

    /**
     * The areas a party organisation's record touches: the communities of the
     * compounds and the grids it covers, or, when it covers none, the area of
     * the body it was founded in or else its district; empty when there is no
     * such organisation.
     */
    List<String> partyOrganisationAreas(String organisationId);

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
}
