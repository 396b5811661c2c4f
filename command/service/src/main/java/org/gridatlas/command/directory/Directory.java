package org.gridatlas.command.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gridatlas.messages.area.AreaLevel;

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
     * compounds and the grids it covers, or its district when it covers none;
     * empty when there is no such organisation.
     */
    List<String> partyOrganisationAreas(String organisationId);
}
