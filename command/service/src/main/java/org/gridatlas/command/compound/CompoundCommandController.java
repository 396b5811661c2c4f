package org.gridatlas.command.compound;

import static org.gridatlas.command.system.Requests.DIGITS;
import static org.gridatlas.command.system.Requests.ID_MESSAGE;
import static org.gridatlas.command.system.Requests.ID_PATTERN;
import static org.gridatlas.command.system.Requests.REQUIRED;

import java.math.BigDecimal;
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
import org.gridatlas.messages.compound.AssignCompoundToGridsCommand;
import org.gridatlas.messages.compound.ChangeCompoundAttributesCommand;
import org.gridatlas.messages.compound.ChangeManagementCommand;
import org.gridatlas.messages.compound.CompoundAttributes;
import org.gridatlas.messages.compound.CompoundCategory;
import org.gridatlas.messages.compound.CorrectCompoundBoundaryCommand;
import org.gridatlas.messages.compound.FeeStance;
import org.gridatlas.messages.compound.Management;
import org.gridatlas.messages.compound.ManagementMode;
import org.gridatlas.messages.compound.RegisterCompoundCommand;
import org.springframework.http.MediaType;
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
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/compounds")
@Tag(name = "Compounds (小区)", description = "Register compounds and change their records")
class CompoundCommandController {

    private final AuditedCommands commands;

    CompoundCommandController(AuditedCommands commands) {
        this.commands = commands;
    }

    record ManagementRequest(
            @NotNull(message = REQUIRED) ManagementMode mode,
            @Schema(description = "the company, or the body that serves the compound; none when unmanaged", example = "晋阳红色物业服务有限公司")
            String provider,
            @Schema(description = "since when the compound is managed so (Asia/Shanghai date)", example = "2026-03-01") @PlausibleDate LocalDate since,
            @Schema(description = "none when unmanaged") FeeStance feeStance) {

        Management toManagement() {
            return new Management(mode, provider, since, feeStance);
        }
    }

    record RegisterCompoundRequest(
            @Schema(description = "optional: an identifier the client chooses, so a retry cannot register twice")
            @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE) String compoundId,
            @Schema(example = "140105001001") @NotBlank(message = REQUIRED) String communityCode,
            @Schema(example = "锦绣苑") @NotBlank(message = REQUIRED) String name,
            @Schema(example = "长风街12号") String address,
            @NotNull(message = REQUIRED) Integer households,
            @NotNull(message = REQUIRED) Integer buildings,
            @NotNull(message = REQUIRED) Integer units,
            @Schema(description = "gross floor area in m²", example = "18500") @NotNull(message = REQUIRED) @Digits(integer = 8, fraction = 2, message = DIGITS) BigDecimal floorArea,
            @NotNull(message = REQUIRED) Integer yearBuilt,
            @NotNull(message = REQUIRED) CompoundCategory category,
            @Schema(description = "GeoJSON Polygon in EPSG:4326, longitude first", example = """
                    {"type":"Polygon","coordinates":[[[112.55,37.75],[112.552,37.75],[112.552,37.752],[112.55,37.752],[112.55,37.75]]]}""")
            @NotNull(message = REQUIRED) JsonNode boundary,
            @NotNull(message = REQUIRED) @Valid ManagementRequest management,
            @Schema(description = "grids the compound lies in; may be empty at first") List<String> gridCodes,
            @Schema(description = "why the compound is registered now, kept with the event") @Size(max = 500) String reason) {
    }

    record AttributesRequest(
            @NotBlank(message = REQUIRED) String name,
            String address,
            @NotNull(message = REQUIRED) Integer households,
            @NotNull(message = REQUIRED) Integer buildings,
            @NotNull(message = REQUIRED) Integer units,
            @NotNull(message = REQUIRED) @Digits(integer = 8, fraction = 2, message = DIGITS) BigDecimal floorArea,
            @NotNull(message = REQUIRED) Integer yearBuilt,
            @NotNull(message = REQUIRED) CompoundCategory category,
            @NotBlank(message = REQUIRED) @Size(max = 500) String reason,
            Long expectedVersion) {
    }

    record BoundaryRequest(
            @NotNull(message = REQUIRED) JsonNode boundary,
            @NotBlank(message = REQUIRED) @Size(max = 500) String reason,
            Long expectedVersion) {
    }

    record GridsRequest(
            @NotNull(message = REQUIRED) List<String> gridCodes,
            @NotBlank(message = REQUIRED) @Size(max = 500) String reason,
            Long expectedVersion) {
    }

    record ChangeManagementRequest(
            @NotNull(message = REQUIRED) @Valid ManagementRequest management,
            @NotBlank(message = REQUIRED) @Size(max = 500) String reason,
            Long expectedVersion) {
    }

    @Operation(summary = "Register a compound with its boundary, attributes and current management")
    @Allowed(Role.CAMPAIGN_OFFICER)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandResult> register(@Valid @RequestBody RegisterCompoundRequest request, HttpServletRequest http) {
        String boundary = Requests.polygonWkt(request.boundary(), "boundary");
        String compoundId = Requests.idOrNew(request.compoundId());
        CompoundAttributes attributes = new CompoundAttributes(request.name(), request.address(), request.households(),
                request.buildings(), request.units(), request.floorArea(), request.yearBuilt(), request.category());
        commands.send(new RegisterCompoundCommand(compoundId, request.communityCode(), attributes, boundary,
                request.management().toManagement(), request.gridCodes()), RequestAudit.of(http, request.reason()));
        return ResponseEntity.created(URI.create("/api/compounds/" + compoundId)).body(new CommandResult(compoundId, 0L));
    }

    @Operation(summary = "Correct a compound's boundary")
    @Allowed(Role.CAMPAIGN_OFFICER)
    @PutMapping("/{compoundId}/boundary")
    CommandResult correctBoundary(@PathVariable String compoundId, @Valid @RequestBody BoundaryRequest request,
                                  HttpServletRequest http) {
        String boundary = Requests.polygonWkt(request.boundary(), "boundary");
        Long version = commands.send(new CorrectCompoundBoundaryCommand(compoundId, boundary, request.expectedVersion()),
                RequestAudit.of(http, request.reason()));
        return new CommandResult(compoundId, version);
    }

    @Operation(summary = "Change what the register records about a compound")
    @Allowed(Role.CAMPAIGN_OFFICER)
    @PutMapping("/{compoundId}/attributes")
    CommandResult changeAttributes(@PathVariable String compoundId, @Valid @RequestBody AttributesRequest request,
                                   HttpServletRequest http) {
        CompoundAttributes attributes = new CompoundAttributes(request.name(), request.address(), request.households(),
                request.buildings(), request.units(), request.floorArea(), request.yearBuilt(), request.category());
        Long version = commands.send(new ChangeCompoundAttributesCommand(compoundId, attributes, request.expectedVersion()),
                RequestAudit.of(http, request.reason()));
        return new CommandResult(compoundId, version);
    }

    @Operation(summary = "Set the grids a compound lies in (one compound may span several grids)")
    @Allowed(Role.CAMPAIGN_OFFICER)
    @PutMapping("/{compoundId}/grids")
    CommandResult assignGrids(@PathVariable String compoundId, @Valid @RequestBody GridsRequest request,
                              HttpServletRequest http) {
        Long version = commands.send(new AssignCompoundToGridsCommand(compoundId, request.gridCodes(), request.expectedVersion()),
                RequestAudit.of(http, request.reason()));
        return new CommandResult(compoundId, version);
    }

    @Operation(summary = "Record a new way the compound is managed",
            description = "Unmanaged to managed counts as a clearance, managed to unmanaged as a relapse.")
    @Allowed(Role.CAMPAIGN_OFFICER)
    @PutMapping("/{compoundId}/management")
    CommandResult changeManagement(@PathVariable String compoundId, @Valid @RequestBody ChangeManagementRequest request,
                                   HttpServletRequest http) {
        Long version = commands.send(new ChangeManagementCommand(compoundId, request.management().toManagement(),
                request.expectedVersion()), RequestAudit.of(http, request.reason()));
        return new CommandResult(compoundId, version);
    }
}
