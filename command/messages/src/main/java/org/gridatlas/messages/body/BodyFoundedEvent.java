package org.gridatlas.messages.body;

import java.time.LocalDate;
import java.util.List;

/** A body was entered into the register; its first members follow as {@link BodyMemberAppointedEvent}s. */
public record BodyFoundedEvent(
        String bodyId,
        String districtCode,
        BodyKind kind,
        String areaCode,
        String name,
        String companyId,
        String creditCode,
        LocalDate foundedOn,
        List<String> compoundIds) {
}
