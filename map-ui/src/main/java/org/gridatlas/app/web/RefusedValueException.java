package org.gridatlas.app.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value of the right type that the API does not accept; the message is
 * the reason, in the words the problem body shows beside the member's path.
 */
class RefusedValueException extends MismatchedInputException {

    RefusedValueException(JsonParser parser, String reason, Class<?> targetType) {
        super(parser, reason, targetType);
    }
}
