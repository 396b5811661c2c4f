package org.gridatlas.command.directory;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
    private final Set<String> openCampaignDistricts = new HashSet<>();
    /** compound id → community code, for jurisdiction checks */
    private final Map<String, String> compoundCommunities = new HashMap<>();
    /** campaign id → district code */
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

    /** A compound in a community; its district is the community code's first six digits. */
    public InMemoryDirectory withCompoundIn(String compoundId, String communityCode) {
        compoundCommunities.put(compoundId, communityCode);
        return withCompound(compoundId, communityCode.substring(0, 6), false);
    }

    public InMemoryDirectory withCampaign(String campaignId, String districtCode) {
        campaigns.put(campaignId, districtCode);
        return this;
    }

    public InMemoryDirectory withPartyOrganisation(String organisationId, List<String> areasTouched) {
        partyOrganisations.put(organisationId, List.copyOf(areasTouched));
        return this;
    }

    public InMemoryDirectory withOpenCampaign(String districtCode) {
        openCampaignDistricts.add(districtCode);
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

    @Override
    public int compoundCount(String districtCode) {
        return (int) compounds.values().stream().filter(districtCode::equals).count();
    }

    @Override
    public List<String> unmanagedCompounds(String districtCode) {
        return unmanaged.stream().filter(c -> districtCode.equals(compounds.get(c))).sorted().toList();
    }

    @Override
    public boolean hasOpenCampaign(String districtCode) {
        return openCampaignDistricts.contains(districtCode);
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
    public Optional<String> campaignDistrict(String campaignId) {
        return Optional.ofNullable(campaigns.get(campaignId));
    }

    @Override
    public List<String> partyOrganisationAreas(String organisationId) {
        return partyOrganisations.getOrDefault(organisationId, List.of());
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
}
