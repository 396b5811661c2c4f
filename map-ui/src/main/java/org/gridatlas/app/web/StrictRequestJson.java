package org.gridatlas.app.web;

import java.math.BigDecimal;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Request bodies are read as written, never guessed at: Jackson's lenient
 * defaults turned {@code 4.7} households into 4, {@code "mode": 3} into the
 * fourth mode, {@code "since": 20000} into a date in 2024, and kept NUL
 * characters that the database then refused. Each member that is not what
 * it claims to be is refused with its path, which {@link ApiProblemHandler}
 * turns into a field name.
 * <p>
 * NaN stays readable as JSON ({@code allow-non-numeric-numbers} in
 * application.yml) so that a NaN coordinate is reported at its position;
 * every other number member refuses it here.
 */
@Configuration(proxyBeanMethods = false)
class StrictRequestJson {

    static final String FINITE_NUMBER = "must be a finite number";

    @Bean
    JsonMapperBuilderCustomizer strictRequestReading() {
        SimpleModule strict = new SimpleModule("gridatlas-strict-requests")
                .addDeserializer(String.class, new PlainTextDeserializer())
                .addDeserializer(BigDecimal.class, new FiniteDecimalDeserializer());
        return builder -> builder
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .withCoercionConfig(LogicalType.DateTime, dates -> dates
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .addModule(strict);
    }

    /** Every string member, in objects, lists and arrays alike, must be {@link PlainText}. */
    static final class PlainTextDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            String fault = text == null ? null : PlainText.fault(text);
            if (fault != null) {
                throw new RefusedValueException(parser, fault, String.class);
            }
            return text;
        }
    }

    /** Amounts and areas are finite: NaN and Infinity are refused rather than failing deep in BigDecimal. */
    static final class FiniteDecimalDeserializer extends NumberDeserializers.BigDecimalDeserializer {

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.hasToken(JsonToken.VALUE_NUMBER_FLOAT) && parser.isNaN()) {
                throw new RefusedValueException(parser, FINITE_NUMBER, BigDecimal.class);
            }
            return super.deserialize(parser, context);
        }
    }
}
