package org.gridatlas.command.governance;

import static org.gridatlas.command.system.Requests.REQUIRED;

import java.time.LocalDate;

import org.gridatlas.command.access.Allowed;
import org.gridatlas.command.access.Role;
import org.gridatlas.command.body.MemberRequest;
import org.gridatlas.command.system.AuditedCommands;
import org.gridatlas.command.system.CommandResult;
import org.gridatlas.command.system.PlausibleDate;
import org.gridatlas.command.system.RequestAudit;
import org.gridatlas.messages.governance.AppointCommitteeMemberCommand;
import org.gridatlas.messages.governance.Committee;
import org.gridatlas.messages.governance.EndCommitteeMembershipCommand;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The members of a compound's owners' and property management committees, kept on the compound like the committees. */
@RestController
@RequestMapping("/api/compounds/{compoundId}")
@Tag(name = "Self-governance (业委会、物管会、两长)")
class CommitteeMemberCommandController {

    private final AuditedCommands commands;

    CommitteeMemberCommandController(AuditedCommands commands) {
        this.commands = commands;
    }

    @Operation(summary = "Record that a person joined the owners' committee (业主委员会), e.g. as its chair (主任)")
    @Allowed(Role.CAMPAIGN_OFFICER)
    @PostMapping("/owners-committee/members")
    CommandResult appointToOwnersCommittee(@PathVariable String compoundId,
                                           @Valid @RequestBody MemberRequest.Appointment request, HttpServletRequest http) {
        return appoint(compoundId, Committee.OWNERS_COMMITTEE, request, http);
    }

    @Operation(summary = "Record that a member left the owners' committee")
    @Allowed(Role.CAMPAIGN_OFFICER)
    @PostMapping("/owners-committee/members/{memberId}/departure")
    CommandResult leaveOwnersCommittee(@PathVariable String compoundId, @PathVariable String memberId,
                                       @Valid @RequestBody MemberRequest.Departure request, HttpServletRequest http) {
        return depart(compoundId, Committee.OWNERS_COMMITTEE, memberId, request, http);
    }

    @Operation(summary = "Record that a person joined the property management committee (物管会)")
    @Allowed(Role.CAMPAIGN_OFFICER)
    @PostMapping("/property-management-committee/members")
    CommandResult appointToCommittee(@PathVariable String compoundId,
                                     @Valid @RequestBody MemberRequest.Appointment request, HttpServletRequest http) {
        return appoint(compoundId, Committee.PROPERTY_MANAGEMENT_COMMITTEE, request, http);
    }

    @Operation(summary = "Record that a member left the property management committee")
    @Allowed(Role.CAMPAIGN_OFFICER)
    @PostMapping("/property-management-committee/members/{memberId}/departure")
    CommandResult leaveCommittee(@PathVariable String compoundId, @PathVariable String memberId,
                                 @Valid @RequestBody MemberRequest.Departure request, HttpServletRequest http) {
        return depart(compoundId, Committee.PROPERTY_MANAGEMENT_COMMITTEE, memberId, request, http);
    }

    private CommandResult appoint(String compoundId, Committee committee, MemberRequest.Appointment request,
                                  HttpServletRequest http) {
        Long version = commands.send(new AppointCommitteeMemberCommand(compoundId, committee,
                request.member().toMember(), request.appointedOn(), request.expectedVersion()),
                RequestAudit.of(http, request.reason()));
        return new CommandResult(compoundId, version);
    }

    private CommandResult depart(String compoundId, Committee committee, String memberId, MemberRequest.Departure request,
                                 HttpServletRequest http) {
        Long version = commands.send(new EndCommitteeMembershipCommand(compoundId, committee, memberId,
                request.leftOn(), request.expectedVersion()), RequestAudit.of(http, request.reason()));
        return new CommandResult(compoundId, version);
    }
}
