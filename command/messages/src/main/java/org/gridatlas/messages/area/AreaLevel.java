package org.gridatlas.messages.area;

/**
 * The three levels of the administrative hierarchy, by the length of their
 * code.
 */
public enum AreaLevel {
    /** 区, six digits. */
    DISTRICT,
    /** 街道, nine digits. */
    SUB_DISTRICT,
    /** 社区, twelve digits. */
    COMMUNITY
}
