package org.gridatlas.command.system;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/** Sends commands with their {@link Audit} attached and waits for the outcome. */
@Component
public class AuditedCommands {

    private final CommandGateway gateway;

    AuditedCommands(CommandGateway gateway) {
        this.gateway = gateway;
    }

    public <R> R send(Object command, Audit audit) {
        return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(audit.toMetaData()));
    }
}
