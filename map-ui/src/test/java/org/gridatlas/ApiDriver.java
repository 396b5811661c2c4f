package org.gridatlas;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gridatlas.demo.DemoStep;
import org.gridatlas.messages.area.AddCommunityCommand;
import org.gridatlas.messages.area.AddSubDistrictCommand;
import org.gridatlas.messages.area.RegisterDistrictCommand;
import org.gridatlas.messages.body.EvaluatePropertyCompanyCommand;
import org.gridatlas.messages.body.FoundBodyCommand;
import org.gridatlas.messages.body.RecordCrossAppointmentCommand;
import org.gridatlas.messages.campaign.LaunchCampaignCommand;
import org.gridatlas.messages.clearance.AssignClearanceStrategyCommand;
import org.gridatlas.messages.compound.ChangeManagementCommand;
import org.gridatlas.messages.compound.CompoundAttributes;
import org.gridatlas.messages.compound.Management;
import org.gridatlas.messages.compound.RegisterCompoundCommand;
import org.gridatlas.messages.governance.AppointCommitteeMemberCommand;
import org.gridatlas.messages.governance.Committee;
import org.gridatlas.messages.governance.FormOwnersCommitteeCommand;
import org.gridatlas.messages.governance.FormPropertyManagementCommitteeCommand;
import org.gridatlas.messages.governance.RecordCompoundLeadersCommand;
import org.gridatlas.messages.grid.AssignGridWorkersCommand;
import org.gridatlas.messages.grid.DrawGridCommand;
import org.gridatlas.messages.grid.RedrawMicroGridsCommand;
import org.gridatlas.messages.party.FoundPartyOrganisationCommand;

/**
 * Sends a plan's steps the way an office's client would: as JSON over HTTP to
 * the public API, signed in with the role each step needs, the reason in the body.
 */
public final class ApiDriver {

    private final Api api;

    public ApiDriver(Api api) {
        this.api = api;
    }

    public void send(DemoStep step) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", step.reason());
        String path;
        boolean put = false;
        Object command = step.command();
        if (command instanceof RegisterDistrictCommand c) {
            path = "/api/districts";
            body.put("districtCode", c.districtCode());
            body.put("name", c.name());
        } else if (command instanceof AddSubDistrictCommand c) {
            path = "/api/districts/" + c.districtCode() + "/sub-districts";
            body.put("subDistrictCode", c.subDistrictCode());
            body.put("name", c.name());
        } else if (command instanceof AddCommunityCommand c) {
            path = "/api/districts/" + c.districtCode() + "/communities";
            body.put("communityCode", c.communityCode());
            body.put("name", c.name());
        } else if (command instanceof DrawGridCommand c) {
            path = "/api/grids";
            body.put("gridCode", c.gridCode());
            body.put("communityCode", c.communityCode());
            body.put("name", c.name());
            body.put("boundary", GeoJsonPolygons.fromWkt(c.boundaryWkt()));
        } else if (command instanceof AssignGridWorkersCommand c) {
            path = "/api/grids/" + c.gridCode() + "/workers";
            put = true;
            body.put("workers", c.workers());
        } else if (command instanceof RedrawMicroGridsCommand c) {
            path = "/api/grids/" + c.gridCode() + "/micro-grids";
            put = true;
            body.put("microGrids", c.microGrids().stream().map(m -> Map.of("microGridCode", m.microGridCode(),
                    "name", m.name(), "boundary", GeoJsonPolygons.fromWkt(m.boundaryWkt()), "helpers", m.helpers())).toList());
        } else if (command instanceof RegisterCompoundCommand c) {
            path = "/api/compounds";
            CompoundAttributes a = c.attributes();
            body.put("compoundId", c.compoundId());
            body.put("communityCode", c.communityCode());
            body.put("name", a.name());
            body.put("address", a.address());
            body.put("households", a.households());
            body.put("buildings", a.buildings());
            body.put("units", a.units());
            body.put("floorArea", a.floorArea());
            body.put("yearBuilt", a.yearBuilt());
            body.put("category", a.category());
            body.put("boundary", GeoJsonPolygons.fromWkt(c.boundaryWkt()));
            body.put("management", management(c.management()));
            body.put("gridCodes", c.gridCodes());
        } else if (command instanceof RecordCompoundLeadersCommand c) {
            path = "/api/compounds/" + c.compoundId() + "/leaders";
            put = true;
            body.put("buildingLeaders", c.buildingLeaders());
            body.put("unitLeaders", c.unitLeaders());
        } else if (command instanceof FormPropertyManagementCommitteeCommand c) {
            path = "/api/compounds/" + c.compoundId() + "/property-management-committee";
            body.put("date", c.formedOn());
        } else if (command instanceof FormOwnersCommitteeCommand c) {
            path = "/api/compounds/" + c.compoundId() + "/owners-committee";
            body.put("date", c.formedOn());
        } else if (command instanceof FoundPartyOrganisationCommand c) {
            path = "/api/party-organisations";
            body.put("organisationId", c.organisationId());
            body.put("districtCode", c.districtCode());
            body.put("type", c.type());
            body.put("name", c.name());
            body.put("fullMembers", c.fullMembers());
            body.put("foundedOn", c.foundedOn());
            body.put("compoundIds", c.compoundIds());
            body.put("gridCodes", c.gridCodes());
            body.put("bodyId", c.bodyId());
        } else if (command instanceof FoundBodyCommand c) {
            path = "/api/bodies";
            body.put("bodyId", c.bodyId());
            body.put("kind", c.kind());
            body.put("areaCode", c.areaCode());
            body.put("name", c.name());
            body.put("companyId", c.companyId());
            body.put("creditCode", c.creditCode());
            body.put("foundedOn", c.foundedOn());
            body.put("compoundIds", c.compoundIds());
            body.put("members", c.members());
        } else if (command instanceof AppointCommitteeMemberCommand c) {
            path = "/api/compounds/" + c.compoundId() + (c.committee() == Committee.OWNERS_COMMITTEE
                    ? "/owners-committee" : "/property-management-committee") + "/members";
            body.put("member", c.member());
            body.put("appointedOn", c.appointedOn());
        } else if (command instanceof RecordCrossAppointmentCommand c) {
            path = "/api/cross-appointments";
            body.put("appointmentId", c.appointmentId());
            body.put("organisationId", c.organisationId());
            body.put("partyMemberName", c.partyMemberName());
            body.put("partyPost", c.partyPost());
            body.put("bodyId", c.bodyId());
            body.put("memberId", c.memberId());
            body.put("since", c.since());
        } else if (command instanceof EvaluatePropertyCompanyCommand c) {
            path = "/api/bodies/" + c.bodyId() + "/evaluations/" + c.quarter();
            put = true;
            body.put("stars", c.stars());
            body.put("listing", c.listing());
            body.put("publishedOn", c.publishedOn());
        } else if (command instanceof LaunchCampaignCommand c) {
            path = "/api/campaigns";
            body.put("campaignId", c.campaignId());
            body.put("districtCode", c.districtCode());
            body.put("areaCode", c.area());
            body.put("name", c.name());
            body.put("targetDate", c.targetDate());
            body.put("milestones", c.milestones());
        } else if (command instanceof AssignClearanceStrategyCommand c) {
            path = "/api/compounds/" + c.compoundId() + "/clearance-strategy";
            put = true;
            body.put("strategy", c.strategy());
            body.put("plannedDate", c.plannedDate());
            body.put("subsidy", c.subsidy());
        } else if (command instanceof ChangeManagementCommand c) {
            path = "/api/compounds/" + c.compoundId() + "/management";
            put = true;
            body.put("management", management(c.management()));
        } else {
            throw new IllegalArgumentException("no endpoint known for " + command.getClass());
        }
        String json = Api.JSON.writeValueAsString(body);
        Api signedIn = api.as(accountFor(command));
        Api.Response response = put ? signedIn.put(path, json) : signedIn.post(path, json);
        if (response.status() / 100 != 2) {
            throw new AssertionError(step.command().getClass().getSimpleName() + " → HTTP " + response.status()
                    + ": " + response.body());
        }
    }

    public void sendAll(List<DemoStep> steps, org.gridatlas.demo.SimulatedClock clock) {
        for (DemoStep step : steps) {
            clock.set(step.at());
            send(step);
        }
    }

    /** Who in an office sends such a command: areas the administrator, grids and leaders the coordinator. */
    private static TestAccounts.TestAccount accountFor(Object command) {
        String feature = command.getClass().getPackageName();
        if (feature.endsWith(".area")) {
            return TestAccounts.ADMIN;
        }
        if (feature.endsWith(".grid") || command instanceof RecordCompoundLeadersCommand) {
            return TestAccounts.COORDINATOR;
        }
        return TestAccounts.OFFICER;
    }

    private static Map<String, Object> management(Management m) {
        Map<String, Object> management = new LinkedHashMap<>();
        management.put("mode", m.mode());
        management.put("provider", m.provider());
        management.put("since", m.since());
        management.put("feeStance", m.feeStance());
        return management;
    }
}
