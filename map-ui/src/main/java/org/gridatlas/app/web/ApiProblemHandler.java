package org.gridatlas.app.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.gridatlas.command.access.AccessRefused;
import org.gridatlas.command.system.Rule;
import org.gridatlas.command.system.RuleViolation;
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

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

@RestControllerAdvice
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    static final URI INVALID_INPUT = ProblemTypes.INVALID_INPUT;
    static final URI RULE_BROKEN = ProblemTypes.RULE_BROKEN;
    static final URI CONFLICT = ProblemTypes.CONFLICT;
    static final URI NOT_FOUND = ProblemTypes.NOT_FOUND;
    /** The member name used when the fault is in the request body as a whole. */
    static final String BODY = "body";

    /** One faulty member of a request. */
    record FieldError(String field, String reason) {
    }

    @ExceptionHandler(InvalidGeometryException.class)
    ProblemDetail invalidGeometry(InvalidGeometryException e) {
        return invalidInput(e.problems().stream().map(p -> new FieldError(p.field(), p.reason())).toList());
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
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, rule.description());
        problem.setType(RULE_BROKEN);
        problem.setTitle("The request breaks a rule");
        problem.setProperty("rule", rule.id());
        if (rule.field() != null) {
            problem.setProperty("errors", List.of(new FieldError(rule.field(), rule.description())));
        }
        return problem;
    }

    /** The client sent the version it saw, and the record has moved on since. */
    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ProblemDetail staleVersion(ConflictingAggregateVersionException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "the record is at version "
                + e.getActualVersion() + ", not " + e.getExpectedVersion() + ": someone changed it since you read it");
        problem.setType(CONFLICT);
        problem.setTitle("Stale version");
        problem.setProperty("expectedVersion", e.getExpectedVersion());
        problem.setProperty("currentVersion", e.getActualVersion());
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
        return ResponseEntity.badRequest().body(invalidInput(List.of(unreadable(e))));
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
                new FieldError(e.getPropertyName(), "must be " + describe(e.getRequiredType()) + ", was '" + e.getValue() + "'"))));
    }

    static ProblemDetail invalidInput(List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
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

    /** Names the member Jackson choked on, and why, in the user's terms rather than Java's. */
    private static FieldError unreadable(HttpMessageNotReadableException e) {
        if (!(e.getCause() instanceof JacksonException jackson)) {
            return new FieldError(BODY, "is required and must be JSON");
        }
        String field = path(jackson);
        if (jackson instanceof StreamReadException && !(jackson instanceof MismatchedInputException)) {
            TokenStreamLocation at = jackson.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            return new FieldError(BODY, "is not valid JSON" + where);
        }
        if (jackson instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Class<?> target = mismatch.getTargetType();
            if (target.isEnum()) {
                return new FieldError(field, "must be one of " + Arrays.stream(target.getEnumConstants())
                        .map(Object::toString).collect(Collectors.joining(", ")));
            }
            if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
                return new FieldError(field, "must be a number");
            }
            if (target == String.class) {
                return new FieldError(field, "must be a string");
            }
            if (target == LocalDate.class || target == Instant.class) {
                return new FieldError(field, "must be " + describe(target));
            }
            if (target.isRecord()) {
                return new FieldError(field, "must be a JSON object");
            }
        }
        return new FieldError(field, "cannot be read: " + jackson.getOriginalMessage());
    }

    /** A type as the person filling in a form knows it. */
    private static String describe(Class<?> type) {
        if (type == LocalDate.class) {
            return "a date as YYYY-MM-DD, such as 2026-03-01";
        }
        if (type == Instant.class) {
            return "an instant in UTC, such as 2026-03-01T00:00:00Z";
        }
        if (type != null && (Number.class.isAssignableFrom(type) || type.isPrimitive())) {
            return "a number";
        }
        return "a " + (type == null ? "value" : type.getSimpleName());
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference step : e.getPath()) {
            if (step.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? BODY : path.toString();
    }
}
