package org.gridatlas.command.system;

import java.util.Set;
import java.util.regex.Pattern;

import org.gridatlas.command.access.AccessRefused;
import org.gridatlas.command.access.Actor;
import org.gridatlas.command.access.AllowedRolesInterceptor;
import org.gridatlas.command.access.Role;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Reads the {@link Audit} of an HTTP request: the signed-in {@link Actor} the
 * security layer attached, acting in the roles the endpoint admitted, the
 * reason from the body and the request's correlation id.
 */
public final class RequestAudit {

    public static final String CORRELATION_HEADER = "X-Correlation-Id";
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private RequestAudit() {
    }

    @SuppressWarnings("unchecked")
    public static Audit of(HttpServletRequest request, String reason) {
        Actor actor = (Actor) request.getAttribute(Actor.ATTRIBUTE);
        Set<Role> admitted = (Set<Role>) request.getAttribute(AllowedRolesInterceptor.ADMITTED_ROLES);
        if (actor == null || admitted == null) {
            throw new AccessRefused("changes need a signed-in user and an endpoint that admits their role");
        }
        String correlationId = request.getHeader(CORRELATION_HEADER);
        if (correlationId != null && !SAFE_ID.matcher(correlationId).matches()) {
            correlationId = null;
        }
        return new Audit(actor.actingAs(admitted), reason, correlationId);
    }
}
