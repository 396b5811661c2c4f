package org.gridatlas.command.body;

import static org.gridatlas.command.system.CommonRules.fitsAsName;
import static org.gridatlas.command.system.CommonRules.present;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.gridatlas.command.system.OfficeClock;
import org.gridatlas.command.system.Rule;
import org.gridatlas.messages.body.BodyMember;
import org.gridatlas.messages.body.MemberRole;

/**
 * Who sits on a body or a compound's committee now, and which member ids it
 * ever gave out. The aggregate that holds a roster checks appointments and
 * departures here and changes it only from its events.
 */
public final class Roster {

    static final int MAX_MEMBERS = 100;
    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{3,20}");
    private static final Pattern MEMBER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public static final Rule MEMBER_REQUIRED = new Rule("body-member-required", "member", "the member is required");
    public static final Rule MEMBER_ID_REQUIRED = new Rule("body-member-id-required", "memberId",
            "a member needs an identifier of 1 to 64 letters, digits, '.', '_' or '-'");
    public static final Rule MEMBER_ID_TAKEN = new Rule("body-member-id-taken", "memberId",
            "a member identifier is given once in a body, and not again after its member left");
    public static final Rule MEMBER_NAME_REQUIRED = new Rule("body-member-name-required", "name",
            "a member needs a name of at most 100 characters");
    public static final Rule MEMBER_ROLE_REQUIRED = new Rule("body-member-role-required", "role",
            "a member's role is required");
    public static final Rule PHONE_FORMAT = new Rule("body-member-phone-format", "phone",
            "a phone number has 3 to 20 digits, spaces, '-' or '+'");
    public static final Rule ONE_CHAIR = new Rule("body-has-one-chair", "role",
            "a body has at most one chair and one general manager at a time");
    public static final Rule MEMBERS_IN_RANGE = new Rule("body-members-in-range", "members",
            "a body has at most " + MAX_MEMBERS + " members at a time");
    public static final Rule APPOINTED_ON = new Rule("body-member-appointed-on", "appointedOn",
            "a member is appointed on or after the day the body was formed, and not in the future");
    public static final Rule MEMBER_UNKNOWN = new Rule("body-member-unknown", "memberId",
            "no current member of the body has this identifier");
    public static final Rule LEFT_ON = new Rule("body-member-left-on", "leftOn",
            "a member leaves on or after the day they were appointed, and not in the future");

    private record Seat(BodyMember member, LocalDate appointedOn) {
    }

    private final Map<String, Seat> current = new LinkedHashMap<>();
    private final Set<String> given = new HashSet<>();

    /**
     * The member as the event records it (names trimmed), once the appointment
     * keeps every rule; {@code at} names where the member came in the request,
     * e.g. {@code "member."} or {@code "members[2]."}.
     */
    public BodyMember checkAppointment(BodyMember member, LocalDate appointedOn, LocalDate formedOn, String at) {
        MEMBER_REQUIRED.check(member != null);
        MEMBER_ID_REQUIRED.under(at).check(member.memberId() != null && MEMBER_ID.matcher(member.memberId()).matches());
        MEMBER_ID_TAKEN.under(at).check(!given.contains(member.memberId()));
        MEMBER_NAME_REQUIRED.under(at).check(fitsAsName(member.name()));
        MEMBER_ROLE_REQUIRED.under(at).check(member.role() != null);
        PHONE_FORMAT.under(at).check(!present(member.phone()) || PHONE.matcher(member.phone().strip()).matches());
        if (member.role() == MemberRole.CHAIR || member.role() == MemberRole.GENERAL_MANAGER) {
            ONE_CHAIR.under(at).check(current.values().stream().noneMatch(s -> s.member().role() == member.role()));
        }
        MEMBERS_IN_RANGE.check(current.size() < MAX_MEMBERS);
        APPOINTED_ON.check(appointedOn != null && !appointedOn.isBefore(formedOn) && !appointedOn.isAfter(OfficeClock.today()));
        return new BodyMember(member.memberId(), member.name().strip(), member.role(), member.partyMember(),
                present(member.phone()) ? member.phone().strip() : null);
    }

    public void checkDeparture(String memberId, LocalDate leftOn) {
        Seat seat = memberId == null ? null : current.get(memberId);
        MEMBER_UNKNOWN.check(seat != null);
        LEFT_ON.check(leftOn != null && !leftOn.isBefore(seat.appointedOn()) && !leftOn.isAfter(OfficeClock.today()));
    }

    public void appointed(BodyMember member, LocalDate appointedOn) {
        current.put(member.memberId(), new Seat(member, appointedOn));
        given.add(member.memberId());
    }

    public void left(String memberId) {
        current.remove(memberId);
    }

    /** Everybody leaves with a dissolved body; their identifiers stay given. */
    public void dismissAll() {
        current.clear();
    }
}
