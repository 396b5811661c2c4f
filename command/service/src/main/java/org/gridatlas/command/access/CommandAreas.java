package org.gridatlas.command.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.gridatlas.command.directory.Directory;
import org.gridatlas.messages.area.AddCommunityCommand;
import org.gridatlas.messages.area.AddSubDistrictCommand;
import org.gridatlas.messages.area.DrawAreaBoundaryCommand;
import org.gridatlas.messages.area.RegisterDistrictCommand;
import org.gridatlas.messages.area.RenameAreaCommand;
import org.gridatlas.messages.body.AppointBodyMemberCommand;
import org.gridatlas.messages.body.ChangeServedCompoundsCommand;
import org.gridatlas.messages.body.DissolveBodyCommand;
import org.gridatlas.messages.body.EndBodyMembershipCommand;
import org.gridatlas.messages.body.EndCrossAppointmentCommand;
import org.gridatlas.messages.body.EvaluatePropertyCompanyCommand;
import org.gridatlas.messages.body.FoundBodyCommand;
import org.gridatlas.messages.body.RecordCrossAppointmentCommand;
import org.gridatlas.messages.campaign.CloseCampaignCommand;
import org.gridatlas.messages.campaign.LaunchCampaignCommand;
import org.gridatlas.messages.clearance.AssignClearanceStrategyCommand;
import org.gridatlas.messages.complaint.CorrectComplaintsCommand;
import org.gridatlas.messages.complaint.RecordComplaintsCommand;
import org.gridatlas.messages.compound.AssignCompoundToGridsCommand;
import org.gridatlas.messages.compound.ChangeCompoundAttributesCommand;
import org.gridatlas.messages.compound.ChangeManagementCommand;
import org.gridatlas.messages.compound.CorrectCompoundBoundaryCommand;
import org.gridatlas.messages.compound.RegisterCompoundCommand;
import org.gridatlas.messages.governance.AppointCommitteeMemberCommand;
import org.gridatlas.messages.governance.DissolveOwnersCommitteeCommand;
import org.gridatlas.messages.governance.DissolvePropertyManagementCommitteeCommand;
import org.gridatlas.messages.governance.EndCommitteeMembershipCommand;
import org.gridatlas.messages.governance.FormOwnersCommitteeCommand;
import org.gridatlas.messages.governance.FormPropertyManagementCommitteeCommand;
import org.gridatlas.messages.governance.NameCompoundLeadersCommand;
import org.gridatlas.messages.governance.RecordCompoundLeadersCommand;
import org.gridatlas.messages.grid.AssignGridWorkersCommand;
import org.gridatlas.messages.grid.AssignMicroGridPeopleCommand;
import org.gridatlas.messages.grid.DrawGridCommand;
import org.gridatlas.messages.grid.MergeMicroGridsCommand;
import org.gridatlas.messages.grid.MoveSharedEdgeCommand;
import org.gridatlas.messages.grid.RedrawGridBoundaryCommand;
import org.gridatlas.messages.grid.RedrawMicroGridsCommand;
import org.gridatlas.messages.grid.RetireMicroGridCommand;
import org.gridatlas.messages.grid.SplitMicroGridCommand;
import org.gridatlas.messages.meeting.ChangeMeetingProblemsCommand;
import org.gridatlas.messages.meeting.RecordMeetingCommand;
import org.gridatlas.messages.party.ChangePartyCoverageCommand;
import org.gridatlas.messages.party.ChangePartyMembershipCommand;
import org.gridatlas.messages.party.DissolvePartyOrganisationCommand;
import org.gridatlas.messages.party.FoundPartyOrganisationCommand;
import org.gridatlas.messages.problem.ReopenProblemCommand;
import org.gridatlas.messages.problem.ReportProblemCommand;
import org.gridatlas.messages.problem.ResolveProblemCommand;
import org.springframework.stereotype.Component;

/**
 * The areas each command touches, so that a grant's jurisdiction can be
 * checked before the command is sent. Every area must lie inside a grant of
 * the roles the endpoint admitted. A command about a record the directory does
 * not know touches no area: the aggregate then answers that it does not exist.
 */
@Component
public class CommandAreas {

    private final Map<Class<?>, Function<Object, Collection<String>>> areas = new HashMap<>();
    private final Directory directory;

    CommandAreas(Directory directory) {
        this.directory = directory;
        on(RegisterDistrictCommand.class, c -> List.of(c.districtCode()));
        on(AddSubDistrictCommand.class, c -> List.of(c.subDistrictCode()));
        on(AddCommunityCommand.class, c -> List.of(c.communityCode()));
        on(RenameAreaCommand.class, c -> List.of(c.areaCode()));
        on(DrawAreaBoundaryCommand.class, c -> List.of(c.areaCode()));

        on(DrawGridCommand.class, c -> List.of(c.communityCode(), c.gridCode()));
        on(RedrawGridBoundaryCommand.class, c -> List.of(c.gridCode()));
        on(AssignGridWorkersCommand.class, c -> List.of(c.gridCode()));
        on(RedrawMicroGridsCommand.class, c -> List.of(c.gridCode()));
        on(SplitMicroGridCommand.class, c -> List.of(c.gridCode()));
        on(MergeMicroGridsCommand.class, c -> List.of(c.gridCode()));
        on(MoveSharedEdgeCommand.class, c -> List.of(c.gridCode()));
        on(RetireMicroGridCommand.class, c -> List.of(c.gridCode()));
        on(AssignMicroGridPeopleCommand.class, c -> List.of(c.gridCode()));

        on(RegisterCompoundCommand.class, c -> List.of(c.communityCode()));
        on(CorrectCompoundBoundaryCommand.class, c -> compound(c.compoundId()));
        on(ChangeCompoundAttributesCommand.class, c -> compound(c.compoundId()));
        on(AssignCompoundToGridsCommand.class, c -> compound(c.compoundId()));
        on(ChangeManagementCommand.class, c -> compound(c.compoundId()));
        on(AssignClearanceStrategyCommand.class, c -> compound(c.compoundId()));
        on(FormOwnersCommitteeCommand.class, c -> compound(c.compoundId()));
        on(DissolveOwnersCommitteeCommand.class, c -> compound(c.compoundId()));
        on(FormPropertyManagementCommitteeCommand.class, c -> compound(c.compoundId()));
        on(DissolvePropertyManagementCommitteeCommand.class, c -> compound(c.compoundId()));
        on(RecordCompoundLeadersCommand.class, c -> compound(c.compoundId()));
        on(NameCompoundLeadersCommand.class, c -> compound(c.compoundId()));

        on(FoundPartyOrganisationCommand.class, c -> {
            List<String> touched = new ArrayList<>(coverage(null, c.compoundIds(), c.gridCodes()));
            if (c.bodyId() != null) {
                touched.addAll(body(c.bodyId()));
            }
            return touched.isEmpty() ? Collections.singletonList(c.districtCode()) : touched;
        });
        on(ChangePartyCoverageCommand.class, c -> {
            List<String> touched = new ArrayList<>(directory.partyOrganisationAreas(c.organisationId()));
            touched.addAll(coverage(null, c.compoundIds(), c.gridCodes()));
            return touched;
        });
        on(ChangePartyMembershipCommand.class, c -> directory.partyOrganisationAreas(c.organisationId()));
        on(DissolvePartyOrganisationCommand.class, c -> directory.partyOrganisationAreas(c.organisationId()));

        // A body's compounds lie in its area, so the area is all a change to it touches.
        on(FoundBodyCommand.class, c -> Collections.singletonList(c.areaCode()));
        on(ChangeServedCompoundsCommand.class, c -> body(c.bodyId()));
        on(AppointBodyMemberCommand.class, c -> body(c.bodyId()));
        on(EndBodyMembershipCommand.class, c -> body(c.bodyId()));
        on(DissolveBodyCommand.class, c -> body(c.bodyId()));
        on(EvaluatePropertyCompanyCommand.class, c -> body(c.bodyId()));
        on(AppointCommitteeMemberCommand.class, c -> compound(c.compoundId()));
        on(EndCommitteeMembershipCommand.class, c -> compound(c.compoundId()));
        // A cross appointment touches the body and the party organisation it links.
        on(RecordCrossAppointmentCommand.class, c -> {
            List<String> touched = new ArrayList<>(body(c.bodyId()));
            touched.addAll(directory.partyOrganisationAreas(c.organisationId()));
            return touched;
        });
        on(EndCrossAppointmentCommand.class, c -> directory.crossAppointment(c.appointmentId()).map(link -> {
            List<String> touched = new ArrayList<>(body(link.bodyId()));
            touched.addAll(directory.partyOrganisationAreas(link.organisationId()));
            return (Collection<String>) touched;
        }).orElse(List.of()));

        // A campaign touches its own area: a sub-district's officer runs the sub-district's, not the district's.
        on(LaunchCampaignCommand.class, c -> Collections.singletonList(c.area()));
        on(CloseCampaignCommand.class, c -> directory.campaignArea(c.campaignId()).stream().toList());
        // A problem touches the community it lies in: the one its compound or grid, named or found from the point, is in.
        on(ReportProblemCommand.class, c -> {
            String community = directory.locate(c.districtCode(), c.locationWkt(), c.compoundId(), c.gridCode()).communityCode();
            return List.of(community != null ? community : c.districtCode());
        });
        on(ResolveProblemCommand.class, c -> problem(c.problemId()));
        on(ReopenProblemCommand.class, c -> problem(c.problemId()));
        on(RecordMeetingCommand.class, c -> List.of(c.communityCode()));
        on(ChangeMeetingProblemsCommand.class, c -> directory.meeting(c.meetingId())
                .map(Directory.MeetingEntry::communityCode).stream().toList());
        on(RecordComplaintsCommand.class, c -> List.of(c.areaCode()));
        on(CorrectComplaintsCommand.class, c -> directory.complaintFigureArea(c.figureId()).stream().toList());
    }

    private Collection<String> problem(String problemId) {
        return directory.problem(problemId).map(Directory.ProblemEntry::communityCode).stream().toList();
    }

    private <C> void on(Class<C> type, Function<C, Collection<String>> touched) {
        areas.put(type, command -> touched.apply(type.cast(command)));
    }

    /** Whether this class knows the command; a command it does not know is refused to everyone. */
    public boolean knows(Class<?> commandType) {
        return areas.containsKey(commandType);
    }

    /** Throws {@link AccessRefused} unless every area the command touches lies within the actor's grants. */
    public void check(Object command, Actor actor) {
        if (actor.internal()) {
            return;
        }
        Function<Object, Collection<String>> touched = areas.get(command.getClass());
        if (touched == null) {
            throw new AccessRefused("nobody may send " + command.getClass().getSimpleName());
        }
        for (String area : touched.apply(command)) {
            if (area != null && !actor.covers(area)) {
                throw new AccessRefused("your grants " + actor.grants() + " do not cover area " + area);
            }
        }
    }

    private Collection<String> body(String bodyId) {
        return bodyId == null ? List.of() : directory.bodyArea(bodyId).stream().toList();
    }

    private Collection<String> compound(String compoundId) {
        return directory.compoundCommunity(compoundId).stream().toList();
    }

    /** The communities of the compounds covered and the grids covered; the district when nothing is covered. */
    private Collection<String> coverage(String districtCode, List<String> compoundIds, List<String> gridCodes) {
        List<String> touched = new ArrayList<>();
        if (compoundIds != null) {
            touched.addAll(directory.compoundCommunities(compoundIds));
        }
        if (gridCodes != null) {
            touched.addAll(gridCodes);
        }
        if (touched.isEmpty() && districtCode != null) {
            touched.add(districtCode);
        }
        return touched;
    }
}
