package org.gridatlas.app.security;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.gridatlas.app.web.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the security layer answers, as RFC 9457 problems like the rest of the
 * API: 401 for nobody signed in (pages redirect to the sign-in page instead),
 * 403 for a role or area not granted, 400 for a request the firewall refuses.
 */
@Component
class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler, AuthenticationFailureHandler,
        RequestRejectedHandler {

    static final String SIGN_IN_PAGE = "/login.html";

    private final JsonMapper json;

    SecurityProblems(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (isPage(request)) {
            response.sendRedirect(SIGN_IN_PAGE);
            return;
        }
        write(response, HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED, "Sign-in required",
                "sign in first: with the sign-in page, HTTP Basic or a bearer token", Map.of());
    }

    /**
     * Signed in without the role, or a browser change without its CSRF token.
     * Nobody signed in gets 401 either way, except on the sign-in form itself.
     */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        boolean nobody = who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated();
        if (nobody && !request.getRequestURI().equals("/login")) {
            commence(request, response, new InsufficientAuthenticationException(e.getMessage()));
            return;
        }
        if (e instanceof CsrfException) {
            write(response, HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "CSRF token missing",
                    "a change from the browser must carry the X-XSRF-TOKEN header from the XSRF-TOKEN cookie", Map.of());
            return;
        }
        write(response, HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Not permitted",
                "your account's roles do not admit this request", Map.of());
    }

    /** A failed sign-in on the sign-in page: says whether the account is locked, never whether it exists. */
    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException e) throws IOException {
        String reason = e instanceof LockedException ? "locked"
                : e instanceof DisabledException ? "disabled" : "bad-credentials";
        String detail = switch (reason) {
            case "locked" -> "the account is locked after repeated failed sign-ins; try again later or ask an administrator";
            case "disabled" -> "the account is disabled";
            default -> "wrong username or password";
        };
        write(response, HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED, "Sign-in failed", detail,
                Map.of("reason", reason));
    }

    /** A successful sign-in on the sign-in page: the page goes on to the map itself. */
    void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        response.setStatus(HttpStatus.OK.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Map.of("username", authentication.getName()));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        write(response, HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_INPUT, "Invalid input",
                "the request's address is malformed: " + e.getMessage(),
                Map.of("errors", java.util.List.of(Map.of("field", "path", "reason", "must not contain "
                        + "encoded control characters, '..', ';' or similar: " + e.getMessage()))));
    }

    private static boolean isPage(HttpServletRequest request) {
        String path = request.getRequestURI();
        // GIS clients on /ogc get 401 as API clients do, not the sign-in page
        return !path.startsWith("/api/") && !path.equals("/ogc") && !path.startsWith("/ogc/") && !path.startsWith("/v3/")
                && request.getHeader("Authorization") == null;
    }

    private void write(HttpServletResponse response, HttpStatus status, URI type, String title, String detail,
                       Map<String, Object> extra) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type.toString());
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.putAll(extra);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
