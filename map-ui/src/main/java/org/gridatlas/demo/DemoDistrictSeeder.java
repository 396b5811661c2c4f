package org.gridatlas.demo;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.gridatlas.command.system.Audit;
import org.gridatlas.command.system.AuditedCommands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Enters the calibrated demo district, with its service-quality rounds, when the event store is empty, and never
 * again: a store that holds any event belongs to somebody. The steps are sent
 * as the commands a user would send, each stamped with its simulated time.
 */
@Component
@ConditionalOnBooleanProperty("gridatlas.demo.seed")
class DemoDistrictSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoDistrictSeeder.class);

    private final AuditedCommands commands;
    private final EventStorageEngine events;

    DemoDistrictSeeder(AuditedCommands commands, EventStorageEngine events) {
        this.commands = commands;
        this.events = events;
    }

    /** The demo district's plan, as of the current month in Beijing. */
    static CalibratedDistrict.Plan plan() {
        return CalibratedDistrict.plan(CalibratedDistrict.Settings.demo(YearMonth.now(ZoneId.of("Asia/Shanghai"))));
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedIfEmpty() {
        if (eventStoreHoldsEvents()) {
            log.info("Event store holds events: the demo district is not entered again");
            return;
        }
        CalibratedDistrict.Plan plan = plan();
        long started = System.nanoTime();
        List<DemoStep> steps = ServiceQualityRounds.withPlan(plan);
        log.info("Entering the demo district: {} steps over eleven simulated months", steps.size());
        play(steps, commands);
        log.info("Demo district entered in {} s", (System.nanoTime() - started) / 1_000_000_000);
    }

    /** Sends every step with its author, reason and simulated time. */
    static void play(List<DemoStep> steps, AuditedCommands commands) {
        try (SimulatedClock clock = SimulatedClock.install(steps.get(0).at())) {
            for (DemoStep step : steps) {
                clock.set(step.at());
                commands.send(step.command(), Audit.internal(step.user(), step.reason()));
            }
        }
    }

    private boolean eventStoreHoldsEvents() {
        try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(null, false)) {
            return stream.findAny().isPresent();
        }
    }
}
