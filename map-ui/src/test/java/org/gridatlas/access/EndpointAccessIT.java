package org.gridatlas.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridatlas.command.access.Role.ADMINISTRATOR;
import static org.gridatlas.command.access.Role.CAMPAIGN_OFFICER;
import static org.gridatlas.command.access.Role.GRID_COORDINATOR;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.gridatlas.Api;
import org.gridatlas.GridAtlasIntegrationTest;
import org.gridatlas.TestAccounts;
import org.gridatlas.TestAccounts.TestAccount;
import org.gridatlas.command.access.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The 401/403 matrix: every endpoint the application maps, asked by nobody and
 * by one account of each role. The expected roles are written out here, not
 * read from the code under test, and an endpoint missing from this list fails
 * the test, so a new endpoint cannot be forgotten.
 */
@GridAtlasIntegrationTest
class EndpointAccessIT {

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> ADMINS = EnumSet.of(ADMINISTRATOR);
    private static final Set<Role> OFFICERS = EnumSet.of(CAMPAIGN_OFFICER);
    private static final Set<Role> COORDINATORS = EnumSet.of(GRID_COORDINATOR);

    /** Who may call what: "METHOD pattern" → the roles admitted. */
    private static final Map<String, Set<Role>> EXPECTED = Map.ofEntries(
            Map.entry("POST /api/districts", ADMINS),
            Map.entry("POST /api/districts/{districtCode}/sub-districts", ADMINS),
            Map.entry("POST /api/districts/{districtCode}/communities", ADMINS),
            Map.entry("PUT /api/districts/{districtCode}/areas/{areaCode}/name", ADMINS),
            Map.entry("PUT /api/districts/{districtCode}/areas/{areaCode}/boundary", ADMINS),
            Map.entry("POST /api/grids", COORDINATORS),
            Map.entry("PUT /api/grids/{gridCode}/boundary", COORDINATORS),
            Map.entry("PUT /api/grids/{gridCode}/workers", COORDINATORS),
            Map.entry("PUT /api/grids/{gridCode}/micro-grids", COORDINATORS),
            // micro-grid edit operations (issue 9)
            Map.entry("POST /api/grids/{gridCode}/micro-grids/{microGridCode}/split", COORDINATORS),
            Map.entry("POST /api/grids/{gridCode}/micro-grids/merge", COORDINATORS),
            Map.entry("PUT /api/grids/{gridCode}/micro-grids/{microGridCode}/shared-edges/{neighbourCode}", COORDINATORS),
            Map.entry("POST /api/grids/{gridCode}/micro-grids/{microGridCode}/retire", COORDINATORS),
            Map.entry("PUT /api/grids/{gridCode}/micro-grids/{microGridCode}/people", COORDINATORS),
            Map.entry("POST /api/compounds", OFFICERS),
            Map.entry("PUT /api/compounds/{compoundId}/boundary", OFFICERS),
            Map.entry("PUT /api/compounds/{compoundId}/attributes", OFFICERS),
            Map.entry("PUT /api/compounds/{compoundId}/grids", OFFICERS),
            Map.entry("PUT /api/compounds/{compoundId}/management", OFFICERS),
            Map.entry("PUT /api/compounds/{compoundId}/clearance-strategy", OFFICERS),
            Map.entry("POST /api/compounds/{compoundId}/owners-committee", OFFICERS),
            Map.entry("POST /api/compounds/{compoundId}/owners-committee/dissolution", OFFICERS),
            Map.entry("POST /api/compounds/{compoundId}/property-management-committee", OFFICERS),
            Map.entry("POST /api/compounds/{compoundId}/property-management-committee/dissolution", OFFICERS),
            Map.entry("PUT /api/compounds/{compoundId}/leaders", EnumSet.of(GRID_COORDINATOR, CAMPAIGN_OFFICER)),
            Map.entry("PUT /api/compounds/{compoundId}/leaders/named", EnumSet.of(GRID_COORDINATOR, CAMPAIGN_OFFICER)),
            Map.entry("POST /api/party-organisations", OFFICERS),
            Map.entry("PUT /api/party-organisations/{organisationId}/members", OFFICERS),
            Map.entry("PUT /api/party-organisations/{organisationId}/coverage", OFFICERS),
            Map.entry("POST /api/party-organisations/{organisationId}/dissolution", OFFICERS),
            Map.entry("POST /api/campaigns", OFFICERS),
            Map.entry("POST /api/campaigns/{campaignId}/closure", OFFICERS),
            Map.entry("GET /api/admin/accounts", ADMINS),
            Map.entry("GET /api/admin/accounts/{username}/changes", ADMINS),
            Map.entry("POST /api/admin/accounts", ADMINS),
            Map.entry("PUT /api/admin/accounts/{username}/grants", ADMINS),
            Map.entry("PUT /api/admin/accounts/{username}/password", ADMINS),
            Map.entry("POST /api/admin/accounts/{username}/unlock", ADMINS),
            Map.entry("PUT /api/admin/accounts/{username}/enabled", ADMINS),
            Map.entry("GET /api/districts", EVERYONE),
            Map.entry("GET /api/districts/{districtCode}", EVERYONE),
            Map.entry("GET /api/areas", EVERYONE),
            Map.entry("GET /api/compounds", EVERYONE),
            Map.entry("GET /api/compounds/extent", EVERYONE),
            Map.entry("GET /api/compounds/{compoundId}", EVERYONE),
            Map.entry("GET /api/compounds/{compoundId}/management-history", EVERYONE),
            Map.entry("GET /api/compounds/management-ledger", EVERYONE),
            Map.entry("GET /api/grids", EVERYONE),
            Map.entry("GET /api/grids/{gridCode}", EVERYONE),
            Map.entry("GET /api/grids/{gridCode}/micro-grids", EVERYONE),
            Map.entry("GET /api/micro-grids", EVERYONE),
            Map.entry("GET /api/micro-grids/{microGridCode}/lineage", EVERYONE),
            Map.entry("GET /api/party-organisations", EVERYONE),
            Map.entry("GET /api/party-organisations/{organisationId}", EVERYONE),
            Map.entry("GET /api/campaigns", EVERYONE),
            Map.entry("GET /api/campaigns/{campaignId}", EVERYONE),
            Map.entry("GET /api/campaigns/{campaignId}/trend", EVERYONE),
            Map.entry("GET /api/campaigns/{campaignId}/outlook", EVERYONE),
            Map.entry("GET /api/campaigns/{campaignId}/ranking", EVERYONE),
            Map.entry("GET /api/campaigns/summary", EVERYONE),
            // the campaign ledger's files (issue 10)
            Map.entry("GET /api/campaigns/{campaignId}/ledger.xlsx", EVERYONE),
            Map.entry("GET /api/campaigns/{campaignId}/ledger.csv", EVERYONE),
            Map.entry("GET /api/statistics/compounds", EVERYONE),
            Map.entry("GET /api/statistics/party-coverage", EVERYONE),
            Map.entry("GET /api/statistics/governance", EVERYONE),
            Map.entry("GET /api/history/{recordId}", EVERYONE),
            Map.entry("GET /api/map/config", EVERYONE),
            Map.entry("GET /api/me", EVERYONE),
            Map.entry("GET /api/grids/extent", EVERYONE),
            Map.entry("GET /api/micro-grids/extent", EVERYONE),
            // service quality: problems and meetings are the grid's and the office's work, hotline figures the office's
            Map.entry("POST /api/problems", EnumSet.of(GRID_COORDINATOR, CAMPAIGN_OFFICER)),
            Map.entry("POST /api/problems/{problemId}/resolution", EnumSet.of(GRID_COORDINATOR, CAMPAIGN_OFFICER)),
            Map.entry("POST /api/problems/{problemId}/reopening", EnumSet.of(GRID_COORDINATOR, CAMPAIGN_OFFICER)),
            Map.entry("POST /api/meetings", EnumSet.of(GRID_COORDINATOR, CAMPAIGN_OFFICER)),
            Map.entry("PUT /api/meetings/{meetingId}/problems", EnumSet.of(GRID_COORDINATOR, CAMPAIGN_OFFICER)),
            Map.entry("POST /api/complaints", OFFICERS),
            Map.entry("PUT /api/complaints/{figureId}", OFFICERS),
            Map.entry("GET /api/problems", EVERYONE),
            Map.entry("GET /api/problems/{problemId}", EVERYONE),
            Map.entry("GET /api/meetings", EVERYONE),
            Map.entry("GET /api/meetings/{meetingId}", EVERYONE),
            Map.entry("GET /api/complaints", EVERYONE),
            Map.entry("GET /api/complaints/{figureId}", EVERYONE),
            Map.entry("GET /api/statistics/service-quality", EVERYONE),
            // finding things (issue 10)
            Map.entry("GET /api/search", EVERYONE),
            // bodies and their members (issue 8)
            Map.entry("POST /api/bodies", OFFICERS),
            Map.entry("PUT /api/bodies/{bodyId}/compounds", OFFICERS),
            Map.entry("POST /api/bodies/{bodyId}/members", OFFICERS),
            Map.entry("POST /api/bodies/{bodyId}/members/{memberId}/departure", OFFICERS),
            Map.entry("POST /api/bodies/{bodyId}/dissolution", OFFICERS),
            Map.entry("PUT /api/bodies/{bodyId}/evaluations/{quarter}", OFFICERS),
            Map.entry("POST /api/compounds/{compoundId}/owners-committee/members", OFFICERS),
            Map.entry("POST /api/compounds/{compoundId}/owners-committee/members/{memberId}/departure", OFFICERS),
            Map.entry("POST /api/compounds/{compoundId}/property-management-committee/members", OFFICERS),
            Map.entry("POST /api/compounds/{compoundId}/property-management-committee/members/{memberId}/departure", OFFICERS),
            Map.entry("POST /api/cross-appointments", OFFICERS),
            Map.entry("POST /api/cross-appointments/{appointmentId}/end", OFFICERS),
            Map.entry("GET /api/bodies", EVERYONE),
            Map.entry("GET /api/bodies/{bodyId}", EVERYONE),
            Map.entry("GET /api/bodies/{bodyId}/members", EVERYONE),
            Map.entry("GET /api/bodies/{bodyId}/evaluations", EVERYONE),
            Map.entry("GET /api/company-evaluations", EVERYONE),
            Map.entry("GET /api/company-evaluations/red-and-black-lists", EVERYONE),
            Map.entry("GET /api/cross-appointments", EVERYONE),
            Map.entry("GET /api/cross-appointments/{appointmentId}", EVERYONE),
            Map.entry("GET /api/statistics/bodies", EVERYONE),
            // OGC API – Features (issue 11): every reader, each collection filtered by their scope
            Map.entry("GET /ogc", EVERYONE),
            Map.entry("GET /ogc/", EVERYONE),
            Map.entry("GET /ogc/api", EVERYONE),
            Map.entry("GET /ogc/conformance", EVERYONE),
            Map.entry("GET /ogc/collections", EVERYONE),
            Map.entry("GET /ogc/collections/{collectionId}", EVERYONE),
            Map.entry("GET /ogc/collections/{collectionId}/queryables", EVERYONE),
            Map.entry("GET /ogc/collections/{collectionId}/items", EVERYONE),
            Map.entry("GET /ogc/collections/{collectionId}/items/{featureId}", EVERYONE),
            // changes between two dates (issue 10)
            Map.entry("GET /api/changes", EVERYONE),
            Map.entry("GET /api/changes/compounds", EVERYONE));

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** Every "METHOD pattern" the application serves under /api, /ogc and the API description. */
    private List<String> endpoints() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            info.getPatternValues().stream().filter(p -> p.startsWith("/api/") || p.startsWith("/v3/")
                            || p.equals("/ogc") || p.startsWith("/ogc/"))
                    .forEach(p -> (methods.isEmpty() ? Set.of(RequestMethod.GET) : methods)
                            .forEach(m -> endpoints.add(m + " " + p)));
        });
        return new ArrayList<>(endpoints);
    }

    private static Set<Role> expected(String endpoint) {
        return endpoint.contains(" /v3/") ? ADMINS : EXPECTED.get(endpoint);
    }

    @Test
    void everyEndpointIsInTheMatrix() {
        assertThat(endpoints()).filteredOn(e -> expected(e) == null)
                .as("endpoints whose access nobody has decided: add them to EXPECTED").isEmpty();
        assertThat(endpoints()).hasSizeGreaterThanOrEqualTo(EXPECTED.size());
    }

    @Test
    void nobodySignedInGets401AndEachRoleOnlyWhatItIsGranted() {
        Api anonymous = new Api(port);
        List<String> wrong = new ArrayList<>();
        for (String endpoint : endpoints()) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = endpoint.substring(endpoint.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "nowhere0");
            String body = method.equals("GET") ? null : "{}";
            Api.Response nobody = anonymous.send(method, path, body);
            if (nobody.status() != 401 || !nobody.contentType().startsWith("application/problem+json")) {
                wrong.add("anonymous " + endpoint + " → " + nobody.status());
            }
            for (TestAccount account : TestAccounts.ONE_PER_ROLE) {
                Role role = account.grants().get(0).role();
                int status = anonymous.as(account).send(method, path, body).status();
                boolean admitted = expected(endpoint) != null && expected(endpoint).contains(role);
                if (admitted ? (status == 401 || status == 403) : status != 403) {
                    wrong.add(role + " " + endpoint + " → " + status + (admitted ? " (should be admitted)" : " (should be 403)"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }
}
