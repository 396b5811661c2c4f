package org.gridatlas.command.system;

/**
 * What a command endpoint answers: the record changed and its version after
 * the change, to send back as {@code expectedVersion} with the next change.
 */
public record CommandResult(String id, Long version) {
}
