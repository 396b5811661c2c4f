package org.gridatlas.command.meeting;

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
import org.gridatlas.messages.meeting.ChangeMeetingProblemsCommand;
import org.gridatlas.messages.meeting.MeetingKind;
import org.gridatlas.messages.meeting.MeetingPlace;
import org.gridatlas.messages.meeting.Participant;
import org.gridatlas.messages.meeting.ParticipantKind;
import org.gridatlas.messages.meeting.RecordMeetingCommand;
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
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/meetings")
@Tag(name = "Meetings (四方联席会、议事会)")
class MeetingCommandController {

    private final AuditedCommands commands;

    MeetingCommandController(AuditedCommands commands) {
        this.commands = commands;
    }

    record PlaceRequest(
            @Schema(example = "侨岗社区党群服务中心") @NotBlank(message = REQUIRED) String name,
            @Schema(description = "optional GeoJSON Point in EPSG:4326") JsonNode location) {

        MeetingPlace toPlace() {
            return new MeetingPlace(name, location == null || location.isNull() ? null
                    : Requests.pointWkt(location, "place.location"));
        }
    }

    record ParticipantRequest(
            @NotNull(message = REQUIRED) ParticipantKind kind,
            @Schema(example = "恒安物业服务有限公司") String name,
            @Schema(description = "optional: the party organisation, checked to be of the district") String partyOrganisationId,
            @Schema(description = "optional: the compound whose committee attended, checked to be of the district") String compoundId,
            @Schema(description = "optional: an entry of the register of companies, societies and committees; not checked yet")
            String bodyId) {

        Participant toParticipant() {
            return new Participant(kind, name, partyOrganisationId, compoundId, bodyId);
        }
    }

    record RecordRequest(
            @Schema(description = "optional: an identifier the client chooses, so a retry cannot record twice")
            @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE) String meetingId,
            @Schema(example = "140121001001") @NotBlank(message = REQUIRED) String communityCode,
            @NotNull(message = REQUIRED) MeetingKind kind,
            @NotNull(message = REQUIRED) @PlausibleDate LocalDate heldOn,
            @Schema(example = "楼顶平台清理与飞线充电整治") @Size(max = 200) String subject,
            @NotNull(message = REQUIRED) @Valid PlaceRequest place,
            @NotNull(message = REQUIRED) List<@NotNull(message = REQUIRED) @Valid ParticipantRequest> participants,
            @Schema(description = "the problems discussed") List<String> problemIds,
            @Size(max = 500) String reason) {
    }

    record ProblemsRequest(
            @NotNull(message = REQUIRED) List<String> problemIds,
            @NotBlank(message = REQUIRED) @Size(max = 500) String reason,
            Long expectedVersion) {
    }

    @Operation(summary = "Record a meeting, the bodies present and the problems discussed",
            description = "A four-party meeting (四方联席会) has at least four different kinds of body present.")
    @Allowed({Role.GRID_COORDINATOR, Role.CAMPAIGN_OFFICER})
    @PostMapping
    ResponseEntity<CommandResult> record(@Valid @RequestBody RecordRequest request, HttpServletRequest http) {
        String id = Requests.idOrNew(request.meetingId());
        commands.send(new RecordMeetingCommand(id, request.communityCode(), request.kind(), request.heldOn(),
                request.subject(), request.place().toPlace(),
                request.participants().stream().map(ParticipantRequest::toParticipant).toList(),
                request.problemIds()), RequestAudit.of(http, request.reason()));
        return ResponseEntity.created(URI.create("/api/meetings/" + id)).body(new CommandResult(id, 0L));
    }

    @Operation(summary = "Correct the problems the meeting discussed")
    @Allowed({Role.GRID_COORDINATOR, Role.CAMPAIGN_OFFICER})
    @PutMapping("/{meetingId}/problems")
    CommandResult changeProblems(@PathVariable String meetingId, @Valid @RequestBody ProblemsRequest request,
                                 HttpServletRequest http) {
        Long version = commands.send(new ChangeMeetingProblemsCommand(meetingId, request.problemIds(),
                request.expectedVersion()), RequestAudit.of(http, request.reason()));
        return new CommandResult(meetingId, version);
    }
}
