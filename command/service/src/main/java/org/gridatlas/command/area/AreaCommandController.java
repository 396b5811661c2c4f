package org.gridatlas.command.area;

import static org.gridatlas.command.system.Requests.REQUIRED;

import java.net.URI;

import org.gridatlas.command.access.Allowed;
import org.gridatlas.command.access.Role;
import org.gridatlas.command.system.AuditedCommands;
import org.gridatlas.command.system.CommandResult;
import org.gridatlas.command.system.RequestAudit;
import org.gridatlas.command.system.Requests;
import org.gridatlas.messages.area.AddCommunityCommand;
import org.gridatlas.messages.area.AddSubDistrictCommand;
import org.gridatlas.messages.area.DrawAreaBoundaryCommand;
import org.gridatlas.messages.area.RegisterDistrictCommand;
import org.gridatlas.messages.area.RenameAreaCommand;
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
import tools.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/districts")
@Tag(name = "Districts, sub-districts and communities (区、街道、社区)")
class AreaCommandController {

    private final AuditedCommands commands;

    AreaCommandController(AuditedCommands commands) {
        this.commands = commands;
    }

    record RegisterDistrictRequest(
            @Schema(example = "140105", description = "GB/T 2260 county-level code") @NotBlank(message = REQUIRED) String districtCode,
            @Schema(example = "小店区") @NotBlank(message = REQUIRED) String name,
            @Size(max = 500) String reason) {
    }

    record AddSubDistrictRequest(
            @Schema(example = "140105001", description = "district code + 3 digits") @NotBlank(message = REQUIRED) String subDistrictCode,
            @Schema(example = "坞城街道") @NotBlank(message = REQUIRED) String name,
            @Size(max = 500) String reason) {
    }

    record AddCommunityRequest(
            @Schema(example = "140105001001", description = "sub-district code + 3 digits") @NotBlank(message = REQUIRED) String communityCode,
            @Schema(example = "长风社区") @NotBlank(message = REQUIRED) String name,
            @Size(max = 500) String reason) {
    }

    record RenameRequest(
            @NotBlank(message = REQUIRED) String name,
            @NotBlank(message = REQUIRED) @Size(max = 500) String reason,
            Long expectedVersion) {
    }

    record DrawBoundaryRequest(
            @Schema(description = "GeoJSON Polygon or MultiPolygon in EPSG:4326") @NotNull(message = REQUIRED) JsonNode boundary,
            @Schema(description = "required when the area has a drawn boundary already") @Size(max = 500) String reason,
            Long expectedVersion) {
    }

    @Operation(summary = "Draw or redraw the boundary of a sub-district or a community",
            description = "A community's boundary lies within its sub-district's, and a sub-district's holds its "
                    + "communities' drawn ones, up to a sliver of 5 m². Where an area has no drawn boundary, the "
                    + "area layer (GET /api/areas) shows the union of its grids, marked derived.")
    @Allowed(Role.ADMINISTRATOR)
    @PutMapping("/{districtCode}/areas/{areaCode}/boundary")
    CommandResult drawBoundary(@PathVariable String districtCode, @PathVariable String areaCode,
                               @Valid @RequestBody DrawBoundaryRequest request, HttpServletRequest http) {
        String boundary = Requests.polygonalWkt(request.boundary(), "boundary");
        Long version = commands.send(new DrawAreaBoundaryCommand(districtCode, areaCode, boundary, request.expectedVersion()),
                RequestAudit.of(http, request.reason()));
        return new CommandResult(areaCode, version);
    }

    @Operation(summary = "Register a district under its GB/T 2260 code")
    @Allowed(Role.ADMINISTRATOR)
    @PostMapping
    ResponseEntity<CommandResult> register(@Valid @RequestBody RegisterDistrictRequest request, HttpServletRequest http) {
        commands.send(new RegisterDistrictCommand(request.districtCode(), request.name()), RequestAudit.of(http, request.reason()));
        return created(request.districtCode(), "/api/districts/" + request.districtCode());
    }

    @Operation(summary = "Add a sub-district (街道) to a district")
    @Allowed(Role.ADMINISTRATOR)
    @PostMapping("/{districtCode}/sub-districts")
    ResponseEntity<CommandResult> addSubDistrict(@PathVariable String districtCode,
                                                 @Valid @RequestBody AddSubDistrictRequest request, HttpServletRequest http) {
        Long version = commands.send(new AddSubDistrictCommand(districtCode, request.subDistrictCode(), request.name()),
                RequestAudit.of(http, request.reason()));
        return ResponseEntity.created(URI.create("/api/districts/" + districtCode))
                .body(new CommandResult(request.subDistrictCode(), version));
    }

    @Operation(summary = "Add a community (社区) to one of the district's sub-districts")
    @Allowed(Role.ADMINISTRATOR)
    @PostMapping("/{districtCode}/communities")
    ResponseEntity<CommandResult> addCommunity(@PathVariable String districtCode,
                                               @Valid @RequestBody AddCommunityRequest request, HttpServletRequest http) {
        Long version = commands.send(new AddCommunityCommand(districtCode, request.communityCode(), request.name()),
                RequestAudit.of(http, request.reason()));
        return ResponseEntity.created(URI.create("/api/districts/" + districtCode))
                .body(new CommandResult(request.communityCode(), version));
    }

    @Operation(summary = "Rename the district, a sub-district or a community")
    @Allowed(Role.ADMINISTRATOR)
    @PutMapping("/{districtCode}/areas/{areaCode}/name")
    CommandResult rename(@PathVariable String districtCode, @PathVariable String areaCode,
                         @Valid @RequestBody RenameRequest request, HttpServletRequest http) {
        Long version = commands.send(new RenameAreaCommand(districtCode, areaCode, request.name(), request.expectedVersion()),
                RequestAudit.of(http, request.reason()));
        return new CommandResult(areaCode, version);
    }

    private static ResponseEntity<CommandResult> created(String id, String location) {
        return ResponseEntity.created(URI.create(location)).body(new CommandResult(id, 0L));
    }
}
