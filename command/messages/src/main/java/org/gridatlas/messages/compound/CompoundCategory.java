package org.gridatlas.messages.compound;

/**
 * What kind of housing a compound is.
 */
public enum CompoundCategory {
    /** 商品房小区. */
    COMMERCIAL,
    /** 老旧小区. */
    OLD_COMPOUND,
    /** 单位宿舍. */
    UNIT_DORMITORY,
    /** 城中村. */
    URBAN_VILLAGE,
    /** 安置房小区. */
    RESETTLEMENT_HOUSING,
    /** 散居楼院: scattered buildings without a compound around them. */
    SCATTERED_BUILDINGS
}
