package org.gridatlas.query.body;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.gridatlas.query.system.ApiParameters;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** What a district publishes each quarter of its property companies: stars, and the red and black lists (红黑名单). */
@RestController
@RequestMapping("/api/company-evaluations")
@Tag(name = "Bodies (共享物业社、物业企业、项目部)")
class EvaluationQueryController {

    private static final String QUARTER = "\\d{4}-Q[1-4]";

    record Lists(String districtCode, String quarter, List<BodyQueries.Evaluation> redList,
                 List<BodyQueries.Evaluation> blackList) {
    }

    private final BodyQueries queries;

    EvaluationQueryController(BodyQueries queries) {
        this.queries = queries;
    }

    @Operation(summary = "A district's company evaluations for a quarter, the best first")
    @GetMapping
    List<BodyQueries.Evaluation> ofQuarter(@Parameter(description = ApiParameters.DISTRICT)
                                           @RequestParam String districtCode,
                                           @Parameter(description = "YYYY-Qn; the latest published quarter when absent", example = "2026-Q3")
                                           @RequestParam(required = false) String quarter) {
        String asked = quarter(districtCode, quarter);
        return asked == null ? List.of() : queries.evaluations(districtCode, asked);
    }

    @Operation(summary = "The red and black lists a district published for a quarter")
    @GetMapping("/red-and-black-lists")
    Lists lists(@Parameter(description = ApiParameters.DISTRICT) @RequestParam String districtCode,
                @Parameter(description = "YYYY-Qn; the latest published quarter when absent", example = "2026-Q3")
                @RequestParam(required = false) String quarter) {
        String asked = quarter(districtCode, quarter);
        List<BodyQueries.Evaluation> evaluations = ofQuarter(districtCode, asked);
        return new Lists(districtCode, asked,
                evaluations.stream().filter(e -> e.listing().equals("RED_LIST")).toList(),
                evaluations.stream().filter(e -> e.listing().equals("BLACK_LIST")).toList());
    }

    /** The quarter asked for, or the district's latest; a mistyped one is refused rather than read as empty. */
    private String quarter(String districtCode, String quarter) {
        if (quarter == null) {
            return queries.latestQuarter(districtCode).orElse(null);
        }
        if (!quarter.matches(QUARTER)) {
            String reason = "must be a quarter as YYYY-Qn, e.g. 2026-Q3";
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "quarter: " + reason);
            problem.setType(URI.create("urn:gridatlas:problem:invalid-input"));
            problem.setTitle("Invalid input");
            problem.setProperty("errors", List.of(Map.of("field", "quarter", "reason", reason)));
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
        }
        return quarter;
    }
}
