package org.gridatlas.app.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.gridatlas.app.web.ApiProblemHandler.FieldError;
import org.springframework.http.converter.HttpMessageNotReadableException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/** Names the member Jackson choked on, and why, in the user's terms rather than Java's. */
final class UnreadableBody {

    private UnreadableBody() {
    }

    /** Whether the body broke one of Jackson's size limits (length, nesting, number or string size). */
    static boolean tooLarge(HttpMessageNotReadableException e) {
        return e.getCause() instanceof StreamConstraintsException;
    }

    static FieldError describe(HttpMessageNotReadableException e) {
        if (!(e.getCause() instanceof JacksonException jackson)) {
            return new FieldError(ApiProblemHandler.BODY, "is required and must be JSON");
        }
        String field = path(jackson);
        if (jackson instanceof StreamConstraintsException) {
            return new FieldError(field, "is larger or more deeply nested than the service accepts");
        }
        if (jackson instanceof InputCoercionException) {
            return new FieldError(field, "is too large a number");
        }
        if (jackson instanceof StreamReadException && !(jackson instanceof MismatchedInputException)) {
            TokenStreamLocation at = jackson.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            return new FieldError(ApiProblemHandler.BODY, "is not valid JSON" + where);
        }
        if (jackson instanceof RefusedValueException) {
            return new FieldError(field, jackson.getOriginalMessage());
        }
        if (jackson instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Class<?> target = mismatch.getTargetType();
            if (target.isEnum()) {
                return new FieldError(field, "must be one of " + Arrays.stream(target.getEnumConstants())
                        .map(Object::toString).collect(Collectors.joining(", ")));
            }
            if (wholeNumber(target)) {
                return new FieldError(field, "must be a whole number");
            }
            if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
                return new FieldError(field, "must be a number");
            }
            if (target == String.class) {
                return new FieldError(field, "must be a string");
            }
            if (target == LocalDate.class || target == Instant.class) {
                return new FieldError(field, "must be " + inWords(target));
            }
            if (target.isRecord()) {
                return new FieldError(field, "must be a JSON object");
            }
        }
        return new FieldError(field, "cannot be read: " + jackson.getOriginalMessage());
    }

    /** A type as the person filling in a form knows it. */
    static String inWords(Class<?> type) {
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

    private static boolean wholeNumber(Class<?> type) {
        return type == Integer.class || type == int.class || type == Long.class || type == long.class;
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
        return path.isEmpty() ? ApiProblemHandler.BODY : path.toString();
    }
}
