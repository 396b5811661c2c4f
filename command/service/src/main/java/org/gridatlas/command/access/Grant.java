package org.gridatlas.command.access;

import java.util.regex.Pattern;

/**
 * A role held within an area. The area is an administrative code prefix: a
 * grant on sub-district 140105001 covers its communities 140105001xxx, their
 * grids and micro-grids. The empty area covers every district.
 */
public record Grant(Role role, String area) {

    /** Written form of the area that covers every district. */
    public static final String EVERYWHERE = "*";
    private static final Pattern AREA = Pattern.compile("\\d{2,17}");

    public Grant {
        if (role == null) {
            throw new IllegalArgumentException("a grant needs a role");
        }
        if (area == null || area.equals(EVERYWHERE)) {
            area = "";
        }
        if (!area.isEmpty() && !AREA.matcher(area).matches()) {
            throw new IllegalArgumentException("an area is an administrative code of 2 to 17 digits, or " + EVERYWHERE);
        }
    }

    /** Reads {@code ROLE@area}, as accounts, tokens and the command line write grants. */
    public static Grant parse(String text) {
        int at = text == null ? -1 : text.indexOf('@');
        if (at <= 0) {
            throw new IllegalArgumentException("a grant is written ROLE@area, e.g. GRID_COORDINATOR@140105001001");
        }
        Role role;
        try {
            role = Role.valueOf(text.substring(0, at).strip().toUpperCase().replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown role '" + text.substring(0, at) + "'");
        }
        return new Grant(role, text.substring(at + 1).strip());
    }

    public boolean covers(String code) {
        return code != null && code.startsWith(area);
    }

    /** Whether this grant's area and the other code's area share any ground (one contains the other). */
    public boolean overlaps(String code) {
        return code != null && (code.startsWith(area) || area.startsWith(code));
    }

    @Override
    public String toString() {
        return role + "@" + (area.isEmpty() ? EVERYWHERE : area);
    }
}
