package org.gridatlas.messages.compound;

import java.math.BigDecimal;

/**
 * What the register records about a compound besides its boundary and
 * management.
 */
public record CompoundAttributes(
        String name,
        String address,
        int households,
        int buildings,
        int units,
        /* gross floor area in square metres, on which subsidies are paid */ BigDecimal floorArea,
        int yearBuilt,
        CompoundCategory category) {
}
