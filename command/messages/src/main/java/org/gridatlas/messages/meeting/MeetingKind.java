package org.gridatlas.messages.meeting;

/** The kinds of meeting the offices count. */
public enum MeetingKind {
    /** 四方联席会: at least four different bodies at one table. */
    FOUR_PARTY("四方联席会"),
    /** 议事会, e.g. 邻里议事会, 小板凳议事会: residents and the bodies that serve them. */
    NEIGHBOURHOOD_COUNCIL("议事会"),
    OTHER("其他会议");

    private final String chineseName;

    MeetingKind(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
