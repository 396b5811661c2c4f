package org.gridatlas.app.web;

/**
 * Text a person can read back as it was entered. PostgreSQL cannot store NUL,
 * and a lone UTF-16 surrogate (JSON {@code "\ud800"}) becomes "?" in UTF-8, so
 * either would be stored altered; other control characters are invisible in
 * every form and list. Tab, line feed and carriage return are text, but not
 * in a single line such as an identifier in a path.
 */
final class PlainText {

    static final String CONTROL_CHARACTERS = "must not contain control characters";
    static final String INVALID_UNICODE = "must be valid Unicode text";

    private PlainText() {
    }

    /** Why {@code text} cannot be stored as it is, or {@code null} when it can. */
    static String fault(CharSequence text) {
        return fault(text, true);
    }

    /** As {@link #fault(CharSequence)}, for text that must stay on one line: no tab or line break either. */
    static String faultInLine(CharSequence text) {
        return fault(text, false);
    }

    private static String fault(CharSequence text, boolean lineBreaksAllowed) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return INVALID_UNICODE;
            } else if (Character.isISOControl(c) && !(lineBreaksAllowed && (c == '\t' || c == '\n' || c == '\r'))) {
                return CONTROL_CHARACTERS;
            }
        }
        return null;
    }
}
