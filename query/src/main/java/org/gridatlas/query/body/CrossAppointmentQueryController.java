package org.gridatlas.query.body;

import java.util.List;

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
@RequestMapping("/api/cross-appointments")
@Tag(name = "Cross appointments (双向进入、交叉任职)")
class CrossAppointmentQueryController {

    private final BodyQueries queries;

    CrossAppointmentQueryController(BodyQueries queries) {
        this.queries = queries;
    }

    @Operation(summary = "A district's current cross appointments, of one body or one party organisation",
            description = "Ended ones on request; one ends too when its member leaves the body or the body or "
                    + "organisation is dissolved.")
    @GetMapping
    List<BodyQueries.CrossAppointment> list(@Parameter(description = ApiParameters.DISTRICT)
                                            @RequestParam String districtCode,
                                            @Parameter(description = "Only the appointments to this body")
                                            @RequestParam(required = false) String bodyId,
                                            @Parameter(description = "Only the appointments from this party organisation")
                                            @RequestParam(required = false) String organisationId,
                                            @Parameter(description = "Also the appointments that have ended")
                                            @RequestParam(defaultValue = "false") boolean includeEnded) {
        return queries.crossAppointments(districtCode, bodyId, organisationId, includeEnded);
    }

    @Operation(summary = "One cross appointment")
    @GetMapping("/{appointmentId}")
    BodyQueries.CrossAppointment one(@Parameter(description = "The cross appointment's id")
                                     @PathVariable String appointmentId) {
        return queries.crossAppointment(appointmentId).orElseThrow(() -> NotFound.of("cross appointment", appointmentId));
    }
}
