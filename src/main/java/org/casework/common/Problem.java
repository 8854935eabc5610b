package org.casework.common;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** An RFC 9457 problem detail, with the offending fields listed by their JSON path. */
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One bad input: where it is ({@code body}, {@code query}, {@code path} or {@code header}), which field, why in
     * English, and the rule broken as a code ({@code required}, {@code too-long}, …) with its figures, so that the
     * web client can say it in the reader's language. The figures are the code's, not the request's values.
     */
    public record FieldError(String in, String field, String message, String code,
            @JsonIgnore Map<String, Object> params) {

        /** The rule every error breaks when nothing more precise is said. */
        public static final String INVALID = "invalid";

        public FieldError(String in, String field, String message) {
            this(in, field, message, INVALID, Map.of());
        }

        /** The same error, naming the rule it breaks. */
        public FieldError coded(String rule, Map<String, Object> figures) {
            return new FieldError(in, field, message, rule, Map.copyOf(figures));
        }

        public FieldError coded(String rule) {
            return coded(rule, Map.of());
        }

        public static FieldError body(String field, String message) {
            return new FieldError("body", field, message);
        }

        public static FieldError query(String field, String message) {
            return new FieldError("query", field, message);
        }

        public static FieldError header(String field, String message) {
            return new FieldError("header", field, message);
        }

        public static FieldError path(String field, String message) {
            return new FieldError("path", field, message);
        }
    }
}
