package org.gridatlas.query.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.web.ErrorResponseException;

class AsOfTest {

    @Test
    void aPlainDateIsTheLastMicrosecondOfThatDayInBeijing() {
        assertThat(AsOf.parse("2026-09-01").instant()).isEqualTo(Instant.parse("2026-09-01T15:59:59.999999Z"));
    }

    @Test
    void aTimestampKeepsItsOffsetAndAnUnencodedPlusIsReadAsOne() {
        assertThat(AsOf.parse("2026-09-01T08:00:00+08:00").instant()).isEqualTo(Instant.parse("2026-09-01T00:00:00Z"));
        assertThat(AsOf.parse("2026-09-01T08:00:00 08:00").instant()).isEqualTo(Instant.parse("2026-09-01T00:00:00Z"));
        assertThat(AsOf.parse("2026-09-01T00:00:00Z").instant()).isEqualTo(Instant.parse("2026-09-01T00:00:00Z"));
    }

    @Test
    void noInstantIsNow() {
        assertThat(AsOf.parse(null).isNow()).isTrue();
        assertThat(AsOf.parse(" ").isNow()).isTrue();
    }

    @Test
    void somethingElseIsRefusedNamingTheField() {
        assertThatThrownBy(() -> AsOf.parse("2026-02-30")).isInstanceOf(ErrorResponseException.class)
                .hasMessageContaining("at");
        assertThatThrownBy(() -> AsOf.parse("last month")).isInstanceOf(ErrorResponseException.class);
        assertThat(AsOf.parse("2026-09-01T08:00:00").instant()).as("a time of day without an offset is Beijing's")
                .isEqualTo(Instant.parse("2026-09-01T00:00:00Z"));
    }

    @Test
    void theQueryForNowIsLeftAsWritten() {
        String query = "SELECT count(*) FROM readmodel.compound c JOIN readmodel.grid g ON true";
        assertThat(AsOf.NOW.sql(query)).isSameAs(query);
    }

    @Test
    void aPastInstantReadsEveryKeptTableThroughItsHistoryAndNoOther() {
        AsOf past = AsOf.parse("2026-09-01");
        assertThat(past.sql("SELECT 1 FROM readmodel.compound c, readmodel.compound_placement p, readmodel.management_change m"))
                .isEqualTo("SELECT 1 FROM readmodel.compound_at(CAST(:asOf AS timestamptz)) c, "
                        + "readmodel.compound_placement_at(CAST(:asOf AS timestamptz)) p, readmodel.management_change m");
    }
}
