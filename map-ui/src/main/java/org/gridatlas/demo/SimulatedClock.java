package org.gridatlas.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.axonframework.eventhandling.GenericEventMessage;

/**
 * A clock that stands where the demo says, so events entered for a past month
 * carry that month's timestamp. Axon stamps events from the static
 * {@link GenericEventMessage#clock}; this clock is installed there while the
 * demo plays and the system clock put back afterwards. The instant is atomic
 * because the requests it stamps may run on other threads.
 */
public final class SimulatedClock extends Clock implements AutoCloseable {

    private final AtomicReference<Instant> now;
    private final Clock previous;

    private SimulatedClock(Instant start) {
        this.now = new AtomicReference<>(start);
        this.previous = GenericEventMessage.clock;
    }

    /** Installs a simulated clock as Axon's clock; close it to restore the previous one. */
    public static SimulatedClock install(Instant start) {
        SimulatedClock clock = new SimulatedClock(start);
        GenericEventMessage.clock = clock;
        return clock;
    }

    public void set(Instant instant) {
        now.set(instant);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public void close() {
        GenericEventMessage.clock = previous;
    }
}
