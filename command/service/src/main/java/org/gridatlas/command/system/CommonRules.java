package org.gridatlas.command.system;

import java.util.Collection;
import java.util.HashSet;

/** Rules that hold for every aggregate. */
public final class CommonRules {

    public static final int MAX_NAME_LENGTH = 100;

    /** Asked where a change corrects or reverses the record: renames, corrections, management, dissolutions. */
    public static final Rule REASON_REQUIRED =
            new Rule("reason-required", "reason", "this change needs a reason, kept with the record");

    private CommonRules() {
    }

    /** Changes are audited: whoever changes an existing record says why. */
    public static void requireReason(String reason) {
        REASON_REQUIRED.check(reason != null && !reason.isBlank());
    }

    public static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    /** A name is present and at most {@value #MAX_NAME_LENGTH} characters once trimmed. */
    public static boolean fitsAsName(String text) {
        return present(text) && text.strip().length() <= MAX_NAME_LENGTH;
    }

    public static boolean distinct(Collection<?> values) {
        return new HashSet<>(values).size() == values.size();
    }

    /** Whether two lists name the same entries, in whatever order. */
    public static boolean sameEntries(Collection<?> a, Collection<?> b) {
        return a != null && b != null && new HashSet<>(a).equals(new HashSet<>(b));
    }
}
