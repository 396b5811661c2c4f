package org.gridatlas.app.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.gridatlas.account.AccountSecurity;
import org.gridatlas.command.access.Grant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Reads who and what from the office's OIDC tokens: the account name, the
 * person's name and the grants, each from a configurable claim. Grants are
 * written as in GridAtlas's own accounts, {@code ROLE@area}; a grant that does
 * not read is ignored rather than widened.
 */
@Component
class TokenGrants implements Converter<Jwt, AbstractAuthenticationToken> {

    private final String usernameClaim;
    private final String nameClaim;
    private final String grantsClaim;

    TokenGrants(@Value("${gridatlas.security.jwt.username-claim:preferred_username}") String usernameClaim,
                @Value("${gridatlas.security.jwt.name-claim:name}") String nameClaim,
                @Value("${gridatlas.security.jwt.grants-claim:gridatlas_grants}") String grantsClaim) {
        this.usernameClaim = usernameClaim;
        this.nameClaim = nameClaim;
        this.grantsClaim = grantsClaim;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String username = jwt.getClaimAsString(usernameClaim);
        return new JwtAuthenticationToken(jwt, AccountSecurity.authorities(grants(jwt)),
                username == null || username.isBlank() ? jwt.getSubject() : username);
    }

    String displayName(Jwt jwt) {
        String name = jwt.getClaimAsString(nameClaim);
        return name == null || name.isBlank() ? convert(jwt).getName() : name;
    }

    private List<Grant> grants(Jwt jwt) {
        Collection<String> claimed = jwt.getClaimAsStringList(grantsClaim);
        List<Grant> grants = new ArrayList<>();
        if (claimed != null) {
            for (String text : claimed) {
                try {
                    grants.add(Grant.parse(text));
                } catch (IllegalArgumentException ignored) {
                    // an unreadable grant grants nothing
                }
            }
        }
        return grants;
    }
}
