package org.gridatlas.query.system;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Conversions of event values into JDBC parameters PostgreSQL's driver takes. */
public final class Sql {

    private Sql() {
    }

    /** The driver takes {@link OffsetDateTime} for timestamptz, not {@link Instant}. */
    public static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** A text[] parameter. */
    public static String[] array(List<String> values) {
        return values == null ? new String[0] : values.toArray(String[]::new);
    }

    /** A text[] column as a list. */
    public static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    public static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
