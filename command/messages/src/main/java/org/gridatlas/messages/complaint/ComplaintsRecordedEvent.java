package org.gridatlas.messages.complaint;

import java.time.LocalDate;

/** An area's complaints in a period were recorded; the period's first and last day come with it. */
public record ComplaintsRecordedEvent(
        String figureId,
        String districtCode,
        String areaCode,
        String period,
        LocalDate firstDay,
        LocalDate lastDay,
        int complaints) {
}
