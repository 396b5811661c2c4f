package org.gridatlas.command.governance;

import static org.gridatlas.command.system.Requests.REQUIRED;

import java.time.LocalDate;
import java.util.List;

import org.gridatlas.command.access.Allowed;
import org.gridatlas.command.access.Role;
import org.gridatlas.command.system.AuditedCommands;
import org.gridatlas.command.system.CommandResult;
import org.gridatlas.command.system.PlausibleDate;
import org.gridatlas.command.system.RequestAudit;
import org.gridatlas.messages.governance.DissolveOwnersCommitteeCommand;
import org.gridatlas.messages.governance.DissolvePropertyManagementCommitteeCommand;
import org.gridatlas.messages.governance.FormOwnersCommitteeCommand;
import org.gridatlas.messages.governance.FormPropertyManagementCommitteeCommand;
import org.gridatlas.messages.governance.NameCompoundLeadersCommand;
import org.gridatlas.messages.governance.RecordCompoundLeadersCommand;
import org.gridatlas.messages.grid.Leader;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/compounds/{compoundId}")
@Tag(name = "Self-governance (业委会、物管会、两长)")
class GovernanceCommandController {

    private final AuditedCommands commands;

    GovernanceCommandController(AuditedCommands commands) {
        this.commands = commands;
    }

    record FormedRequest(@NotNull(message = REQUIRED) @PlausibleDate LocalDate date,
                         @NotBlank(message = REQUIRED) @Size(max = 500) String reason, Long expectedVersion) {
    }

    record DissolvedRequest(@NotNull(message = REQUIRED) @PlausibleDate LocalDate date,
                            @NotBlank(message = REQUIRED) @Size(max = 500) String reason, Long expectedVersion) {
    }

    record LeadersRequest(@NotNull(message = REQUIRED) @PositiveOrZero Integer buildingLeaders,
                          @NotNull(message = REQUIRED) @PositiveOrZero Integer unitLeaders,
                          @NotBlank(message = REQUIRED) @Size(max = 500) String reason, Long expectedVersion) {
    }

    /** Leaders by name; the aggregate checks each name, phone and building and says which entry broke a rule. */
    record NamedLeadersRequest(@NotNull(message = REQUIRED) @Size(max = 1_000) List<Leader> buildingLeaders,
                               @NotNull(message = REQUIRED) @Size(max = 20_000) List<Leader> unitLeaders,
                               @NotBlank(message = REQUIRED) @Size(max = 500) String reason, Long expectedVersion) {
    }

    @Operation(summary = "Record that the owners elected an owners' committee (业主委员会)",
            description = "A property management committee standing in until then steps down the same day.")
    @Allowed(Role.CAMPAIGN_OFFICER)
    @PostMapping("/owners-committee")
    CommandResult formOwnersCommittee(@PathVariable String compoundId, @Valid @RequestBody FormedRequest request,
                                      HttpServletRequest http) {
        return send(compoundId, new FormOwnersCommitteeCommand(compoundId, request.date(), request.expectedVersion()),
                request.reason(), http);
    }

    @Operation(summary = "Record that the owners' committee was dissolved")
    @Allowed(Role.CAMPAIGN_OFFICER)
    @PostMapping("/owners-committee/dissolution")
    CommandResult dissolveOwnersCommittee(@PathVariable String compoundId, @Valid @RequestBody DissolvedRequest request,
                                          HttpServletRequest http) {
        return send(compoundId, new DissolveOwnersCommitteeCommand(compoundId, request.date(), request.expectedVersion()),
                request.reason(), http);
    }

    @Operation(summary = "Record a property management committee (物管会) where no owners' committee can form")
    @Allowed(Role.CAMPAIGN_OFFICER)
    @PostMapping("/property-management-committee")
    CommandResult formCommittee(@PathVariable String compoundId, @Valid @RequestBody FormedRequest request,
                                HttpServletRequest http) {
        return send(compoundId, new FormPropertyManagementCommitteeCommand(compoundId, request.date(),
                request.expectedVersion()), request.reason(), http);
    }

    @Operation(summary = "Record that the property management committee was dissolved")
    @Allowed(Role.CAMPAIGN_OFFICER)
    @PostMapping("/property-management-committee/dissolution")
    CommandResult dissolveCommittee(@PathVariable String compoundId, @Valid @RequestBody DissolvedRequest request,
                                    HttpServletRequest http) {
        return send(compoundId, new DissolvePropertyManagementCommitteeCommand(compoundId, request.date(),
                request.expectedVersion()), request.reason(), http);
    }

    @Operation(summary = "Record how many building leaders (楼栋长) and unit leaders (单元长) the compound has")
    @Allowed({Role.GRID_COORDINATOR, Role.CAMPAIGN_OFFICER})
    @PutMapping("/leaders")
    CommandResult recordLeaders(@PathVariable String compoundId, @Valid @RequestBody LeadersRequest request,
                                HttpServletRequest http) {
        return send(compoundId, new RecordCompoundLeadersCommand(compoundId, request.buildingLeaders(),
                request.unitLeaders(), request.expectedVersion()), request.reason(), http);
    }

    @Operation(summary = "Name the compound's building leaders (楼栋长) and unit leaders (单元长)",
            description = "Replaces the lists; each leader has a name, and optionally a phone and what they lead "
                    + "(e.g. 3号楼2单元). The numbers of leaders become the lists' sizes.")
    @Allowed({Role.GRID_COORDINATOR, Role.CAMPAIGN_OFFICER})
    @PutMapping("/leaders/named")
    CommandResult nameLeaders(@PathVariable String compoundId, @Valid @RequestBody NamedLeadersRequest request,
                              HttpServletRequest http) {
        return send(compoundId, new NameCompoundLeadersCommand(compoundId, request.buildingLeaders(),
                request.unitLeaders(), request.expectedVersion()), request.reason(), http);
    }

    private CommandResult send(String compoundId, Object command, String reason, HttpServletRequest http) {
        Long version = commands.send(command, RequestAudit.of(http, reason));
        return new CommandResult(compoundId, version);
    }
}
