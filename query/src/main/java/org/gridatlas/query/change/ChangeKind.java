package org.gridatlas.query.change;

import java.util.Arrays;

/**
 * The kinds of change between two instants, in the order a list shows them;
 * a compound with several is coloured on the map by its first.
 */
enum ChangeKind {
    /** Unmanaged at the first instant, managed at the second. */
    CLEARED,
    /** Managed at the first instant, unmanaged at the second. */
    RELAPSED,
    /** From one managed mode to another. */
    MODE_CHANGED,
    /** Not yet registered at the first instant. */
    REGISTERED,
    OWNERS_COMMITTEE_FORMED,
    OWNERS_COMMITTEE_DISSOLVED,
    MANAGEMENT_COMMITTEE_FORMED,
    MANAGEMENT_COMMITTEE_DISSOLVED,
    PARTY_ORGANISATION_FOUNDED,
    PARTY_ORGANISATION_DISSOLVED,
    MICRO_GRID_SPLIT,
    MICRO_GRID_MERGED,
    MICRO_GRID_EDGE_MOVED,
    MICRO_GRID_RETIRED,
    MICRO_GRID_REDRAWN;

    /** Every kind's name in order, for SQL that counts and sorts by kind. */
    static String[] names() {
        return Arrays.stream(values()).map(Enum::name).toArray(String[]::new);
    }
}
