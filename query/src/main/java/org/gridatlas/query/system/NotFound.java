package org.gridatlas.query.system;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The RFC 9457 answer for a record the read model does not hold. */
public final class NotFound {

    public static final URI TYPE = URI.create("urn:gridatlas:problem:not-found");

    private NotFound() {
    }

    public static ErrorResponseException of(String what, String id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "no " + what + " with id '" + id + "'");
        problem.setType(TYPE);
        problem.setTitle("Not found");
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }
}
