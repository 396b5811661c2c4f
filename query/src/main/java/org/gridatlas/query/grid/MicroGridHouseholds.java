package org.gridatlas.query.grid;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many households a micro-grid is expected to hold; the map flags those
 * below {@code min} or above {@code max}. Neither the domain brief nor the
 * articles give a norm, so the defaults are a working assumption an office sets.
 */
@ConfigurationProperties("gridatlas.micro-grids.households")
public record MicroGridHouseholds(@DefaultValue("30") int min, @DefaultValue("300") int max) {

    public MicroGridHouseholds {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("gridatlas.micro-grids.households needs 0 <= min <= max, was "
                    + min + " and " + max);
        }
    }

    /** The flag of a micro-grid holding these households, as SQL over the column given. */
    String flagSql(String households) {
        return "CASE WHEN %1$s < %2$d THEN 'BELOW' WHEN %1$s > %3$d THEN 'ABOVE' END".formatted(households, min, max);
    }
}
