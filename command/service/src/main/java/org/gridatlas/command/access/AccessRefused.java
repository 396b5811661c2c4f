package org.gridatlas.command.access;

/** The signed-in person may not do this, or not here; nothing was stored. */
public class AccessRefused extends RuntimeException {

    public AccessRefused(String message) {
        super(message);
    }
}
