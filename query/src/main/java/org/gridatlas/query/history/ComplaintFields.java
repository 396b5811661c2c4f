package org.gridatlas.query.history;

import org.gridatlas.messages.complaint.ComplaintsCorrectedEvent;
import org.gridatlas.messages.complaint.ComplaintsRecordedEvent;

/** A complaint figure's fields: {@code areaCode}, {@code period} and {@code complaints}, each correction its own entry. */
final class ComplaintFields {

    private ComplaintFields() {
    }

    static void addTo(EventFields table) {
        table.on(ComplaintsRecordedEvent.class, "complaints recorded", (e, f) -> f
                        .set("areaCode", e.areaCode())
                        .set("period", e.period())
                        .set("complaints", e.complaints()))
                .on(ComplaintsCorrectedEvent.class, "complaints corrected", (e, f) -> f
                        .set("complaints", e.complaints()));
    }
}
