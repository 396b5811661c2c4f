package org.gridatlas.command.system;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.gridatlas.command.access.CommandAreas;
import org.gridatlas.command.eventstore.EventStoreSchema;
import org.gridatlas.messages.ReadYourWrites;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Sends commands with their {@link Audit} attached and waits for the outcome,
 * once the actor's grants are found to cover every area the command touches,
 * and answers an HTTP request with the {@link ReadYourWrites} position.
 */
@Component
public class AuditedCommands {

    private static final Logger LOG = LoggerFactory.getLogger(AuditedCommands.class);
    private static final CommandTargetResolver TARGETS = AnnotationCommandTargetResolver.builder().build();

    private final CommandGateway gateway;
    private final CommandAreas areas;
    private final JdbcClient jdbc;

    AuditedCommands(CommandGateway gateway, CommandAreas areas, JdbcClient jdbc) {
        this.gateway = gateway;
        this.areas = areas;
        this.jdbc = jdbc;
    }

    /** Sends the command; within an HTTP request the answer says how far the event store now reaches. */
    public <R> R send(Object command, Audit audit) {
        areas.check(command, audit.actor());
        CommandMessage<Object> message = GenericCommandMessage.asCommandMessage(command).andMetaData(audit.toMetaData());
        refuseStale(message);
        R result = gateway.sendAndWait(message);
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes http
                && http.getResponse() != null) {
            position(TARGETS.resolveTarget(message).getIdentifier())
                    .ifPresent(p -> http.getResponse().setHeader(ReadYourWrites.POSITION_HEADER, String.valueOf(p)));
        }
        return result;
    }

    /**
     * A command sent with the version the client saw, when the record has
     * moved on since, is a conflict before any rule is checked: the client
     * learns what changed (see ChangesSince), not that the record no longer
     * fits an edit meant for the state it saw, such as a merge of a micro-grid
     * someone else split meanwhile. Axon still refuses, at commit, a change
     * that raced past this check.
     */
    private void refuseStale(CommandMessage<?> message) {
        VersionedAggregateIdentifier target;
        try {
            target = TARGETS.resolveTarget(message);
        } catch (IllegalArgumentException noIdentifier) {
            return; // the aggregate's own rules answer a command without an identifier
        }
        Long expected = target.getVersion();
        if (expected == null) {
            return;
        }
        jdbc.sql("SELECT max(sequence_number) FROM " + EventStoreSchema.EVENT_TABLE + " WHERE aggregate_identifier = :id")
                .param("id", target.getIdentifier()).query(Long.class).optional()
                .filter(current -> current > expected)
                .ifPresent(current -> {
                    LOG.debug("{} refused for {}: sent at version {}, the record is at {}",
                            message.getPayloadType().getSimpleName(), target.getIdentifier(), expected, current);
                    throw new ConflictingAggregateVersionException(target.getIdentifier(), expected, current);
                });
    }

    /** The position of the record's last event: at least that of the events this command stored. */
    private java.util.Optional<Long> position(String aggregateId) {
        return jdbc.sql("SELECT max(global_index) FROM " + EventStoreSchema.EVENT_TABLE + " WHERE aggregate_identifier = :id")
                .param("id", aggregateId).query(Long.class).optional();
    }
}
