package org.gridatlas.command.campaign;

import static org.gridatlas.command.system.Requests.ID_MESSAGE;
import static org.gridatlas.command.system.Requests.ID_PATTERN;
import static org.gridatlas.command.system.Requests.REQUIRED;

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
import org.gridatlas.messages.campaign.CloseCampaignCommand;
import org.gridatlas.messages.campaign.LaunchCampaignCommand;
import org.gridatlas.messages.campaign.Milestone;
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
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/campaigns")
@Tag(name = "Clearance campaigns (无物业小区清零)")
class CampaignCommandController {

    private final AuditedCommands commands;

    CampaignCommandController(AuditedCommands commands) {
        this.commands = commands;
    }

    record MilestoneRequest(
            @NotNull(message = REQUIRED) @PlausibleDate LocalDate due,
            @Schema(description = "at most this many compounds still unmanaged by the due date")
            @NotNull(message = REQUIRED) @PositiveOrZero Integer maxUnmanaged,
            @Schema(example = "年中过半") String label) {
    }

    record LaunchRequest(
            @Schema(description = "optional: an identifier the client chooses, so a retry cannot launch twice")
            @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE) String campaignId,
            @Schema(example = "140105") @NotBlank(message = REQUIRED) String districtCode,
            @Schema(description = "optional: the sub-district or community the campaign is for; none means the whole district",
                    example = "140105001") String areaCode,
            @Schema(example = "小店区无物业小区清零行动") @NotBlank(message = REQUIRED) String name,
            @NotNull(message = REQUIRED) @PlausibleDate LocalDate targetDate,
            List<@NotNull(message = REQUIRED) @Valid MilestoneRequest> milestones,
            @Size(max = 500) String reason) {
    }

    record CloseRequest(@NotBlank(message = REQUIRED) @Size(max = 500) String reason, Long expectedVersion) {
    }

    @Operation(summary = "Launch a clearance campaign for a district, a sub-district or a community",
            description = "The baseline is every compound of the area unmanaged at this moment. Each area has at most "
                    + "one open campaign; a sub-district may run its own while the district runs the district's.")
    @Allowed(Role.CAMPAIGN_OFFICER)
    @PostMapping
    ResponseEntity<CommandResult> launch(@Valid @RequestBody LaunchRequest request, HttpServletRequest http) {
        String id = Requests.idOrNew(request.campaignId());
        List<Milestone> milestones = request.milestones() == null ? List.of() : request.milestones().stream()
                .map(m -> new Milestone(m.due(), m.maxUnmanaged(), m.label()))
                .toList();
        commands.send(new LaunchCampaignCommand(id, request.districtCode(), request.areaCode(), request.name(),
                        request.targetDate(), milestones),
                RequestAudit.of(http, request.reason()));
        return ResponseEntity.created(URI.create("/api/campaigns/" + id)).body(new CommandResult(id, 0L));
    }

    @Operation(summary = "Close a campaign once no compound of its area is unmanaged")
    @Allowed(Role.CAMPAIGN_OFFICER)
    @PostMapping("/{campaignId}/closure")
    CommandResult close(@PathVariable String campaignId, @Valid @RequestBody CloseRequest request, HttpServletRequest http) {
        Long version = commands.send(new CloseCampaignCommand(campaignId, request.expectedVersion()),
                RequestAudit.of(http, request.reason()));
        return new CommandResult(campaignId, version);
    }
}
