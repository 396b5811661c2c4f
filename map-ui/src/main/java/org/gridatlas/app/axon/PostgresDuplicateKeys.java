package org.gridatlas.app.axon;

import java.sql.SQLException;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.springframework.stereotype.Component;

/**
 * Tells Axon when PostgreSQL refused an event because its aggregate and
 * sequence number are taken (SQLSTATE 23505). Axon's default resolver looks
 * for error codes that the PostgreSQL driver does not set, and misses the
 * batch exception the driver wraps them in; without this, reusing an
 * identifier or writing the same aggregate twice at once ends in a generic
 * store error instead of a conflict.
 */
@Component
class PostgresDuplicateKeys implements PersistenceExceptionResolver {

    static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            for (SQLException s = t instanceof SQLException sql ? sql : null; s != null; s = s.getNextException()) {
                if (UNIQUE_VIOLATION.equals(s.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }
}
