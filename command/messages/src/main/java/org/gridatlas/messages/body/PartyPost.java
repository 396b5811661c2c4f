package org.gridatlas.messages.body;

/** The post a body's member holds in a party organisation through a cross appointment. */
public enum PartyPost {
    /** 书记. */
    SECRETARY,
    /** 副书记. */
    DEPUTY_SECRETARY,
    /** 委员. */
    COMMITTEE_MEMBER,
    /** 兼职委员, e.g. of a community's "大党委". */
    PART_TIME_COMMITTEE_MEMBER
}
