package org.gridatlas.app.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.gridatlas.account.AccountSecurity;
import org.gridatlas.account.AccountSecurity.SignedInAccount;
import org.gridatlas.command.access.Actor;
import org.gridatlas.command.access.Grant;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Runs after Spring Security and turns whoever signed in, by whatever way,
 * into the {@link Actor} the command side judges and records.
 */
@Component
class ActorFilter extends OncePerRequestFilter {

    private final TokenGrants tokens;

    ActorFilter(TokenGrants tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            request.setAttribute(Actor.ATTRIBUTE, actor(authentication));
        }
        chain.doFilter(request, response);
    }

    Actor actor(Authentication authentication) {
        String displayName = authentication.getName();
        if (authentication.getPrincipal() instanceof SignedInAccount account) {
            displayName = account.displayName();
        } else if (authentication instanceof JwtAuthenticationToken token) {
            displayName = tokens.displayName(token.getToken());
        }
        return Actor.signedIn(authentication.getName(), displayName, grants(authentication));
    }

    static List<Grant> grants(Authentication authentication) {
        List<Grant> grants = new ArrayList<>();
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String text = authority.getAuthority();
            if (text != null && text.startsWith(AccountSecurity.GRANT_PREFIX)) {
                grants.add(Grant.parse(text.substring(AccountSecurity.GRANT_PREFIX.length())));
            }
        }
        return grants;
    }
}
