package org.gridatlas.demo;

import java.util.UUID;
import java.util.stream.Stream;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.gridatlas.command.system.Audit;
import org.gridatlas.command.system.AuditedCommands;
import org.gridatlas.geodata.geometry.Wgs84;
import org.gridatlas.messages.compound.RegisterCompoundCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Enters the demo district when the event store is empty, and never again:
 * a store that holds any event belongs to somebody.
 */
@Component
@ConditionalOnBooleanProperty("gridatlas.demo.seed")
class DemoDistrictSeeder {

    static final String USER = "demo";
    static final String REASON = "演示数据 (demo data)";
    static final long SEED = 2026;

    private static final Logger log = LoggerFactory.getLogger(DemoDistrictSeeder.class);

    private final AuditedCommands commands;
    private final EventStorageEngine events;

    DemoDistrictSeeder(AuditedCommands commands, EventStorageEngine events) {
        this.commands = commands;
        this.events = events;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedIfEmpty() {
        if (eventStoreHoldsEvents()) {
            log.info("Event store holds events: the demo district is not entered again");
            return;
        }
        var compounds = DemoDistrict.compounds(SEED);
        Audit audit = Audit.of(USER, REASON);
        for (DemoDistrict.Compound compound : compounds) {
            commands.send(new RegisterCompoundCommand(UUID.randomUUID().toString(), compound.name(),
                    Wgs84.toWkt(compound.boundary()), compound.households(), compound.mode()), audit);
        }
        log.info("Demo district entered: {} compounds", compounds.size());
    }

    private boolean eventStoreHoldsEvents() {
        try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(null, false)) {
            return stream.findAny().isPresent();
        }
    }
}
