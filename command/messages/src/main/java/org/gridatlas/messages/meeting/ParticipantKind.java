package org.gridatlas.messages.meeting;

/**
 * The bodies that sit at a meeting. 中山's four-party platform is community
 * party committee, compound branch, owners' committee and property company;
 * 肃州's four parties are residents' committee, owners' committee, property
 * company and the units that build the community together.
 */
public enum ParticipantKind {
    COMMUNITY_PARTY_COMMITTEE("社区党委"),
    /** A compound, grid or property-enterprise branch (党支部). */
    PARTY_BRANCH("党支部"),
    RESIDENTS_COMMITTEE("社区居委会"),
    OWNERS_COMMITTEE("业主委员会"),
    PROPERTY_MANAGEMENT_COMMITTEE("物业管理委员会"),
    PROPERTY_COMPANY("物业服务企业"),
    CO_BUILDING_UNIT("共驻共建单位"),
    SUB_DISTRICT_OFFICE("街道办事处"),
    RESIDENTS_REPRESENTATIVES("居民代表"),
    OTHER("其他");

    private final String chineseName;

    ParticipantKind(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
