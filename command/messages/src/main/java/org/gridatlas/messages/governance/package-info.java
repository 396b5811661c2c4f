/**
 * Self-governance in a compound: the owners' committee (业主委员会), the
 * property management committee (物业管理委员会, 物管会) formed where an owners'
 * committee cannot be, and the building and unit leaders (楼栋长, 单元长).
 */
package org.gridatlas.messages.governance;
