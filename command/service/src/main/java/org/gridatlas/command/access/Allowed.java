package org.gridatlas.command.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles an endpoint admits. Checked before the request body is read, so a
 * person without the role gets 403 whatever they send; the command's areas are
 * then checked against the grants of these roles only. A write endpoint
 * without it admits nobody; a read endpoint without it admits anyone signed in.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Allowed {
    Role[] value();
}
