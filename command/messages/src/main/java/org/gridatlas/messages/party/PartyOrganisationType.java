package org.gridatlas.messages.party;

/**
 * The kinds of party organisation the district offices record.
 */
public enum PartyOrganisationType {
    /** 小区党支部. */
    COMPOUND_BRANCH,
    /** 网格党支部. */
    GRID_BRANCH,
    /** 物业企业党支部. */
    PROPERTY_ENTERPRISE_BRANCH,
    /** 功能型党支部. */
    FUNCTIONAL_BRANCH,
    /** 党小组, per grid, building or courtyard. */
    PARTY_GROUP,
    /** 党员中心户: a party member's household that serves its neighbours. */
    CENTRAL_HOUSEHOLD;

    /** A branch (支部) needs at least three full party members. */
    public boolean isBranch() {
        return this == COMPOUND_BRANCH || this == GRID_BRANCH
                || this == PROPERTY_ENTERPRISE_BRANCH || this == FUNCTIONAL_BRANCH;
    }
}
