package org.gridatlas.messages.grid;

import java.util.List;

/**
 * {@code retiredCode} was retired and {@code receiverCode} took its area;
 * {@code before} holds both, {@code after} the receiver.
 */
public record MicroGridRetiredEvent(
        String gridCode,
        String retiredCode,
        String receiverCode,
        List<String> before,
        List<String> after,
        List<MicroGrid> changed) implements MicroGridEdit {
}
