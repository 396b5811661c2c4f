package org.gridatlas.command.grid;

import static org.gridatlas.command.system.Requests.REQUIRED;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gridatlas.command.access.Allowed;
import org.gridatlas.command.access.Role;
import org.gridatlas.command.system.AuditedCommands;
import org.gridatlas.command.system.CommandResult;
import org.gridatlas.command.system.RequestAudit;
import org.gridatlas.command.system.Requests;
import org.gridatlas.geodata.geometry.GeometryProblem;
import org.gridatlas.geodata.geojson.GeoJsonGeometryWriter;
import org.gridatlas.geodata.geometry.InvalidGeometryException;
import org.gridatlas.geodata.geometry.Wgs84;
import org.gridatlas.messages.grid.AssignGridWorkersCommand;
import org.gridatlas.messages.grid.AssignMicroGridPeopleCommand;
import org.gridatlas.messages.grid.DrawGridCommand;
import org.gridatlas.messages.grid.Leader;
import org.gridatlas.messages.grid.MergeMicroGridsCommand;
import org.gridatlas.messages.grid.MicroGrid;
import org.gridatlas.messages.grid.MicroGridEdit;
import org.gridatlas.messages.grid.MoveSharedEdgeCommand;
import org.gridatlas.messages.grid.NewMicroGrid;
import org.gridatlas.messages.grid.RedrawGridBoundaryCommand;
import org.gridatlas.messages.grid.RedrawMicroGridsCommand;
import org.gridatlas.messages.grid.RetireMicroGridCommand;
import org.gridatlas.messages.grid.SplitMicroGridCommand;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonRawValue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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

    record NewMicroGridRequest(
            @Schema(example = "14010500100100103", description = "grid code + 2 digits the grid never used") @NotBlank(message = REQUIRED) String microGridCode,
            @NotBlank(message = REQUIRED) String name,
            @Schema(description = "grid helpers (网格辅助员) by name") List<String> helpers) {

        NewMicroGrid toMessage() {
            return new NewMicroGrid(microGridCode, name, helpers);
        }
    }

    record SplitRequest(
            @Schema(description = "GeoJSON LineString in EPSG:4326 crossing the micro-grid from edge to edge") @NotNull(message = REQUIRED) JsonNode line,
            @Schema(description = "one new micro-grid per part, west to east (south to north for an east–west cut)")
            @NotNull(message = REQUIRED) List<@NotNull(message = REQUIRED) @Valid NewMicroGridRequest> parts,
            @Schema(description = "required unless dryRun") @Size(max = 500) String reason,
            Long expectedVersion) {
    }

    record MergeRequest(
            @Schema(description = "two or more micro-grids that share edges") @NotNull(message = REQUIRED) List<@NotBlank(message = REQUIRED) String> microGridCodes,
            @NotNull(message = REQUIRED) @Valid NewMicroGridRequest merged,
            @Schema(description = "required unless dryRun") @Size(max = 500) String reason,
            Long expectedVersion) {
    }

    record SharedEdgeRequest(
            @Schema(description = "GeoJSON LineString from one end of the shared boundary to the other") @NotNull(message = REQUIRED) JsonNode edge,
            @Schema(description = "required unless dryRun") @Size(max = 500) String reason,
            Long expectedVersion) {
    }

    record RetireRequest(
            @Schema(example = "14010500100100102", description = "the neighbour that takes the area") @NotBlank(message = REQUIRED) String neighbourCode,
            @Schema(description = "required unless dryRun") @Size(max = 500) String reason,
            Long expectedVersion) {
    }

    record LeaderRequest(
            @Schema(example = "王五") @NotBlank(message = REQUIRED) String name,
            @Schema(example = "13800000000") @Size(max = 20) String phone,
            @Schema(example = "3号楼") @Size(max = 100) String building) {

        Leader toMessage() {
            return new Leader(name, phone, building);
        }
    }

    record PeopleRequest(
            @Schema(description = "grid helpers (网格辅助员) by name") List<String> helpers,
            @Schema(description = "building leaders (楼栋长)") List<@NotNull(message = REQUIRED) @Valid LeaderRequest> buildingLeaders,
            @Schema(description = "unit leaders (单元长)") List<@NotNull(message = REQUIRED) @Valid LeaderRequest> unitLeaders,
            @NotBlank(message = REQUIRED) @Size(max = 500) String reason,
            Long expectedVersion) {
    }

    /** What an edit would do, answered to a dry run: nothing was stored. */
    record DryRunResult(boolean dryRun, List<String> before, List<String> after, FeatureCollection microGrids) {
    }

    /** The micro-grids an edit changes, as GeoJSON, so that a page can draw them before submitting. */
    record FeatureCollection(String type, List<Feature> features) {
    }

    record Feature(String type, String id, @JsonRawValue String geometry, Map<String, Object> properties) {
    }

    private static final String DRY_RUN = "check every rule and answer with the outcome, storing nothing";

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

    @Operation(summary = "Split a micro-grid along a line drawn across it into two or more new micro-grids")
    @Allowed(Role.GRID_COORDINATOR)
    @ApiResponse(responseCode = "200", description = "the new version, or on a dry run what would change",
            content = @Content(schema = @Schema(oneOf = {CommandResult.class, DryRunResult.class})))
    @PostMapping("/{gridCode}/micro-grids/{microGridCode}/split")
    Object split(@PathVariable String gridCode, @PathVariable String microGridCode,
                 @Parameter(description = DRY_RUN) @RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun,
                 @Valid @RequestBody SplitRequest request, HttpServletRequest http) {
        String line = Requests.lineStringWkt(request.line(), "line");
        List<NewMicroGrid> parts = request.parts().stream().map(NewMicroGridRequest::toMessage).toList();
        return answer(gridCode, dryRun, commands.send(new SplitMicroGridCommand(gridCode, microGridCode, line, parts,
                request.expectedVersion(), dryRun), RequestAudit.of(http, request.reason())));
    }

    @Operation(summary = "Merge two or more micro-grids that share edges into one new micro-grid")
    @Allowed(Role.GRID_COORDINATOR)
    @ApiResponse(responseCode = "200", description = "the new version, or on a dry run what would change",
            content = @Content(schema = @Schema(oneOf = {CommandResult.class, DryRunResult.class})))
    @PostMapping("/{gridCode}/micro-grids/merge")
    Object merge(@PathVariable String gridCode,
                 @Parameter(description = DRY_RUN) @RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun,
                 @Valid @RequestBody MergeRequest request, HttpServletRequest http) {
        return answer(gridCode, dryRun, commands.send(new MergeMicroGridsCommand(gridCode, request.microGridCodes(),
                request.merged().toMessage(), request.expectedVersion(), dryRun), RequestAudit.of(http, request.reason())));
    }

    @Operation(summary = "Move the edge two neighbouring micro-grids share; both change together")
    @Allowed(Role.GRID_COORDINATOR)
    @ApiResponse(responseCode = "200", description = "the new version, or on a dry run what would change",
            content = @Content(schema = @Schema(oneOf = {CommandResult.class, DryRunResult.class})))
    @PutMapping("/{gridCode}/micro-grids/{microGridCode}/shared-edges/{neighbourCode}")
    Object moveSharedEdge(@PathVariable String gridCode, @PathVariable String microGridCode,
                          @PathVariable String neighbourCode,
                          @Parameter(description = DRY_RUN) @RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun,
                          @Valid @RequestBody SharedEdgeRequest request, HttpServletRequest http) {
        String edge = Requests.lineStringWkt(request.edge(), "edge");
        return answer(gridCode, dryRun, commands.send(new MoveSharedEdgeCommand(gridCode, microGridCode, neighbourCode,
                edge, request.expectedVersion(), dryRun), RequestAudit.of(http, request.reason())));
    }

    @Operation(summary = "Retire a micro-grid; the neighbour it shares an edge with takes its area")
    @Allowed(Role.GRID_COORDINATOR)
    @ApiResponse(responseCode = "200", description = "the new version, or on a dry run what would change",
            content = @Content(schema = @Schema(oneOf = {CommandResult.class, DryRunResult.class})))
    @PostMapping("/{gridCode}/micro-grids/{microGridCode}/retire")
    Object retire(@PathVariable String gridCode, @PathVariable String microGridCode,
                  @Parameter(description = DRY_RUN) @RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun,
                  @Valid @RequestBody RetireRequest request, HttpServletRequest http) {
        return answer(gridCode, dryRun, commands.send(new RetireMicroGridCommand(gridCode, microGridCode,
                request.neighbourCode(), request.expectedVersion(), dryRun), RequestAudit.of(http, request.reason())));
    }

    @Operation(summary = "Name a micro-grid's grid helpers (网格辅助员), building leaders (楼栋长) and unit leaders (单元长)")
    @Allowed(Role.GRID_COORDINATOR)
    @PutMapping("/{gridCode}/micro-grids/{microGridCode}/people")
    CommandResult assignPeople(@PathVariable String gridCode, @PathVariable String microGridCode,
                               @Valid @RequestBody PeopleRequest request, HttpServletRequest http) {
        Long version = commands.send(new AssignMicroGridPeopleCommand(gridCode, microGridCode,
                request.helpers() == null ? List.of() : request.helpers(), leaders(request.buildingLeaders()),
                leaders(request.unitLeaders()), request.expectedVersion()), RequestAudit.of(http, request.reason()));
        return new CommandResult(gridCode, version);
    }

    private static List<Leader> leaders(List<LeaderRequest> requested) {
        return requested == null ? List.of() : requested.stream().map(LeaderRequest::toMessage).toList();
    }

    /** The new version of a real edit, or on a dry run the event it would have stored, with the micro-grids as GeoJSON. */
    private static Object answer(String gridCode, boolean dryRun, Object outcome) {
        if (!dryRun) {
            return new CommandResult(gridCode, (Long) outcome);
        }
        MicroGridEdit edit = (MicroGridEdit) outcome;
        List<Feature> features = edit.changed().stream().map(m -> {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("microGridCode", m.microGridCode());
            properties.put("name", m.name());
            properties.put("helpers", m.helpers());
            return new Feature("Feature", m.microGridCode(),
                    GeoJsonGeometryWriter.write(Wgs84.polygonFromWkt(m.boundaryWkt(), "boundary")), properties);
        }).toList();
        return new DryRunResult(true, edit.before(), edit.after(), new FeatureCollection("FeatureCollection", features));
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
