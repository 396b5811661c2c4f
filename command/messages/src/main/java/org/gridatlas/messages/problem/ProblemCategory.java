package org.gridatlas.messages.problem;

/** What a problem is about, as offices sort the problems they are given. */
public enum ProblemCategory {
    SANITATION("环境卫生"),
    REPAIRS("设施维修"),
    PARKING("停车秩序"),
    SECURITY("治安安全"),
    /** Fire risks such as flying-wire charging (飞线充电) and blocked escape routes. */
    FIRE_SAFETY("消防安全"),
    GREENING("绿化养护"),
    FEES("物业收费"),
    OTHER("其他");

    private final String chineseName;

    ProblemCategory(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
