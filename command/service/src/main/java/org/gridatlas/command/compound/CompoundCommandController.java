package org.gridatlas.command.compound;

import java.net.URI;
import java.util.UUID;

import org.gridatlas.command.system.AuditedCommands;
import org.gridatlas.command.system.RequestAudit;
import org.gridatlas.geodata.geojson.GeoJsonGeometryReader;
import org.gridatlas.geodata.geometry.Wgs84;
import org.gridatlas.messages.compound.RegisterCompoundCommand;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/compounds")
@Tag(name = "Compounds (小区)", description = "Register compounds and change their records")
class CompoundCommandController {

    private final AuditedCommands commands;

    CompoundCommandController(AuditedCommands commands) {
        this.commands = commands;
    }

    record Registered(String compoundId) {
    }

    @Operation(summary = "Register a compound with its boundary and current management mode")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Registered> register(@Valid @RequestBody RegisterCompoundRequest request, HttpServletRequest http) {
        String boundary = Wgs84.toWkt(GeoJsonGeometryReader.readPolygon(request.boundary(), "boundary"));
        String compoundId = UUID.randomUUID().toString();
        commands.send(new RegisterCompoundCommand(compoundId, request.name(), boundary, request.households(),
                request.managementMode()), RequestAudit.of(http, request.reason()));
        return ResponseEntity.created(URI.create("/api/compounds/" + compoundId)).body(new Registered(compoundId));
    }
}
