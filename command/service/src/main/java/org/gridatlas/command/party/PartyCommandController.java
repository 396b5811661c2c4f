package org.gridatlas.command.party;

import static org.gridatlas.command.system.Requests.ID_MESSAGE;
import static org.gridatlas.command.system.Requests.ID_PATTERN;
import static org.gridatlas.command.system.Requests.REQUIRED;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.gridatlas.command.access.Allowed;
import org.gridatlas.command.access.Role;
import org.gridatlas.command.system.AuditedCommands;
import org.gridatlas.command.system.CommandResult;
import org.gridatlas.command.system.PlausibleDate;
import org.gridatlas.command.system.RequestAudit;
import org.gridatlas.command.system.Requests;
import org.gridatlas.messages.party.ChangePartyCoverageCommand;
import org.gridatlas.messages.party.ChangePartyMembershipCommand;
import org.gridatlas.messages.party.DissolvePartyOrganisationCommand;
import org.gridatlas.messages.party.FoundPartyOrganisationCommand;
import org.gridatlas.messages.party.PartyOrganisationType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/party-organisations")
@Tag(name = "Party organisations (党组织)")
class PartyCommandController {

    private final AuditedCommands commands;

    PartyCommandController(AuditedCommands commands) {
        this.commands = commands;
    }

    record FoundRequest(
            @Schema(description = "optional: an identifier the client chooses, so a retry cannot found twice")
            @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE) String organisationId,
            @Schema(example = "140105") @NotBlank(message = REQUIRED) String districtCode,
            @NotNull(message = REQUIRED) PartyOrganisationType type,
            @Schema(example = "锦绣苑小区党支部") @NotBlank(message = REQUIRED) String name,
            @Schema(description = "full (not probationary) party members", example = "5") @NotNull(message = REQUIRED) Integer fullMembers,
            @NotNull(message = REQUIRED) @PlausibleDate LocalDate foundedOn,
            List<String> compoundIds,
            List<String> gridCodes,
            @Schema(description = "optional: the body it is founded in, e.g. the property company of a "
                    + "property-enterprise branch, or a committee as owners-committee:<compoundId>; it may then "
                    + "cover nothing yet")
            @Size(max = 200) String bodyId,
            @Size(max = 500) String reason) {
    }

    record MembersRequest(@NotNull(message = REQUIRED) Integer fullMembers, @NotBlank(message = REQUIRED) @Size(max = 500) String reason,
                          Long expectedVersion) {
    }

    record CoverageRequest(List<String> compoundIds, List<String> gridCodes, @NotBlank(message = REQUIRED) @Size(max = 500) String reason,
                           Long expectedVersion) {
    }

    record DissolutionRequest(@NotNull(message = REQUIRED) @PlausibleDate LocalDate dissolvedOn,
                              @NotBlank(message = REQUIRED) @Size(max = 500) String reason, Long expectedVersion) {
    }

    @Operation(summary = "Record a party organisation and what it covers",
            description = "Branches need at least three full members; a compound branch covers a compound, a grid branch a grid; "
                    + "an organisation founded in a body (bodyId) may cover nothing until it is linked to compounds.")
    @Allowed(Role.CAMPAIGN_OFFICER)
    @PostMapping
    ResponseEntity<CommandResult> found(@Valid @RequestBody FoundRequest request, HttpServletRequest http) {
        String id = Requests.idOrNew(request.organisationId());
        commands.send(new FoundPartyOrganisationCommand(id, request.districtCode(), request.type(), request.name(),
                request.fullMembers(), request.foundedOn(), request.compoundIds(), request.gridCodes(), request.bodyId()),
                RequestAudit.of(http, request.reason()));
        return ResponseEntity.created(URI.create("/api/party-organisations/" + id)).body(new CommandResult(id, 0L));
    }

    @Operation(summary = "Record the number of full members")
    @Allowed(Role.CAMPAIGN_OFFICER)
    @PutMapping("/{organisationId}/members")
    CommandResult changeMembers(@PathVariable String organisationId, @Valid @RequestBody MembersRequest request,
                                HttpServletRequest http) {
        Long version = commands.send(new ChangePartyMembershipCommand(organisationId, request.fullMembers(),
                request.expectedVersion()), RequestAudit.of(http, request.reason()));
        return new CommandResult(organisationId, version);
    }

    @Operation(summary = "Set the compounds and grids the organisation covers")
    @Allowed(Role.CAMPAIGN_OFFICER)
    @PutMapping("/{organisationId}/coverage")
    CommandResult changeCoverage(@PathVariable String organisationId, @Valid @RequestBody CoverageRequest request,
                                 HttpServletRequest http) {
        Long version = commands.send(new ChangePartyCoverageCommand(organisationId, request.compoundIds(),
                request.gridCodes(), request.expectedVersion()), RequestAudit.of(http, request.reason()));
        return new CommandResult(organisationId, version);
    }

    @Operation(summary = "Record that the organisation was dissolved")
    @Allowed(Role.CAMPAIGN_OFFICER)
    @PostMapping("/{organisationId}/dissolution")
    CommandResult dissolve(@PathVariable String organisationId, @Valid @RequestBody DissolutionRequest request,
                           HttpServletRequest http) {
        Long version = commands.send(new DissolvePartyOrganisationCommand(organisationId, request.dissolvedOn(),
                request.expectedVersion()), RequestAudit.of(http, request.reason()));
        return new CommandResult(organisationId, version);
    }
}
