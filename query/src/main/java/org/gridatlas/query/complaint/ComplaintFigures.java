package org.gridatlas.query.complaint;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.gridatlas.query.system.ReadScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads complaint figures as entered and last corrected. */
@Repository
class ComplaintFigures {

    record Figure(String figureId, String districtCode, String areaCode, String areaName, String period,
                  LocalDate firstDay, LocalDate lastDay, int complaints, Instant updatedAt, long version) {
    }

    private static final String SELECT = """
            SELECT f.figure_id, f.district_code, f.area_code, a.name, f.period, f.first_day, f.last_day, f.complaints,
                   f.updated_at, f.version
            FROM readmodel.complaint_figure f LEFT JOIN readmodel.area a ON a.code = f.area_code
            """;

    private final JdbcClient jdbc;

    ComplaintFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The district's figures in the reader's scope whose period lies within the days given, by area and period. */
    List<Figure> ofDistrict(String districtCode, LocalDate from, LocalDate to, ReadScope scope) {
        return jdbc.sql(SELECT + """
                         WHERE f.district_code = :district
                           AND (CAST(:from AS date) IS NULL OR f.first_day >= :from)
                           AND (CAST(:to AS date) IS NULL OR f.last_day <= :to)"""
                        + scope.sqlFilter("f.area_code") + " ORDER BY f.area_code, f.first_day, f.last_day")
                .param("district", districtCode).param("from", from).param("to", to)
                .param(ReadScope.SQL_PARAMETER, scope.sqlPatterns())
                .query(ComplaintFigures::row).list();
    }

    Optional<Figure> one(String figureId, ReadScope scope) {
        return jdbc.sql(SELECT + " WHERE f.figure_id = :id" + scope.sqlFilter("f.area_code"))
                .param("id", figureId).param(ReadScope.SQL_PARAMETER, scope.sqlPatterns())
                .query(ComplaintFigures::row).optional();
    }

    private static Figure row(ResultSet rs, int n) throws SQLException {
        return new Figure(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), rs.getInt(8),
                rs.getObject(9, java.time.OffsetDateTime.class).toInstant(), rs.getLong(10));
    }
}
