package org.gridatlas.command.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A date a district office can mean: from {@value #EARLIEST} to {@value #LATEST}.
 * ISO dates reach from year -999999999 to +999999999, and year 0000 parses as
 * well as 2026; any of them is a typing error here, not a record. A missing
 * date is valid: whether one is required is {@code @NotNull}'s business.
 */
@Documented
@Constraint(validatedBy = PlausibleDate.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleDate {

    String EARLIEST = "1900-01-01";
    String LATEST = "2100-12-31";

    String message() default "must lie between " + EARLIEST + " and " + LATEST;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the range; ordering against today or other dates is the aggregates' rule. */
    class Validator implements ConstraintValidator<PlausibleDate, LocalDate> {

        private static final LocalDate FIRST = LocalDate.parse(EARLIEST);
        private static final LocalDate LAST = LocalDate.parse(LATEST);

        @Override
        public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
            return date == null || (!date.isBefore(FIRST) && !date.isAfter(LAST));
        }
    }
}
