package org.gridatlas.command.grid;

import static org.gridatlas.command.system.Requests.REQUIRED;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.gridatlas.command.access.Allowed;
import org.gridatlas.command.access.Role;
import org.gridatlas.command.system.AuditedCommands;
import org.gridatlas.command.system.CommandResult;
import org.gridatlas.command.system.RequestAudit;
import org.gridatlas.command.system.Requests;
import org.gridatlas.geodata.geometry.GeometryProblem;
import org.gridatlas.geodata.geometry.InvalidGeometryException;
import org.gridatlas.messages.grid.AssignGridWorkersCommand;
import org.gridatlas.messages.grid.DrawGridCommand;
import org.gridatlas.messages.grid.MicroGrid;
import org.gridatlas.messages.grid.RedrawGridBoundaryCommand;
import org.gridatlas.messages.grid.RedrawMicroGridsCommand;
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
import jakarta.validation.constraints.Size;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/grids")
@Tag(name = "Grids and micro-grids (网格、微网格)")
class GridCommandController {

    private final AuditedCommands commands;

    GridCommandController(AuditedCommands commands) {
        this.commands = commands;
    }

    record DrawGridRequest(
            @Schema(example = "140105001001001", description = "community code + 3 digits") @NotBlank(message = REQUIRED) String gridCode,
            @Schema(example = "140105001001") @NotBlank(message = REQUIRED) String communityCode,
            @Schema(example = "长风社区第一网格") @NotBlank(message = REQUIRED) String name,
            @Schema(description = "GeoJSON Polygon in EPSG:4326") @NotNull(message = REQUIRED) JsonNode boundary,
            @Size(max = 500) String reason) {
    }

    record MicroGridRequest(
            @Schema(example = "14010500100100101", description = "grid code + 2 digits") @NotBlank(message = REQUIRED) String microGridCode,
            @NotBlank(message = REQUIRED) String name,
            @Schema(description = "GeoJSON Polygon in EPSG:4326") @NotNull(message = REQUIRED) JsonNode boundary,
            @Schema(description = "grid helpers (网格辅助员) by name") List<String> helpers) {
    }

    record RedrawBoundaryRequest(
            @NotNull(message = REQUIRED) JsonNode boundary,
            @Schema(description = "the new division, required when the old one no longer fits") List<@NotNull(message = REQUIRED) @Valid MicroGridRequest> microGrids,
            @NotBlank(message = REQUIRED) @Size(max = 500) String reason,
            Long expectedVersion) {
    }

    record WorkersRequest(
            @Schema(description = "grid workers (网格员) by name") @NotNull(message = REQUIRED) List<String> workers,
            @NotBlank(message = REQUIRED) @Size(max = 500) String reason,
            Long expectedVersion) {
    }

    record MicroGridsRequest(
            @NotNull(message = REQUIRED) List<@NotNull(message = REQUIRED) @Valid MicroGridRequest> microGrids,
            @NotBlank(message = REQUIRED) @Size(max = 500) String reason,
            Long expectedVersion) {
    }

    @Operation(summary = "Draw a grid in a community")
    @Allowed(Role.GRID_COORDINATOR)
    @PostMapping
    ResponseEntity<CommandResult> draw(@Valid @RequestBody DrawGridRequest request, HttpServletRequest http) {
        String boundary = Requests.polygonWkt(request.boundary(), "boundary");
        commands.send(new DrawGridCommand(request.gridCode(), request.communityCode(), request.name(), boundary),
                RequestAudit.of(http, request.reason()));
        return ResponseEntity.created(URI.create("/api/grids/" + request.gridCode()))
                .body(new CommandResult(request.gridCode(), 0L));
    }

    @Operation(summary = "Move a grid's boundary, with its new micro-grid division if the old one no longer fits")
    @Allowed(Role.GRID_COORDINATOR)
    @PutMapping("/{gridCode}/boundary")
    CommandResult redrawBoundary(@PathVariable String gridCode, @Valid @RequestBody RedrawBoundaryRequest request,
                                 HttpServletRequest http) {
        String boundary = Requests.polygonWkt(request.boundary(), "boundary");
        List<MicroGrid> division = request.microGrids() == null ? null : microGrids(request.microGrids());
        Long version = commands.send(new RedrawGridBoundaryCommand(gridCode, boundary, division, request.expectedVersion()),
                RequestAudit.of(http, request.reason()));
        return new CommandResult(gridCode, version);
    }

    @Operation(summary = "Name the grid workers (网格员) of a grid")
    @Allowed(Role.GRID_COORDINATOR)
    @PutMapping("/{gridCode}/workers")
    CommandResult assignWorkers(@PathVariable String gridCode, @Valid @RequestBody WorkersRequest request,
                                HttpServletRequest http) {
        Long version = commands.send(new AssignGridWorkersCommand(gridCode, request.workers(), request.expectedVersion()),
                RequestAudit.of(http, request.reason()));
        return new CommandResult(gridCode, version);
    }

    @Operation(summary = "Redraw a grid's micro-grids: split, merge or reshape them without gaps or overlaps")
    @Allowed(Role.GRID_COORDINATOR)
    @PutMapping("/{gridCode}/micro-grids")
    CommandResult redrawMicroGrids(@PathVariable String gridCode, @Valid @RequestBody MicroGridsRequest request,
                                   HttpServletRequest http) {
        Long version = commands.send(new RedrawMicroGridsCommand(gridCode, microGrids(request.microGrids()),
                request.expectedVersion()), RequestAudit.of(http, request.reason()));
        return new CommandResult(gridCode, version);
    }

    /** Reads every micro-grid's boundary and reports all faulty ones together. */
    private static List<MicroGrid> microGrids(List<MicroGridRequest> requested) {
        List<MicroGrid> microGrids = new ArrayList<>();
        List<GeometryProblem> problems = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            MicroGridRequest m = requested.get(i);
            try {
                microGrids.add(new MicroGrid(m.microGridCode(), m.name(),
                        Requests.polygonWkt(m.boundary(), "microGrids[" + i + "].boundary"), m.helpers()));
            } catch (InvalidGeometryException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidGeometryException(problems);
        }
        return microGrids;
    }
}
