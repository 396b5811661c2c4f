package org.gridatlas.command.system;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Reads the {@link Audit} of an HTTP request. Until GridAtlas has its own
 * sign-in, the user comes from the authenticated principal when a proxy in
 * front sets one, else from the {@value #USER_HEADER} header. HTTP headers are
 * ASCII, so a name such as 李网格员 arrives percent-encoded as UTF-8.
 */
public final class RequestAudit {

    public static final String USER_HEADER = "X-GridAtlas-User";
    public static final String CORRELATION_HEADER = "X-Correlation-Id";
    static final String ANONYMOUS = "anonymous";
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private RequestAudit() {
    }

    public static Audit of(HttpServletRequest request, String reason) {
        String correlationId = request.getHeader(CORRELATION_HEADER);
        if (correlationId != null && !SAFE_ID.matcher(correlationId).matches()) {
            correlationId = null;
        }
        return new Audit(user(request), reason, correlationId);
    }

    /** Who asks: the authenticated principal, else the decoded {@value #USER_HEADER} header, else anonymous. */
    public static String user(HttpServletRequest request) {
        String user = request.getUserPrincipal() != null
                ? request.getUserPrincipal().getName()
                : request.getHeader(USER_HEADER);
        if (user != null && user.indexOf('%') >= 0) {
            user = decode(user);
        }
        return user == null || user.isBlank() ? ANONYMOUS : user.strip();
    }

    private static String decode(String header) {
        try {
            return URLDecoder.decode(header, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return header; // not percent-encoding after all: keep what was sent
        }
    }
}
