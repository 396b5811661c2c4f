package org.gridatlas.messages.compound;

/**
 * How a compound is managed, as the district offices name it. Every mode but
 * {@link #UNMANAGED} counts as cleared in the clearance campaign (无物业小区清零).
 */
public enum ManagementMode {
    /** 专业物业公司, usually chosen by tender. */
    MARKET_COMPANY,
    /** 街道国有物业公司兜底: the sub-district's state-owned company as fallback. */
    STATE_OWNED_FALLBACK,
    /** 红色物业企业帮建代管: a red-property enterprise helps and manages. */
    RED_PROPERTY_ENTERPRISE,
    /** 原单位物业点对点协建: the original employer's property company. */
    ORIGINAL_EMPLOYER,
    /** 社区居委会托管: the residents' committee holds it in trust. */
    COMMUNITY_TRUSTEESHIP,
    /** 社会组织代管: a social organisation manages it. */
    SOCIAL_ORGANISATION,
    /** 居民自管: the residents manage it themselves. */
    RESIDENT_SELF_MANAGEMENT,
    /** 共享物业社: a shared property society. */
    SHARED_PROPERTY_SOCIETY,
    /** 党员+环卫兜底: refuse collection and repairs by party members and sanitation. */
    BASIC_FALLBACK,
    /** 无物业: nobody manages it. */
    UNMANAGED;

    public boolean isManaged() {
        return this != UNMANAGED;
    }
}
