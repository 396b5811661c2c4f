package org.gridatlas.messages.compound;

/**
 * How a change of management counts in the clearance campaign.
 */
public enum ManagementTransition {
    /** From unmanaged to any managed mode: one compound fewer to clear. */
    CLEARED,
    /** From a managed mode back to unmanaged: counted, never hidden. */
    RELAPSED,
    /** From one managed arrangement to another. */
    CHANGED
}
