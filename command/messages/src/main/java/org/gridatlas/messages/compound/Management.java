package org.gridatlas.messages.compound;

import java.time.LocalDate;

/**
 * How a compound is managed: the mode, who provides it (a company, or the body
 * that serves it), since when, and the fee stance. An unmanaged compound has
 * no provider and no fee stance.
 */
public record Management(ManagementMode mode, String provider, LocalDate since, FeeStance feeStance) {

    public static Management unmanaged(LocalDate since) {
        return new Management(ManagementMode.UNMANAGED, null, since, null);
    }
}
