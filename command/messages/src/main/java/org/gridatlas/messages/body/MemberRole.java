package org.gridatlas.messages.body;

/** What a member does in a body; each body has at most one chair and one general manager at a time. */
public enum MemberRole {
    /** The one who leads: 社长、理事长 (society), 主任 (committee), 董事长 (company). */
    CHAIR,
    /** 副社长、副理事长、副主任. */
    VICE_CHAIR,
    /** 总经理: runs a company day to day. */
    GENERAL_MANAGER,
    /** 项目负责人: leads a project department. */
    PROJECT_MANAGER,
    /** 成员、委员: any other member, such as a grid worker, residents' representative or community police officer. */
    MEMBER
}
