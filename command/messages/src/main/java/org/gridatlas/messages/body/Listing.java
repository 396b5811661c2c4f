package org.gridatlas.messages.body;

/** Where a quarterly evaluation puts a property company (红黑名单制度). */
public enum Listing {
    /** 红名单: held up as an example. */
    RED_LIST,
    /** 黑名单: publicly warned. */
    BLACK_LIST,
    /** On neither list. */
    NONE
}
