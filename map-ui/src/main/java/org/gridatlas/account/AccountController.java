package org.gridatlas.account;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.gridatlas.app.web.ProblemTypes;
import org.gridatlas.command.access.AccessRefused;
import org.gridatlas.command.access.Actor;
import org.gridatlas.command.access.Allowed;
import org.gridatlas.command.access.Grant;
import org.gridatlas.command.access.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Administrators manage accounts and grants. An administrator can only give
 * grants inside the areas of their own administrator grants, so a district's
 * administrator cannot hand out rights over another district.
 */
@RestController
@RequestMapping("/api/admin/accounts")
@Tag(name = "Accounts (账号与权限)")
class AccountController {

    static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]{2,39}";
    static final int MIN_PASSWORD = 10;

    private final AccountStore accounts;
    private final PasswordEncoder passwords;

    AccountController(AccountStore accounts, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    record NewAccount(
            @Schema(example = "li.wangge") @NotBlank(message = "is required")
            @Pattern(regexp = USERNAME_PATTERN, message = "must be 3 to 40 lower-case letters, digits, '.', '_' or '-'") String username,
            @Schema(example = "李网格员") @NotBlank(message = "is required") @Size(max = 100) String displayName,
            @NotBlank(message = "is required") @Size(min = MIN_PASSWORD, max = 200, message = "must be 10 to 200 characters") String password,
            @Schema(example = "[\"GRID_COORDINATOR@140105001001\"]") @NotNull(message = "is required") List<String> grants) {
    }

    record Grants(@NotNull(message = "is required") List<String> grants) {
    }

    record Password(@NotBlank(message = "is required")
                    @Size(min = MIN_PASSWORD, max = 200, message = "must be 10 to 200 characters") String password) {
    }

    record Enabled(@NotNull(message = "is required") Boolean enabled) {
    }

    /** A grant that does not read, named with its position. */
    static class BadGrant extends RuntimeException {
        final String field;

        BadGrant(String field, String message) {
            super(message);
            this.field = field;
        }
    }

    @Operation(summary = "Every account with its grants and lock state")
    @Allowed(Role.ADMINISTRATOR)
    @GetMapping
    List<Account> all() {
        return accounts.all();
    }

    @Operation(summary = "What was done to an account, newest first")
    @Allowed(Role.ADMINISTRATOR)
    @GetMapping("/{username}/changes")
    List<Map<String, Object>> changes(@Parameter(description = "The account's username") @PathVariable String username) {
        return accounts.changes(existing(username));
    }

    @Operation(summary = "Create an account with its grants (ROLE@area; * for everywhere)")
    @Allowed(Role.ADMINISTRATOR)
    @PostMapping
    ResponseEntity<Account> create(@Valid @RequestBody NewAccount request, HttpServletRequest http) {
        List<Grant> grants = grants(request.grants(), admin(http));
        if (accounts.exists(request.username())) {
            throw new UsernameTaken();
        }
        accounts.create(request.username(), request.displayName().strip(), passwords.encode(request.password()), grants,
                admin(http).username());
        return ResponseEntity.created(URI.create("/api/admin/accounts/" + request.username()))
                .body(accounts.find(request.username()).orElseThrow());
    }

    @Operation(summary = "Replace an account's grants")
    @Allowed(Role.ADMINISTRATOR)
    @PutMapping("/{username}/grants")
    Account replaceGrants(@PathVariable String username, @Valid @RequestBody Grants request, HttpServletRequest http) {
        Actor admin = admin(http);
        existing(username);
        List<Grant> grants = grants(request.grants(), admin);
        accounts.find(username).orElseThrow().grants().forEach(held -> requireCovered(admin, held, "grants"));
        accounts.replaceGrants(username, grants, admin.username());
        return accounts.find(username).orElseThrow();
    }

    @Operation(summary = "Set a new password")
    @Allowed(Role.ADMINISTRATOR)
    @PutMapping("/{username}/password")
    Account changePassword(@PathVariable String username, @Valid @RequestBody Password request, HttpServletRequest http) {
        accounts.changePassword(existing(username), passwords.encode(request.password()), admin(http).username());
        return accounts.find(username).orElseThrow();
    }

    @Operation(summary = "Lift a lock-out after repeated failed sign-ins")
    @Allowed(Role.ADMINISTRATOR)
    @PostMapping("/{username}/unlock")
    Account unlock(@PathVariable String username, HttpServletRequest http) {
        accounts.unlock(existing(username), admin(http).username());
        return accounts.find(username).orElseThrow();
    }

    @Operation(summary = "Disable or enable an account")
    @Allowed(Role.ADMINISTRATOR)
    @PutMapping("/{username}/enabled")
    Account setEnabled(@PathVariable String username, @Valid @RequestBody Enabled request, HttpServletRequest http) {
        accounts.setEnabled(existing(username), request.enabled(), admin(http).username());
        return accounts.find(username).orElseThrow();
    }

    static class UsernameTaken extends RuntimeException {
    }

    @ExceptionHandler(UsernameTaken.class)
    ResponseEntity<ProblemDetail> taken() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "username: is taken");
        problem.setType(ProblemTypes.CONFLICT);
        problem.setTitle("Username taken");
        problem.setProperty("errors", List.of(Map.of("field", "username", "reason", "is taken")));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(BadGrant.class)
    ResponseEntity<ProblemDetail> badGrant(BadGrant e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.field + ": " + e.getMessage());
        problem.setType(ProblemTypes.INVALID_INPUT);
        problem.setTitle("Invalid input");
        problem.setProperty("errors", List.of(Map.of("field", e.field, "reason", e.getMessage())));
        return ResponseEntity.badRequest().body(problem);
    }

    private String existing(String username) {
        if (!accounts.exists(username)) {
            throw org.gridatlas.query.system.NotFound.of("account", username);
        }
        return username;
    }

    private static Actor admin(HttpServletRequest http) {
        return ((Actor) http.getAttribute(Actor.ATTRIBUTE)).actingAs(EnumSet.of(Role.ADMINISTRATOR));
    }

    private static List<Grant> grants(List<String> written, Actor admin) {
        List<Grant> grants = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            Grant grant;
            try {
                grant = Grant.parse(written.get(i));
            } catch (IllegalArgumentException e) {
                throw new BadGrant("grants[" + i + "]", e.getMessage());
            }
            requireCovered(admin, grant, "grants[" + i + "]");
            grants.add(grant);
        }
        return grants;
    }

    private static void requireCovered(Actor admin, Grant grant, String field) {
        if (!admin.covers(grant.area())) {
            throw new AccessRefused(field + ": your administrator grants " + admin.grants()
                    + " do not cover " + grant);
        }
    }
}
