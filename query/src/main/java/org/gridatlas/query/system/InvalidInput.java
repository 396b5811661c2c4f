package org.gridatlas.query.system;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The RFC 9457 answer for a query parameter or header the read side cannot read, naming it. */
public final class InvalidInput {

    public static final URI TYPE = URI.create("urn:gridatlas:problem:invalid-input");

    private InvalidInput() {
    }

    public static ErrorResponseException of(String field, String reason) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, field + ": " + reason);
        problem.setType(TYPE);
        problem.setTitle("Invalid input");
        problem.setProperty("errors", List.of(Map.of("field", field, "reason", reason)));
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }
}
