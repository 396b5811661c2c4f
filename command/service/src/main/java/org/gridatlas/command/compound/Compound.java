package org.gridatlas.command.compound;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.gridatlas.command.system.Rule;
import org.gridatlas.geodata.geometry.BoundaryValidator;
import org.gridatlas.geodata.geometry.Wgs84;
import org.gridatlas.messages.compound.CompoundRegisteredEvent;
import org.gridatlas.messages.compound.ManagementMode;
import org.gridatlas.messages.compound.RegisterCompoundCommand;
import org.locationtech.jts.geom.Polygon;

/** A residential compound (小区) and the way it is managed. */
@Aggregate
class Compound {

    static final int MAX_NAME_LENGTH = 100;
    /** More households than any real compound holds: a typing error, not data. */
    static final int MAX_HOUSEHOLDS = 50_000;

    static final Rule ID_REQUIRED =
            new Rule("compound-id-required", "compoundId", "a compound needs an identifier");
    static final Rule NAME_REQUIRED =
            new Rule("compound-name-required", "name", "a compound needs a name");
    static final Rule NAME_TOO_LONG = new Rule("compound-name-too-long", "name",
            "a compound's name has at most " + MAX_NAME_LENGTH + " characters");
    static final Rule HOUSEHOLDS_IN_RANGE = new Rule("compound-households-in-range", "households",
            "households must be between 0 and " + MAX_HOUSEHOLDS);
    static final Rule MODE_REQUIRED =
            new Rule("compound-management-mode-required", "managementMode", "a compound's management mode is required");

    @AggregateIdentifier
    private String compoundId;
    private ManagementMode managementMode;

    private Compound() {
        // for Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    Compound(RegisterCompoundCommand command) {
        ID_REQUIRED.check(command.compoundId() != null && !command.compoundId().isBlank());
        NAME_REQUIRED.check(command.name() != null && !command.name().isBlank());
        NAME_TOO_LONG.check(command.name().strip().length() <= MAX_NAME_LENGTH);
        HOUSEHOLDS_IN_RANGE.check(command.households() >= 0 && command.households() <= MAX_HOUSEHOLDS);
        MODE_REQUIRED.check(command.managementMode() != null);
        Polygon boundary = BoundaryValidator.requireValid(Wgs84.polygonFromWkt(command.boundaryWkt(), "boundary"), "boundary");

        apply(new CompoundRegisteredEvent(command.compoundId(), command.name().strip(), Wgs84.toWkt(boundary),
                command.households(), command.managementMode()));
    }

    @EventSourcingHandler
    void on(CompoundRegisteredEvent event) {
        compoundId = event.compoundId();
        managementMode = event.managementMode();
    }
}
