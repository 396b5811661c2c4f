package org.gridatlas.messages.compound;

import java.util.List;

/**
 * A compound entered the register.
 */
public record CompoundRegisteredEvent(
        String compoundId,
        String districtCode,
        String subDistrictCode,
        String communityCode,
        CompoundAttributes attributes,
        String boundaryWkt,
        Management management,
        List<String> gridCodes) {
}
