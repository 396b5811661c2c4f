package org.gridatlas.query.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.web.ErrorResponseException;

class OfficeDatesTest {

    @Test
    void aPlainDateIsTheBeijingDayFromItsStartOrToItsLastMicrosecond() {
        assertThat(OfficeDates.parseInstant("2026-09-01", "from", false)).isEqualTo(Instant.parse("2026-08-31T16:00:00Z"));
        assertThat(OfficeDates.parseInstant("2026-09-01", "to", true)).isEqualTo(Instant.parse("2026-09-01T15:59:59.999999Z"));
        assertThat(OfficeDates.endOfDay(LocalDate.of(2026, 9, 1))).isBefore(OfficeDates.startOfDay(LocalDate.of(2026, 9, 2)));
    }

    @Test
    void aTimestampWithOffsetIsThatInstantAndOneWithoutIsBeijingTime() {
        assertThat(OfficeDates.parseInstant("2026-09-01T08:00:00Z", "at", true)).isEqualTo(Instant.parse("2026-09-01T08:00:00Z"));
        assertThat(OfficeDates.parseInstant("2026-09-01T08:00:00+08:00", "at", true))
                .isEqualTo(Instant.parse("2026-09-01T00:00:00Z"));
        assertThat(OfficeDates.parseInstant("2026-09-01T08:00:00 08:00", "at", true))
                .as("a + that reached us unencoded").isEqualTo(Instant.parse("2026-09-01T00:00:00Z"));
        assertThat(OfficeDates.parseInstant("2026-09-01T08:00", "at", false)).isEqualTo(Instant.parse("2026-09-01T00:00:00Z"));
    }

    @Test
    void anythingElseIsAProblemNamingTheField() {
        for (String bad : new String[] {"yesterday", "2026-13-01", "2026-9-1", "", "3000-01-01", "1899-12-31T00:00:00Z"}) {
            assertThatThrownBy(() -> OfficeDates.parseInstant(bad, "at", true)).as(bad)
                    .isInstanceOfSatisfying(ErrorResponseException.class, e -> {
                        assertThat(e.getStatusCode().value()).isEqualTo(400);
                        assertThat(e.getBody().getProperties().get("errors").toString()).contains("field=at", "is a date such as");
                    });
        }
    }

    @Test
    void anInstantFallsOnItsBeijingDay() {
        assertThat(OfficeDates.dayOf(Instant.parse("2026-08-31T16:00:00Z"))).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(OfficeDates.dayOf(Instant.parse("2026-08-31T15:59:59Z"))).isEqualTo(LocalDate.of(2026, 8, 31));
    }
}
