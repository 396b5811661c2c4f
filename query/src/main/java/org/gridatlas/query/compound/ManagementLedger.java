package org.gridatlas.query.compound;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.gridatlas.query.system.ReadScope;
import org.gridatlas.query.system.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the management ledger (台账): who recorded which management, when and why. */
@Repository
class ManagementLedger {

    record Entry(String compoundId, String compoundName, long sequenceNumber, String previousMode, String mode,
                 String provider, LocalDate since, String feeStance, String transition, String recordedBy,
                 String reason, Instant recordedAt) {
    }

    private static final String SELECT = """
            SELECT l.compound_id, c.name, l.sequence_number, l.previous_mode, l.mode, l.provider, l.since,
                   l.fee_stance, l.transition, l.recorded_by, l.reason, l.recorded_at
            FROM readmodel.management_change l
            JOIN readmodel.compound c ON c.compound_id = l.compound_id
            """;

    private final JdbcClient jdbc;

    ManagementLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Entry> ofCompound(String compoundId) {
        return jdbc.sql(SELECT + " WHERE l.compound_id = :id ORDER BY l.sequence_number")
                .param("id", compoundId)
                .query(ManagementLedger::entry)
                .list();
    }

    /**
     * Every entry of an area of a district (the district itself, or a part)
     * recorded from {@code from} to {@code to}, both included, oldest first,
     * of the compounds the reader may see.
     */
    List<Entry> ofDistrict(String districtCode, String areaCode, Instant from, Instant to, ReadScope scope) {
        return jdbc.sql(SELECT + """
                        WHERE l.district_code = :district AND c.community_code LIKE :area
                          AND l.recorded_at >= :from AND l.recorded_at <= :to"""
                        + scope.sqlFilter("c.community_code")
                        + " ORDER BY l.recorded_at, l.compound_id, l.sequence_number")
                .param("district", districtCode)
                .param("area", areaCode + "%")
                .param("from", Sql.utc(from))
                .param("to", Sql.utc(to))
                .param(ReadScope.SQL_PARAMETER, scope.sqlPatterns())
                .query(ManagementLedger::entry)
                .list();
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getObject(7, LocalDate.class), rs.getString(8), rs.getString(9),
                rs.getString(10), rs.getString(11), rs.getTimestamp(12).toInstant());
    }
}
