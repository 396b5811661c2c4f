package org.gridatlas.messages.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records how many complaints an area received in a period. The figure's
 * identifier follows from area and period ({@link #figureIdOf}), so one area
 * has one figure per period.
 *
 * @param period as {@link ReportingPeriod} writes it: 2023, 2023-Q1 or 2023-03
 */
public record RecordComplaintsCommand(
        @TargetAggregateIdentifier String figureId,
        String areaCode,
        String period,
        int complaints) {

    public static String figureIdOf(String areaCode, String period) {
        return "complaints-" + areaCode + "-" + period;
    }
}
