package org.gridatlas.messages.clearance;

/**
 * The ways a district plans to bring an unmanaged compound under management.
 */
public enum ClearanceStrategy {
    /** 红色物业企业帮建代管: a red-property enterprise helps and manages. */
    RED_PROPERTY_ENTERPRISE,
    /** 原单位物业点对点协建: the original employer's property company. */
    ORIGINAL_EMPLOYER,
    /** 过渡补贴: a company is paid a subsidy per m² per month for a number of months, serving first. */
    SUBSIDISED_TRANSITION,
    /** 党员+环卫兜底: basic service by party members and the sanitation department. */
    BASIC_FALLBACK;

    public boolean isSubsidised() {
        return this == SUBSIDISED_TRANSITION;
    }
}
