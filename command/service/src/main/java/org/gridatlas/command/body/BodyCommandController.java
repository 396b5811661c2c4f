package org.gridatlas.command.body;

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
import org.gridatlas.messages.body.AppointBodyMemberCommand;
import org.gridatlas.messages.body.BodyKind;
import org.gridatlas.messages.body.ChangeServedCompoundsCommand;
import org.gridatlas.messages.body.DissolveBodyCommand;
import org.gridatlas.messages.body.EndBodyMembershipCommand;
import org.gridatlas.messages.body.EvaluatePropertyCompanyCommand;
import org.gridatlas.messages.body.FoundBodyCommand;
import org.gridatlas.messages.body.Listing;
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
@RequestMapping("/api/bodies")
@Tag(name = "Bodies (共享物业社、物业企业、项目部)", description = "The register of bodies that serve compounds, and their members")
class BodyCommandController {

    private final AuditedCommands commands;

    BodyCommandController(AuditedCommands commands) {
        this.commands = commands;
    }

    record FoundRequest(
            @Schema(description = "optional: an identifier the client chooses, so a retry cannot found twice")
            @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE) String bodyId,
            @NotNull(message = REQUIRED) BodyKind kind,
            @Schema(description = "a society's community, a state-owned company's sub-district, a property service "
                    + "company's district, a project department's sub-district or community", example = "220203001001")
            @NotBlank(message = REQUIRED) String areaCode,
            @Schema(example = "站前社区共享物业社") @NotBlank(message = REQUIRED) String name,
            @Schema(description = "a project department's property company")
            @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE) String companyId,
            @Schema(description = "a property company's unified social credit code (统一社会信用代码)", example = "911101080828461726")
            String creditCode,
            @NotNull(message = REQUIRED) @PlausibleDate LocalDate foundedOn,
            List<String> compoundIds,
            @Schema(description = "the first members, appointed on the founding day")
            List<@NotNull(message = REQUIRED) @Valid MemberRequest> members,
            @Size(max = 500) String reason) {
    }

    record ServiceRequest(List<String> compoundIds, @NotBlank(message = REQUIRED) @Size(max = 500) String reason,
                          Long expectedVersion) {
    }



    record DissolutionRequest(@NotNull(message = REQUIRED) @PlausibleDate LocalDate dissolvedOn,
                              @NotBlank(message = REQUIRED) @Size(max = 500) String reason, Long expectedVersion) {
    }

    record EvaluationRequest(@Schema(description = "1 to 5", example = "4") @NotNull(message = REQUIRED) Integer stars,
                             @NotNull(message = REQUIRED) Listing listing,
                             @NotNull(message = REQUIRED) @PlausibleDate LocalDate publishedOn,
                             @NotBlank(message = REQUIRED) @Size(max = 500) String reason, Long expectedVersion) {
    }

    @Operation(summary = "Enter a body into the register, with the compounds it serves and its first members",
            description = "Societies serve compounds of their community, a state-owned company those of its "
                    + "sub-district; property companies need a valid unified social credit code.")
    @Allowed(Role.CAMPAIGN_OFFICER)
    @PostMapping
    ResponseEntity<CommandResult> found(@Valid @RequestBody FoundRequest request, HttpServletRequest http) {
        String id = Requests.idOrNew(request.bodyId());
        List<MemberRequest> members = request.members() == null ? List.of() : request.members();
        commands.send(new FoundBodyCommand(id, request.kind(), request.areaCode(), request.name(), request.companyId(),
                request.creditCode(), request.foundedOn(), request.compoundIds(),
                members.stream().map(MemberRequest::toMember).toList()), RequestAudit.of(http, request.reason()));
        // the founding event, then one for each member
        return ResponseEntity.created(URI.create("/api/bodies/" + id)).body(new CommandResult(id, (long) members.size()));
    }

    @Operation(summary = "Set the compounds the body serves")
    @Allowed(Role.CAMPAIGN_OFFICER)
    @PutMapping("/{bodyId}/compounds")
    CommandResult serve(@PathVariable String bodyId, @Valid @RequestBody ServiceRequest request, HttpServletRequest http) {
        return send(bodyId, new ChangeServedCompoundsCommand(bodyId, request.compoundIds(), request.expectedVersion()),
                request.reason(), http);
    }

    @Operation(summary = "Record that a person joined the body in a role")
    @Allowed(Role.CAMPAIGN_OFFICER)
    @PostMapping("/{bodyId}/members")
    CommandResult appoint(@PathVariable String bodyId, @Valid @RequestBody MemberRequest.Appointment request,
                          HttpServletRequest http) {
        return send(bodyId, new AppointBodyMemberCommand(bodyId, request.member().toMember(), request.appointedOn(),
                request.expectedVersion()), request.reason(), http);
    }

    @Operation(summary = "Record that a member left the body")
    @Allowed(Role.CAMPAIGN_OFFICER)
    @PostMapping("/{bodyId}/members/{memberId}/departure")
    CommandResult depart(@PathVariable String bodyId, @PathVariable String memberId,
                         @Valid @RequestBody MemberRequest.Departure request, HttpServletRequest http) {
        return send(bodyId, new EndBodyMembershipCommand(bodyId, memberId, request.leftOn(), request.expectedVersion()),
                request.reason(), http);
    }

    @Operation(summary = "Record that the body was dissolved", description = "Its members leave with it.")
    @Allowed(Role.CAMPAIGN_OFFICER)
    @PostMapping("/{bodyId}/dissolution")
    CommandResult dissolve(@PathVariable String bodyId, @Valid @RequestBody DissolutionRequest request,
                           HttpServletRequest http) {
        return send(bodyId, new DissolveBodyCommand(bodyId, request.dissolvedOn(), request.expectedVersion()),
                request.reason(), http);
    }

    @Operation(summary = "Record a property company's published quarterly evaluation: stars and red or black list",
            description = "Sending a quarter again corrects its result.")
    @Allowed(Role.CAMPAIGN_OFFICER)
    @PutMapping("/{bodyId}/evaluations/{quarter}")
    CommandResult evaluate(@PathVariable String bodyId,
                           @Schema(example = "2026-Q3") @PathVariable String quarter,
                           @Valid @RequestBody EvaluationRequest request, HttpServletRequest http) {
        return send(bodyId, new EvaluatePropertyCompanyCommand(bodyId, quarter, request.stars(), request.listing(),
                request.publishedOn(), request.expectedVersion()), request.reason(), http);
    }

    private CommandResult send(String bodyId, Object command, String reason, HttpServletRequest http) {
        Long version = commands.send(command, RequestAudit.of(http, reason));
        return new CommandResult(bodyId, version);
    }
}
