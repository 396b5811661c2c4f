package org.gridatlas.command.access;

/** What a person does in the campaign; each is granted on an area (see {@link Grant}). */
public enum Role {
    /** Reads maps and data (规划人员). */
    PLANNER,
    /** Edits grids, micro-grids, helpers and leaders of the grids or communities granted (网格管理员). */
    GRID_COORDINATOR,
    /** Records compounds, management, strategies, committees, party organisations and bodies (专班人员). */
    CAMPAIGN_OFFICER,
    /** Reads everything, the dashboard and the ledger (领导). */
    LEADER,
    /** Manages areas, accounts and their grants (系统管理员). */
    ADMINISTRATOR
}
