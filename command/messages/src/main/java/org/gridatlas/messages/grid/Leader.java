package org.gridatlas.messages.grid;

/**
 * A building leader (楼栋长) or unit leader (单元长), a resident who passes on
 * notices and gathers problems for the micro-grid.
 *
 * @param name     as neighbours know the person
 * @param phone    optional, digits as dialled
 * @param building optional: what the person leads, e.g. "3号楼" or "3号楼2单元"
 */
public record Leader(String name, String phone, String building) {
}
