package org.gridatlas.query.history;

import java.util.Locale;

import org.gridatlas.messages.area.AreaBoundaryDrawnEvent;
import org.gridatlas.messages.area.AreaLevel;
import org.gridatlas.messages.area.AreaRenamedEvent;
import org.gridatlas.messages.area.CommunityAddedEvent;
import org.gridatlas.messages.area.DistrictRegisteredEvent;
import org.gridatlas.messages.area.SubDistrictAddedEvent;

/**
 * A district's fields: its {@code name}, and the name and drawn boundary of
 * each of its sub-districts and communities as {@code areas.<code>.name} and
 * {@code areas.<code>.boundary}.
 */
final class AreaFields {

    private AreaFields() {
    }

    /** The prefix of the fields of a district's sub-districts and communities. */
    static final String AREAS = "areas.";

    /** The name field of a sub-district or community within its district. */
    static String areaName(String areaCode) {
        return AREAS + areaCode + ".name";
    }

    /** The drawn boundary of a sub-district or community within its district. */
    static String areaBoundary(String areaCode) {
        return AREAS + areaCode + ".boundary";
    }

    static void addTo(EventFields table) {
        table.on(DistrictRegisteredEvent.class, "district registered", (e, f) -> f
                        .set("name", e.name()))
                .on(SubDistrictAddedEvent.class, "sub-district added", (e, f) -> f
                        .set(areaName(e.subDistrictCode()), e.name()))
                .on(CommunityAddedEvent.class, "community added", (e, f) -> f
                        .set(areaName(e.communityCode()), e.name()))
                .on(AreaRenamedEvent.class, e -> e.level().name().toLowerCase(Locale.ROOT).replace('_', '-') + " renamed",
                        (e, f) -> f.set(e.level() == AreaLevel.DISTRICT ? "name" : areaName(e.areaCode()), e.name()))
                .on(AreaBoundaryDrawnEvent.class,
                        e -> e.level().name().toLowerCase(Locale.ROOT).replace('_', '-') + " boundary drawn",
                        (e, f) -> f.set(areaBoundary(e.areaCode()), e.boundaryWkt()));
    }
}
