package org.gridatlas.query.history;

import java.time.LocalDate;

import org.gridatlas.messages.body.BodyDissolvedEvent;
import org.gridatlas.messages.body.BodyFoundedEvent;
import org.gridatlas.messages.body.BodyMember;
import org.gridatlas.messages.body.BodyMemberAppointedEvent;
import org.gridatlas.messages.body.BodyMemberLeftEvent;
import org.gridatlas.messages.body.CrossAppointmentEndedEvent;
import org.gridatlas.messages.body.CrossAppointmentRecordedEvent;
import org.gridatlas.messages.body.PropertyCompanyEvaluatedEvent;
import org.gridatlas.messages.body.ServedCompoundsChangedEvent;

/**
 * A body's fields: what it was founded with, {@code compoundIds}, per member
 * {@code members.<memberId>.name}, {@code .role}, {@code .partyMember},
 * {@code .phone} and {@code .appointedOn} (a member who leaves reads as
 * removed), per quarter {@code evaluations.<quarter>.stars}, {@code .listing}
 * and {@code .publishedOn}; and a cross appointment's fields.
 */
final class BodyFields {

    private BodyFields() {
    }

    /** A member as history shows them, under {@code members.<memberId>.}. */
    record MemberFields(String name, String role, boolean partyMember, String phone, LocalDate appointedOn) {

        static MemberFields of(BodyMember member, LocalDate appointedOn) {
            return new MemberFields(member.name(), member.role().name(), member.partyMember(), member.phone(), appointedOn);
        }
    }

    private record EvaluationFields(int stars, String listing, LocalDate publishedOn) {
    }

    static void addTo(EventFields table) {
        table.on(BodyFoundedEvent.class, "body founded", (e, f) -> f
                        .set("districtCode", e.districtCode())
                        .set("kind", e.kind())
                        .set("areaCode", e.areaCode())
                        .set("name", e.name())
                        .set("companyId", e.companyId())
                        .set("creditCode", e.creditCode())
                        .set("foundedOn", e.foundedOn())
                        .set("compoundIds", e.compoundIds()))
                .on(ServedCompoundsChangedEvent.class, "compounds served changed", (e, f) -> f
                        .set("compoundIds", e.compoundIds()))
                .on(BodyMemberAppointedEvent.class, e -> "member appointed: " + e.member().name(), (e, f) -> f
                        .set("members." + e.member().memberId(), MemberFields.of(e.member(), e.appointedOn())))
                .on(BodyMemberLeftEvent.class, "member left", (e, f) -> f
                        .set("members." + e.memberId(), null))
                .on(BodyDissolvedEvent.class, "body dissolved", (e, f) -> f
                        .set("dissolved", true)
                        .set("dissolvedOn", e.dissolvedOn())
                        .set("members", null))
                .on(PropertyCompanyEvaluatedEvent.class, e -> "evaluated for " + e.quarter(), (e, f) -> f
                        .set("evaluations." + e.quarter(),
                                new EvaluationFields(e.stars(), e.listing().name(), e.publishedOn())))
                .on(CrossAppointmentRecordedEvent.class, "cross appointment recorded", (e, f) -> f
                        .set("districtCode", e.districtCode())
                        .set("organisationId", e.organisationId())
                        .set("partyMemberName", e.partyMemberName())
                        .set("partyPost", e.partyPost())
                        .set("bodyId", e.bodyId())
                        .set("memberId", e.memberId())
                        .set("since", e.since()))
                .on(CrossAppointmentEndedEvent.class, "cross appointment ended", (e, f) -> f
                        .set("endedOn", e.endedOn()));
    }
}
