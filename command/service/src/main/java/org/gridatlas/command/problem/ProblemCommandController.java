package org.gridatlas.command.problem;

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
import org.gridatlas.messages.problem.FoundThrough;
import org.gridatlas.messages.problem.ProblemCategory;
import org.gridatlas.messages.problem.ReopenProblemCommand;
import org.gridatlas.messages.problem.ReportProblemCommand;
import org.gridatlas.messages.problem.ResolveProblemCommand;
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
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/problems")
@Tag(name = "Problems (网格巡查、居民反映的问题)")
class ProblemCommandController {

    private final AuditedCommands commands;

    ProblemCommandController(AuditedCommands commands) {
        this.commands = commands;
    }

    record ReportRequest(
            @Schema(description = "optional: an identifier the client chooses, so a retry cannot record twice")
            @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE) String problemId,
            @Schema(example = "140121") @NotBlank(message = REQUIRED) String districtCode,
            @Schema(description = "GeoJSON Point in EPSG:4326, longitude first", example = """
                    {"type":"Point","coordinates":[112.406,37.6025]}""")
            @NotNull(message = REQUIRED) JsonNode location,
            @Schema(description = "optional: the compound it lies in; otherwise taken from the point") String compoundId,
            @Schema(description = "optional: the grid it lies in; otherwise taken from the point") String gridCode,
            @NotNull(message = REQUIRED) ProblemCategory category,
            @NotNull(message = REQUIRED) FoundThrough foundThrough,
            @Schema(example = "楼顶平台堆放杂物无人清理") @NotBlank(message = REQUIRED) @Size(max = 1000) String description,
            @NotNull(message = REQUIRED) @PlausibleDate LocalDate foundOn,
            @Size(max = 500) String reason) {
    }

    record ResolveRequest(
            @NotNull(message = REQUIRED) @PlausibleDate LocalDate resolvedOn,
            @Schema(description = "optional: the meeting (e.g. a four-party meeting) that settled it") String meetingId,
            @NotBlank(message = REQUIRED) @Size(max = 500) String reason,
            Long expectedVersion) {
    }

    record ReopenRequest(
            @NotNull(message = REQUIRED) @PlausibleDate LocalDate reopenedOn,
            @NotBlank(message = REQUIRED) @Size(max = 500) String reason,
            Long expectedVersion) {
    }

    @Operation(summary = "Record a problem found on patrol, reported by residents or through the 12345 hotline",
            description = "A compound or grid named must hold the point; those not named are taken from the point.")
    @Allowed({Role.GRID_COORDINATOR, Role.CAMPAIGN_OFFICER})
    @PostMapping
    ResponseEntity<CommandResult> report(@Valid @RequestBody ReportRequest request, HttpServletRequest http) {
        String id = Requests.idOrNew(request.problemId());
        commands.send(new ReportProblemCommand(id, request.districtCode(), Requests.pointWkt(request.location(), "location"),
                request.compoundId(), request.gridCode(), request.category(), request.foundThrough(),
                request.description(), request.foundOn()), RequestAudit.of(http, request.reason()));
        return ResponseEntity.created(URI.create("/api/problems/" + id)).body(new CommandResult(id, 0L));
    }

    @Operation(summary = "Record that the problem was resolved, and the meeting that settled it")
    @Allowed({Role.GRID_COORDINATOR, Role.CAMPAIGN_OFFICER})
    @PostMapping("/{problemId}/resolution")
    CommandResult resolve(@PathVariable String problemId, @Valid @RequestBody ResolveRequest request, HttpServletRequest http) {
        Long version = commands.send(new ResolveProblemCommand(problemId, request.resolvedOn(), request.meetingId(),
                request.expectedVersion()), RequestAudit.of(http, request.reason()));
        return new CommandResult(problemId, version);
    }

    @Operation(summary = "Record that a resolved problem came back")
    @Allowed({Role.GRID_COORDINATOR, Role.CAMPAIGN_OFFICER})
    @PostMapping("/{problemId}/reopening")
    CommandResult reopen(@PathVariable String problemId, @Valid @RequestBody ReopenRequest request, HttpServletRequest http) {
        Long version = commands.send(new ReopenProblemCommand(problemId, request.reopenedOn(), request.expectedVersion()),
                RequestAudit.of(http, request.reason()));
        return new CommandResult(problemId, version);
    }
}
