package org.casework.common;

import java.util.List;

import org.casework.common.Problem.FieldError;

/**
 * A domain failure that the API reports as problem+json. Services throw the static factories; the one exception
 * mapper turns them into responses.
 */
public class ProblemException extends RuntimeException {

    public final int status;
    public final String slug;
    public final String title;
    public final List<FieldError> errors;

    public ProblemException(int status, String slug, String title, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "not-found", "Not found", what + " was not found", List.of());
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(401, "unauthorized", "Unauthorized", detail, List.of());
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, List.of());
    }

    public static ProblemException conflict(String detail, FieldError... errors) {
        return new ProblemException(409, "conflict", "Conflict with the current state", detail, List.of(errors));
    }

    public static ProblemException invalid(FieldError... errors) {
        return new ProblemException(400, "validation", "Invalid request",
                "The request has " + errors.length + " invalid field(s)", List.of(errors));
    }

    public static ProblemException invalidBody(String field, String message) {
        return invalid(FieldError.body(field, message));
    }

    /** A body field that breaks a named rule (see {@link FieldError#code()}). */
    public static ProblemException invalidBody(String field, String rule, String message) {
        return invalid(FieldError.body(field, message).coded(rule));
    }

    public static ProblemException preconditionRequired() {
        return new ProblemException(428, "precondition-required", "Precondition required",
                "Send If-Match with the ETag you last read, so concurrent changes are not overwritten",
                List.of(new FieldError("header", "If-Match", "is required")));
    }

    public static ProblemException preconditionFailed() {
        return new ProblemException(412, "precondition-failed", "Precondition failed",
                "The resource changed since you read it: read it again and reapply your change", List.of());
    }
}
