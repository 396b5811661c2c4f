package org.gridatlas.account;

import java.util.List;

import org.gridatlas.command.access.Actor;
import org.gridatlas.command.access.Grant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

@RestController
@Tag(name = "Accounts (账号与权限)")
class MeController {

    /**
     * @param sessionTimeoutSeconds how long the browser session lasts without use; null for API clients
     */
    record Me(String username, String displayName, List<Grant> grants, Integer sessionTimeoutSeconds) {
    }

    @Operation(summary = "Who is signed in, with which grants")
    @GetMapping("/api/me")
    Me me(HttpServletRequest request) {
        Actor actor = (Actor) request.getAttribute(Actor.ATTRIBUTE);
        HttpSession session = request.getSession(false);
        return new Me(actor.username(), actor.displayName(), actor.grants(),
                session == null ? null : session.getMaxInactiveInterval());
    }
}
