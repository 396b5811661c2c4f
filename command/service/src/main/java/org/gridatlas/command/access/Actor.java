package org.gridatlas.command.access;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The person a request is made by, as sign-in established it, with the grants
 * that count for the endpoint being called. The deployable's security layer
 * puts it on the request as {@link #ATTRIBUTE}.
 *
 * @param username    the account's stable name, recorded as "user" on every event
 * @param displayName the person's name as colleagues know it, e.g. 李网格员
 * @param grants      the roles held, each within an area
 * @param internal    true only for the application itself (the demo seeder), which no rule restricts
 */
public record Actor(String username, String displayName, List<Grant> grants, boolean internal) {

    public static final String ATTRIBUTE = Actor.class.getName();

    public Actor {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("every change needs a user");
        }
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
        grants = List.copyOf(grants);
    }

    public static Actor signedIn(String username, String displayName, Collection<Grant> grants) {
        return new Actor(username, displayName, List.copyOf(grants), false);
    }

    /** The application acting on its own behalf, recording the given person as author. */
    public static Actor internal(String username) {
        return new Actor(username, username, List.of(), true);
    }

    public boolean holdsAny(Set<Role> roles) {
        return internal || grants.stream().anyMatch(g -> roles.contains(g.role()));
    }

    /** The same person, with only the grants of these roles counting. */
    public Actor actingAs(Set<Role> roles) {
        return internal ? this : new Actor(username, displayName,
                grants.stream().filter(g -> roles.contains(g.role())).toList(), false);
    }

    public boolean covers(String areaCode) {
        return internal || grants.stream().anyMatch(g -> g.covers(areaCode));
    }
}
