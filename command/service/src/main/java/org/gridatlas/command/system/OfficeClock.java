package org.gridatlas.command.system;

import java.time.LocalDate;
import java.time.ZoneId;

import org.axonframework.eventhandling.GenericEventMessage;

/**
 * Today's date as a district office counts it (Asia/Shanghai), by the clock
 * Axon stamps events with, so that rules about dates agree with the event
 * timestamps, in tests and in the demo's simulated months alike.
 */
public final class OfficeClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private OfficeClock() {
    }

    public static LocalDate today() {
        return LocalDate.ofInstant(GenericEventMessage.clock.instant(), ZONE);
    }
}
