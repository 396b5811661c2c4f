package org.gridatlas.command.body;

import static org.gridatlas.command.system.Requests.ID_MESSAGE;
import static org.gridatlas.command.system.Requests.ID_PATTERN;
import static org.gridatlas.command.system.Requests.REQUIRED;

import java.net.URI;
import java.time.LocalDate;

import org.gridatlas.command.access.Allowed;
import org.gridatlas.command.access.Role;
import org.gridatlas.command.system.AuditedCommands;
import org.gridatlas.command.system.CommandResult;
import org.gridatlas.command.system.PlausibleDate;
import org.gridatlas.command.system.RequestAudit;
import org.gridatlas.command.system.Requests;
import org.gridatlas.messages.body.EndCrossAppointmentCommand;
import org.gridatlas.messages.body.PartyPost;
import org.gridatlas.messages.body.RecordCrossAppointmentCommand;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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
@RequestMapping("/api/cross-appointments")
@Tag(name = "Cross appointments (双向进入、交叉任职)")
class CrossAppointmentCommandController {

    private final AuditedCommands commands;

    CrossAppointmentCommandController(AuditedCommands commands) {
        this.commands = commands;
    }

    record RecordRequest(
            @Schema(description = "optional: an identifier the client chooses, so a retry cannot record twice")
            @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE) String appointmentId,
            @NotBlank(message = REQUIRED) String organisationId,
            @Schema(description = "the same person as the body's member", example = "张强")
            @NotBlank(message = REQUIRED) String partyMemberName,
            @NotNull(message = REQUIRED) PartyPost partyPost,
            @Schema(description = "a body of the register, or a committee as owners-committee:<compoundId>")
            @NotBlank(message = REQUIRED) String bodyId,
            @NotBlank(message = REQUIRED) String memberId,
            @NotNull(message = REQUIRED) @PlausibleDate LocalDate since,
            @Size(max = 500) String reason) {
    }

    record EndRequest(@NotNull(message = REQUIRED) @PlausibleDate LocalDate endedOn,
                      @NotBlank(message = REQUIRED) @Size(max = 500) String reason, Long expectedVersion) {
    }

    @Operation(summary = "Record that a body's member holds a post in a party organisation",
            description = "The member is a current member and a party member; the organisation and body stand in one district.")
    @Allowed(Role.CAMPAIGN_OFFICER)
    @PostMapping
    ResponseEntity<CommandResult> record(@Valid @RequestBody RecordRequest request, HttpServletRequest http) {
        String id = Requests.idOrNew(request.appointmentId());
        commands.send(new RecordCrossAppointmentCommand(id, request.organisationId(), request.partyMemberName(),
                request.partyPost(), request.bodyId(), request.memberId(), request.since()),
                RequestAudit.of(http, request.reason()));
        return ResponseEntity.created(URI.create("/api/cross-appointments/" + id)).body(new CommandResult(id, 0L));
    }

    @Operation(summary = "Record that the cross appointment ended")
    @Allowed(Role.CAMPAIGN_OFFICER)
    @PostMapping("/{appointmentId}/end")
    CommandResult end(@PathVariable String appointmentId, @Valid @RequestBody EndRequest request, HttpServletRequest http) {
        Long version = commands.send(new EndCrossAppointmentCommand(appointmentId, request.endedOn(),
                request.expectedVersion()), RequestAudit.of(http, request.reason()));
        return new CommandResult(appointmentId, version);
    }
}
