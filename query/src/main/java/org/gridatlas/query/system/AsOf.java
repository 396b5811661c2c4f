package org.gridatlas.query.system;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The instant a read is for: now, or a past instant whose rows come from the
 * temporal read model ({@code <table>_history}, filled by triggers as the
 * projections write; see V12__history.sql). A query is written once, over
 * the current tables; {@link #sql} turns it into the same query over the
 * tables as they were, so the as-of variant cannot drift from the one for now.
 */
public record AsOf(Instant instant) {

    /** The name the as-of instant is bound to. */
    public static final String PARAMETER = "asOf";
    /** The query parameter every as-of read takes. */
    public static final String QUERY_PARAMETER = "at";
    public static final AsOf NOW = new AsOf(null);
    public static final String DESCRIPTION = "The instant to read as of: 2026-09-01 (the end of that day, Beijing "
            + "time), 2026-09-01T08:00 (Beijing time) or an ISO-8601 timestamp such as 2026-09-01T00:00:00Z; none for now";

    /** The tables that keep their history, as V12__history.sql and later migrations list them. */
    public static final List<String> KEPT = List.of("area", "area_boundary", "area_derived_boundary", "compound",
            "compound_placement", "grid", "micro_grid", "micro_grid_placement", "party_organisation", "campaign", "problem",
            "body", "body_member", "committee_member", "cross_appointment");
    /** Views over kept tables, each with an as-of twin {@code <view>_at} (V19__body_history.sql). */
    static final List<String> VIEWS = List.of("any_body", "any_body_member");

    private static final Pattern KEPT_TABLE = Pattern.compile("\\breadmodel\\.("
            + String.join("|", KEPT) + "|" + String.join("|", VIEWS) + ")\\b");

    /** The instant of {@code at}: a plain date is the end of that day in Beijing, so its changes count. */
    public static AsOf parse(String at) {
        if (at == null || at.isBlank()) {
            return NOW;
        }
        return new AsOf(OfficeDates.parseInstant(at, QUERY_PARAMETER, true));
    }

    public boolean isNow() {
        return instant == null;
    }

    /**
     * The query over the tables as they were at the instant: each kept table
     * {@code readmodel.t} read through {@code readmodel.t_at(:asOf)}, which
     * PostgreSQL inlines. Every kept table must carry an alias in the query.
     */
    public String sql(String query) {
        if (isNow()) {
            return query;
        }
        return KEPT_TABLE.matcher(query).replaceAll(m -> Matcher.quoteReplacement(
                "readmodel." + m.group(1) + "_at(CAST(:" + PARAMETER + " AS timestamptz))"));
    }

    /** Binds the instant {@link #sql} refers to (unused, and harmless, for now). */
    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        return statement.param(PARAMETER, isNow() ? null : Sql.utc(instant));
    }
}
