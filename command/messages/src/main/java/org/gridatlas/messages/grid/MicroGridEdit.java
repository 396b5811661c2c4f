package org.gridatlas.messages.grid;

import java.util.List;

/**
 * What every edit of a grid's division says: the micro-grids it replaced or
 * changed ({@code before}), those the grid holds in their place ({@code after}),
 * and the new state of every micro-grid whose boundary changed, including
 * untouched neighbours that gained a shared vertex. Codes in {@code before}
 * but not in {@code after} are retired for good. Who and why travel in the
 * event's metadata ({@link org.gridatlas.messages.AuditMetadata}).
 */
public interface MicroGridEdit {

    String gridCode();

    List<String> before();

    List<String> after();

    List<MicroGrid> changed();
}
