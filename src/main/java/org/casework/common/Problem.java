package org.casework.common;

import java.util.List;

/** An RFC 9457 problem detail, with the offending fields listed by their JSON path. */
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One bad input: where it is ({@code body}, {@code query}, {@code path} or {@code header}), which field, and why. */
    public record FieldError(String in, String field, String message) {
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
