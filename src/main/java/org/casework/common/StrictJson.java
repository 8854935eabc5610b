package org.casework.common;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Request bodies are read as written, never guessed at: a JSON value of the wrong type is refused rather than
 * converted ({@code "reason": 123} is not the text "123", {@code "durationMinutes": 2.5} is not 2), a key given
 * twice is refused rather than the last one winning, text may not hold U+0000 (PostgreSQL cannot store it),
 * dates and timestamps must fall within {@link DateBounds}, and the body must be UTF-8 ({@link StrictUtf8}). Each
 * refusal names the field (see {@link ProblemMapper#unreadableJson}). Runs after Quarkus registered the java.time
 * module, so it checks what that module reads.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    static final String NUL_MESSAGE = "must not contain the NUL character (U+0000)";

    @Override
    @SuppressWarnings("deprecation") // the mapper is built by Quarkus, so there is no builder to configure
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.getFactory().setInputDecorator(new StrictUtf8());
        mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

        // ALLOW_COERCION_OF_SCALARS covers numbers, booleans and dates; text, enums and ids need saying
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.OtherScalar)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);

        mapper.registerModule(new SimpleModule("casework-strict-values").setDeserializerModifier(new Checks()));
    }

    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    /** A value that is valid JSON of the right type, but that the API refuses; the message is for the client. */
    public static final class RefusedValue extends MismatchedInputException {

        RefusedValue(JsonParser parser, String message, Class<?> type) {
            super(parser, message, type);
        }
    }

    /** Wraps whichever deserializer Jackson chose for text, ids, codes, dates and timestamps with the API's checks. */
    private static final class Checks extends BeanDeserializerModifier {

        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                JsonDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            if (type == String.class || type == UUID.class || type == LocalDate.class
                    || type == OffsetDateTime.class || type == Instant.class) {
                return new Checked(deserializer, type);
            }
            return deserializer;
        }

        @Override
        public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                BeanDescription description, JsonDeserializer<?> deserializer) {
            return new Checked(deserializer, type.getRawClass());
        }
    }

    private static final class Checked extends DelegatingDeserializer {

        private final Class<?> type;

        Checked(JsonDeserializer<?> delegate, Class<?> type) {
            super(delegate);
            this.type = type;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Checked(delegate, type);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING) && parser.getText().indexOf('\u0000') >= 0) {
                // before Jackson trims it away from an id, a code or a date, as String.trim() does
                throw new RefusedValue(parser, NUL_MESSAGE, type);
            }
            boolean temporal = type == LocalDate.class || type == OffsetDateTime.class || type == Instant.class;
            if (temporal && !parser.hasToken(JsonToken.VALUE_STRING) && !parser.hasToken(JsonToken.VALUE_NULL)) {
                // java.time would read a number as epoch days or seconds, and an array as [year, month, day]
                throw new RefusedValue(parser, type == LocalDate.class ? "must be a date (YYYY-MM-DD)"
                        : "must be an ISO-8601 timestamp with offset, e.g. 2026-04-01T09:30:00+01:00", type);
            }
            Object value;
            try {
                value = super.deserialize(parser, context);
            } catch (DateTimeException e) {
                // a legal ISO year such as +999999999 overflows when java.time moves it to UTC
                throw new RefusedValue(parser, DateBounds.TIMESTAMP_MESSAGE, type);
            }
            if (value instanceof LocalDate date && !DateBounds.contains(date)) {
                throw new RefusedValue(parser, DateBounds.DATE_MESSAGE, type);
            } else if (value instanceof OffsetDateTime timestamp && !DateBounds.contains(timestamp)) {
                throw new RefusedValue(parser, DateBounds.TIMESTAMP_MESSAGE, type);
            } else if (value instanceof Instant instant && !DateBounds.contains(instant)) {
                throw new RefusedValue(parser, DateBounds.TIMESTAMP_MESSAGE, type);
            }
            return value;
        }
    }
}
