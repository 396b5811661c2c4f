package org.gridatlas.command.complaint;

import static org.gridatlas.command.system.Requests.REQUIRED;

import java.net.URI;

import org.gridatlas.command.access.Allowed;
import org.gridatlas.command.access.Role;
import org.gridatlas.command.system.AuditedCommands;
import org.gridatlas.command.system.CommandResult;
import org.gridatlas.command.system.RequestAudit;
import org.gridatlas.messages.complaint.CorrectComplaintsCommand;
import org.gridatlas.messages.complaint.RecordComplaintsCommand;
import org.gridatlas.messages.complaint.ReportingPeriod;
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
@RequestMapping("/api/complaints")
@Tag(name = "Complaints (12345热线物业投诉)")
class ComplaintCommandController {

    private final AuditedCommands commands;

    ComplaintCommandController(AuditedCommands commands) {
        this.commands = commands;
    }

    record RecordRequest(
            @Schema(description = "a community, sub-district or district code", example = "140121001001")
            @NotBlank(message = REQUIRED) String areaCode,
            @Schema(description = "a month, quarter or year", example = "2023-03")
            @NotBlank(message = REQUIRED) @Pattern(regexp = ReportingPeriod.PATTERN, message = ReportingPeriod.DESCRIPTION) String period,
            @Schema(description = "complaints received from the 12345 hotline", example = "37") @NotNull(message = REQUIRED) Integer complaints,
            @Size(max = 500) String reason) {
    }

    record CorrectRequest(
            @NotNull(message = REQUIRED) Integer complaints,
            @NotBlank(message = REQUIRED) @Size(max = 500) String reason,
            Long expectedVersion) {
    }

    @Operation(summary = "Record an area's complaints for a month, quarter or year",
            description = "The figure's identifier is complaints-<areaCode>-<period>. Figures of an area, the areas"
                    + " within it and those containing it may not overlap in time.")
    @Allowed(Role.CAMPAIGN_OFFICER)
    @PostMapping
    ResponseEntity<CommandResult> record(@Valid @RequestBody RecordRequest request, HttpServletRequest http) {
        String id = RecordComplaintsCommand.figureIdOf(request.areaCode(), request.period());
        commands.send(new RecordComplaintsCommand(id, request.areaCode(), request.period(), request.complaints()),
                RequestAudit.of(http, request.reason()));
        return ResponseEntity.created(URI.create("/api/complaints/" + id)).body(new CommandResult(id, 0L));
    }

    @Operation(summary = "Correct a figure; the history keeps every count and who changed it")
    @Allowed(Role.CAMPAIGN_OFFICER)
    @PutMapping("/{figureId}")
    CommandResult correct(@PathVariable String figureId, @Valid @RequestBody CorrectRequest request, HttpServletRequest http) {
        Long version = commands.send(new CorrectComplaintsCommand(figureId, request.complaints(), request.expectedVersion()),
                RequestAudit.of(http, request.reason()));
        return new CommandResult(figureId, version);
    }
}
