package org.gridatlas.query.party;

import java.util.List;

import org.gridatlas.query.party.PartyOrganisationRepository.PartyOrganisation;
import org.gridatlas.query.system.ApiParameters;
import org.gridatlas.query.system.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/party-organisations")
@Tag(name = "Party organisations (党组织)")
class PartyOrganisationQueryController {

    private final PartyOrganisationRepository organisations;

    PartyOrganisationQueryController(PartyOrganisationRepository organisations) {
        this.organisations = organisations;
    }

    @Operation(summary = "A district's party organisations, optionally of one kind, dissolved ones on request")
    @GetMapping
    List<PartyOrganisation> list(@Parameter(description = ApiParameters.DISTRICT) @RequestParam String districtCode,
                                 @Parameter(description = "COMPOUND_BRANCH, GRID_BRANCH, ... or none for all")
                                 @RequestParam(required = false) String type,
                                 @Parameter(description = "Also the organisations that were dissolved")
                                 @RequestParam(defaultValue = "false") boolean includeDissolved) {
        return organisations.organisations(districtCode, type, includeDissolved);
    }

    @Operation(summary = "One party organisation")
    @GetMapping("/{organisationId}")
    PartyOrganisation one(@Parameter(description = "The party organisation's id") @PathVariable String organisationId) {
        return organisations.organisation(organisationId)
                .orElseThrow(() -> NotFound.of("party organisation", organisationId));
    }
}
