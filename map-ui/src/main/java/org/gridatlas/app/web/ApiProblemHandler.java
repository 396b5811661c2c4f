package org.gridatlas.app.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.gridatlas.command.access.AccessRefused;
import org.gridatlas.command.system.ChangesSince;
import org.gridatlas.command.system.Rule;
import org.gridatlas.command.system.RuleViolation;
import org.gridatlas.geodata.geojson.GeoJsonGeometryWriter;
import org.gridatlas.geodata.geometry.InvalidGeometryException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;

@RestControllerAdvice
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    static final URI INVALID_INPUT = ProblemTypes.INVALID_INPUT;
    static final URI RULE_BROKEN = ProblemTypes.RULE_BROKEN;
    static final URI CONFLICT = ProblemTypes.CONFLICT;
    static final URI NOT_FOUND = ProblemTypes.NOT_FOUND;
    /** The member name used when the fault is in the request body as a whole. */
    static final String BODY = "body";

    private final ChangesSince changesSince;

    ApiProblemHandler(ChangesSince changesSince) {
        this.changesSince = changesSince;
    }

    /** One faulty member of a request. */
    record FieldError(String field, String reason) {
    }

    /**
     * A faulty geometry member: besides field and reason, the rule's key and
     * the offending piece (overlap, gap, part outside) as GeoJSON with its area,
     * so that a page can word it and draw it where it is.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record GeometryError(String field, String reason, String rule, @JsonRawValue String geometry, Double areaSquareMetres) {
    }

    @ExceptionHandler(InvalidGeometryException.class)
    ProblemDetail invalidGeometry(InvalidGeometryException e) {
        List<GeometryError> errors = e.problems().stream().map(p -> new GeometryError(p.field(), p.reason(), p.rule(),
                p.where() == null ? null : GeoJsonGeometryWriter.write(p.where()), p.squareMetres())).toList();
        ProblemDetail problem = invalidInput(errors.stream().map(g -> new FieldError(g.field(), g.reason())).toList());
        problem.setProperty("errors", errors);
        return problem;
    }

    /** Signed in, but the role or the area is not granted; nothing was stored. */
    @ExceptionHandler(AccessRefused.class)
    ProblemDetail forbidden(AccessRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setType(ProblemTypes.FORBIDDEN);
        problem.setTitle("Not permitted");
        return problem;
    }

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleBroken(RuleViolation e) {
        Rule rule = e.rule();
        // The message is the rule's description, and what is wrong in this case where the rule says so.
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setType(RULE_BROKEN);
        problem.setTitle("The request breaks a rule");
        problem.setProperty("rule", rule.id());
        if (rule.field() != null) {
            problem.setProperty("errors", List.of(new FieldError(rule.field(), e.getMessage())));
        }
        return problem;
    }

    /**
     * The client sent the version it saw, and the record has moved on since:
     * the answer lists each change after that version (operation, who, when,
     * why), so that the client can show them and redo its change on top.
     */
    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ProblemDetail staleVersion(ConflictingAggregateVersionException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "the record is at version "
                + e.getActualVersion() + ", not " + e.getExpectedVersion() + ": someone changed it since you read it");
        problem.setType(CONFLICT);
        problem.setTitle("Stale version");
        problem.setProperty("expectedVersion", e.getExpectedVersion());
        problem.setProperty("currentVersion", e.getActualVersion());
        problem.setProperty("changes", changesSince.of(String.valueOf(e.getAggregateIdentifier()), e.getExpectedVersion()));
        return problem;
    }

    /**
     * Two writes to one record at once, or a record created under an identifier
     * already taken (the event store's unique key refuses the second).
     */
    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class, DuplicateKeyException.class})
    ProblemDetail conflict(Exception e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "the record exists already or was changed at the same moment; reload it and try again");
        problem.setType(CONFLICT);
        problem.setTitle("Conflicting change");
        return problem;
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail notFound(AggregateNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "no record with id '" + e.getAggregateIdentifier() + "'");
        problem.setType(NOT_FOUND);
        problem.setTitle("Not found");
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(invalidInput(fieldErrors(e.getBindingResult())));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        HttpStatus answer = UnreadableBody.tooLarge(e) ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(answer).body(invalidInput(answer, List.of(UnreadableBody.describe(e))));
    }

    /** A path variable, query parameter or body size refused before the handler ran. */
    @ExceptionHandler(RequestRefusedException.class)
    ResponseEntity<ProblemDetail> refused(RequestRefusedException e) {
        return ResponseEntity.status(e.status())
                .body(invalidInput(e.status(), List.of(new FieldError(e.field(), e.getMessage()))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(invalidInput(List.of(new FieldError(e.getParameterName(), "is required"))));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(invalidInput(List.of(
                new FieldError(e.getPropertyName(), "must be " + UnreadableBody.inWords(e.getRequiredType()) + ", was '" + e.getValue() + "'"))));
    }

    static ProblemDetail invalidInput(List<FieldError> errors) {
        return invalidInput(HttpStatus.BAD_REQUEST, errors);
    }

    private static ProblemDetail invalidInput(HttpStatus status, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                errors.stream().map(f -> f.field() + ": " + f.reason()).collect(Collectors.joining("; ")));
        problem.setType(INVALID_INPUT);
        problem.setTitle("Invalid input");
        problem.setProperty("errors", errors);
        return problem;
    }

    private static List<FieldError> fieldErrors(BindingResult result) {
        List<FieldError> errors = new ArrayList<>();
        result.getFieldErrors().forEach(f -> errors.add(new FieldError(f.getField(), f.getDefaultMessage())));
        result.getGlobalErrors().forEach(g -> errors.add(new FieldError(BODY, g.getDefaultMessage())));
        errors.sort(java.util.Comparator.comparing(FieldError::field));
        return errors;
    }
}
