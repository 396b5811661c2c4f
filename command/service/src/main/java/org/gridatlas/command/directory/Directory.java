package org.gridatlas.command.directory;

import java.util.Collection;
import java.util.List;
import java.util.Set;

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
}
