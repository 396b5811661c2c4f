package org.gridatlas.messages.problem;

/** How a problem came to the office's attention. */
public enum FoundThrough {
    GRID_PATROL("网格巡查"),
    RESIDENT_REPORT("居民反映"),
    /** The citizens' service hotline 12345. */
    HOTLINE("12345热线");

    private final String chineseName;

    FoundThrough(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
