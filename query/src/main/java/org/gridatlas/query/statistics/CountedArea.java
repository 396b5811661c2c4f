package org.gridatlas.query.statistics;

import org.gridatlas.query.system.AsOf;
import org.gridatlas.query.system.ReadScope;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a figure counts: a district's records, or those of one of its
 * sub-districts or communities, and of those only what the reader may see.
 * Every table counted has a {@code district_code} and a code column that
 * extends the area codes (a compound's community, a grid's or micro-grid's
 * own code), so one prefix condition serves them all. {@code areaCode} is
 * a sub-district or community of the district, or null for all of it.
 */
record CountedArea(String districtCode, String areaCode, ReadScope scope, AsOf asOf) {

    CountedArea {
        if (districtCode.equals(areaCode)) {
            areaCode = null;
        }
        String district = districtCode;
        if (scope.areaPrefixes().stream().anyMatch(district::startsWith)) {
            scope = ReadScope.EVERYTHING; // the reader sees all of the district: count it as everyone does
        }
    }

    /** Counted now. */
    CountedArea(String districtCode, String areaCode, ReadScope scope) {
        this(districtCode, areaCode, scope, AsOf.NOW);
    }

    /** The condition for a WHERE clause; {@code alias} is the table's, {@code codeColumn} a constant of the repository. */
    String where(String alias, String codeColumn) {
        String code = alias + "." + codeColumn;
        return alias + ".district_code = :district"
                + (areaCode == null ? "" : " AND " + code + " LIKE :areaPattern")
                + scope.sqlFilter(code);
    }

    /** Whether less than the whole district counts: organisations then count by what they cover there. */
    boolean narrowed() {
        return areaCode != null || !scope.equals(ReadScope.EVERYTHING);
    }

    /** The query over the tables as they were at the instant counted. */
    String sql(String query) {
        return asOf.sql(query);
    }

    /** The parameters {@link #where} and {@link #sql} refer to. */
    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        return asOf.bind(statement).param("district", districtCode)
                .param("areaPattern", (areaCode == null ? districtCode : areaCode) + "%")
                .param(ReadScope.SQL_PARAMETER, scope.sqlPatterns());
    }
}
