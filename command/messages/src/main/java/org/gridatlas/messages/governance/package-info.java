/**
 * Self-governance in a compound: the owners' committee (业主委员会), the
 * property management committee (物业管理委员会, 物管会) formed where an owners'
 * committee cannot be, and the building and unit leaders (楼栋长, 单元长).
 * A committee's members are appointed and leave on the compound too; the
 * body register shows the committee under {@link org.gridatlas.messages.governance.Committee#bodyId}.
 */
package org.gridatlas.messages.governance;
