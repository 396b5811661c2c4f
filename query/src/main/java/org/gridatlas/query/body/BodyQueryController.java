package org.gridatlas.query.body;

import java.util.List;

import org.gridatlas.messages.body.BodyKind;
import org.gridatlas.query.system.ApiParameters;
import org.gridatlas.query.system.NotFound;
import org.gridatlas.query.system.ReadScope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

@RestController
@RequestMapping("/api/bodies")
@Tag(name = "Bodies (共享物业社、物业企业、项目部)")
class BodyQueryController {

    /** Everything the register holds of one body. */
    record BodyDetail(BodyQueries.Body body, List<BodyQueries.Member> members,
                      List<BodyQueries.CompoundServed> compounds, List<BodyQueries.PartyOrganisation> partyOrganisations,
                      List<BodyQueries.Body> departments, BodyQueries.Evaluation latestEvaluation,
                      List<BodyQueries.CrossAppointment> crossAppointments) {
    }

    private final BodyQueries queries;

    BodyQueryController(BodyQueries queries) {
        this.queries = queries;
    }

    @Operation(summary = "A district's bodies, with how many members and party members sit on each",
            description = "Owners' and property management committees are listed as kinds of body, under "
                    + "owners-committee:<compoundId> and property-management-committee:<compoundId>.")
    @GetMapping
    List<BodyQueries.Body> list(@Parameter(description = ApiParameters.DISTRICT) @RequestParam String districtCode,
                                @Parameter(description = "Only bodies of this kind")
                                @RequestParam(required = false) BodyKind kind,
                                @Parameter(description = "a sub-district or community: the bodies that belong to it or serve a compound in it")
                                @RequestParam(required = false) String areaCode,
                                @Parameter(description = "Also the bodies that were dissolved")
                                @RequestParam(defaultValue = "false") boolean includeDissolved,
                                HttpServletRequest request) {
        ReadScope scope = ReadScope.of(request);
        return queries.bodies(districtCode, kind == null ? null : kind.name(), areaCode, includeDissolved).stream()
                .filter(b -> scope.overlaps(b.areaCode())).toList();
    }

    @Operation(summary = "One body: its members, the compounds it serves, its party organisations, project "
            + "departments, latest evaluation and cross appointments")
    @GetMapping("/{bodyId}")
    BodyDetail one(@Parameter(description = "The body's id") @PathVariable String bodyId) {
        BodyQueries.Body body = queries.body(bodyId).orElseThrow(() -> NotFound.of("body", bodyId));
        List<BodyQueries.Evaluation> evaluations = queries.evaluations(bodyId);
        return new BodyDetail(body, queries.members(bodyId, false), queries.compounds(body.compoundIds()),
                queries.partyOrganisations(bodyId), queries.departments(bodyId),
                evaluations.isEmpty() ? null : evaluations.get(0),
                queries.crossAppointments(body.districtCode(), bodyId, null, false));
    }

    @Operation(summary = "The body's members, those who left too on request")
    @GetMapping("/{bodyId}/members")
    List<BodyQueries.Member> members(@Parameter(description = "The body's id") @PathVariable String bodyId,
                                     @Parameter(description = "Also the members who have left")
                                     @RequestParam(defaultValue = "false") boolean includeFormer) {
        queries.body(bodyId).orElseThrow(() -> NotFound.of("body", bodyId));
        return queries.members(bodyId, includeFormer);
    }

    @Operation(summary = "A property company's quarterly evaluations, the latest first")
    @GetMapping("/{bodyId}/evaluations")
    List<BodyQueries.Evaluation> evaluations(@Parameter(description = "The body's id") @PathVariable String bodyId) {
        queries.body(bodyId).orElseThrow(() -> NotFound.of("body", bodyId));
        return queries.evaluations(bodyId);
    }
}
