package org.gridatlas.messages.body;

/** The kinds of body that serve a compound or govern it. */
public enum BodyKind {
    /** 共享物业社: founded in a community, led by its party organisation, serving the community's compounds. */
    SHARED_PROPERTY_SOCIETY,
    /** 街道国有物业公司: the company a sub-district sets up to take on compounds nobody else will. */
    STATE_OWNED_PROPERTY_COMPANY,
    /** 项目部: a department of a property company, serving part of its area. */
    PROJECT_DEPARTMENT,
    /** 物业服务企业: a market property service company, chosen by tender (招投标). */
    PROPERTY_SERVICE_COMPANY,
    /** 业主委员会: held by its compound, see {@code governance.Committee}. */
    OWNERS_COMMITTEE,
    /** 物业管理委员会 (物管会): held by its compound where no owners' committee can form. */
    PROPERTY_MANAGEMENT_COMMITTEE;

    /** Property companies carry a unified social credit code, a party branch and quarterly evaluations. */
    public boolean isCompany() {
        return this == STATE_OWNED_PROPERTY_COMPANY || this == PROPERTY_SERVICE_COMPANY;
    }

    /** Committees are formed and dissolved on their compound, not in the body register. */
    public boolean isCommittee() {
        return this == OWNERS_COMMITTEE || this == PROPERTY_MANAGEMENT_COMMITTEE;
    }
}
