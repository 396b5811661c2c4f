package org.gridatlas.command.clearance;

import static org.gridatlas.command.system.Requests.DIGITS;
import static org.gridatlas.command.system.Requests.REQUIRED;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.gridatlas.command.access.Allowed;
import org.gridatlas.command.access.Role;
import org.gridatlas.command.system.AuditedCommands;
import org.gridatlas.command.system.CommandResult;
import org.gridatlas.command.system.PlausibleDate;
import org.gridatlas.command.system.RequestAudit;
import org.gridatlas.messages.clearance.AssignClearanceStrategyCommand;
import org.gridatlas.messages.clearance.ClearanceStrategy;
import org.gridatlas.messages.clearance.Subsidy;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@Tag(name = "Clearance strategies (一区一策)")
class ClearanceCommandController {

    private final AuditedCommands commands;

    ClearanceCommandController(AuditedCommands commands) {
        this.commands = commands;
    }

    record SubsidyRequest(
            @Schema(example = "0.5") @NotNull(message = REQUIRED) @Digits(integer = 2, fraction = 2, message = DIGITS) BigDecimal yuanPerSquareMetreMonth,
            @Schema(example = "6") @NotNull(message = REQUIRED) Integer months) {
    }

    record StrategyRequest(
            @NotNull(message = REQUIRED) ClearanceStrategy strategy,
            @NotNull(message = REQUIRED) @PlausibleDate LocalDate plannedDate,
            @Schema(description = "only for SUBSIDISED_TRANSITION") @Valid SubsidyRequest subsidy,
            @NotBlank(message = REQUIRED) @Size(max = 500) String reason,
            Long expectedVersion) {
    }

    @Operation(summary = "Choose how an unmanaged compound is to be cleared, and by when",
            description = "A subsidised transition commits the district to floor area × rate × months yuan.")
    @Allowed(Role.CAMPAIGN_OFFICER)
    @PutMapping("/api/compounds/{compoundId}/clearance-strategy")
    CommandResult assign(@PathVariable String compoundId, @Valid @RequestBody StrategyRequest request,
                         HttpServletRequest http) {
        Subsidy subsidy = request.subsidy() == null ? null
                : new Subsidy(request.subsidy().yuanPerSquareMetreMonth(), request.subsidy().months());
        Long version = commands.send(new AssignClearanceStrategyCommand(compoundId, request.strategy(),
                request.plannedDate(), subsidy, request.expectedVersion()), RequestAudit.of(http, request.reason()));
        return new CommandResult(compoundId, version);
    }
}
