package org.gridatlas.app.web;

import org.springframework.http.HttpStatus;

/** A request refused before its handler ran, for a fault in one named part of it. */
class RequestRefusedException extends RuntimeException {

    private final HttpStatus status;
    private final String field;

    RequestRefusedException(HttpStatus status, String field, String reason) {
        super(reason);
        this.status = status;
        this.field = field;
    }

    HttpStatus status() {
        return status;
    }

    String field() {
        return field;
    }
}
