package org.gridatlas.command.system;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.gridatlas.command.access.CommandAreas;
import org.springframework.stereotype.Component;

/**
 * Sends commands with their {@link Audit} attached and waits for the outcome,
 * once the actor's grants are found to cover every area the command touches.
 */
@Component
public class AuditedCommands {

    private final CommandGateway gateway;
    private final CommandAreas areas;

    AuditedCommands(CommandGateway gateway, CommandAreas areas) {
        this.gateway = gateway;
        this.areas = areas;
    }

    public <R> R send(Object command, Audit audit) {
        areas.check(command, audit.actor());
        return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(audit.toMetaData()));
    }
}
