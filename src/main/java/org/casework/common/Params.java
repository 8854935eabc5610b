package org.casework.common;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.casework.common.Problem.FieldError;

/**
 * Parses query parameters with errors that name the parameter. JAX-RS would answer 404 for a query parameter
 * it cannot convert, so list endpoints take strings and parse them here.
 */
public final class Params {

    private Params() {
    }

    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw invalid(name, "must be a UUID");
        }
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw invalid(name, "must be a date (YYYY-MM-DD)");
        }
        if (!DateBounds.contains(date)) {
            throw invalid(name, DateBounds.DATE_MESSAGE);
        }
        return date;
    }

    public static OffsetDateTime timestamp(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        OffsetDateTime timestamp;
        try {
            timestamp = OffsetDateTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw invalid(name, "must be an ISO-8601 timestamp with offset, e.g. 2026-04-01T09:30:00+01:00");
        }
        if (!DateBounds.contains(timestamp)) {
            throw invalid(name, DateBounds.TIMESTAMP_MESSAGE);
        }
        return timestamp;
    }

    public static Integer integer(String name, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < min || parsed > max) {
                throw invalid(name, "must be between " + min + " and " + max);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw invalid(name, "must be a whole number between " + min + " and " + max);
        }
    }

    public static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw invalid(name, "must be true or false");
        };
    }

    /** One of the codes of a {@link Coded} enum, e.g. {@code status=open}; null when absent. */
    public static <E extends Enum<E> & Coded> E coded(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Coded.fromCode(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw invalid(name, "must be one of " + String.join(", ",
                    Arrays.stream(type.getEnumConstants()).map(Coded::code).toList()));
        }
    }

    /** A comma-separated list whose every value must be one of {@code allowed}; empty when absent. */
    public static List<String> oneOfList(String name, String value, Set<String> allowed) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<String> values = Arrays.stream(value.split(",")).map(String::trim).filter(v -> !v.isEmpty()).toList();
        for (String v : values) {
            if (!allowed.contains(v)) {
                throw invalid(name, "must be a comma-separated list of " + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
        return values;
    }

    public static void requireOrdered(String fromName, Object from, String toName, Object to) {
        if (from instanceof Comparable<?> f && to != null) {
            @SuppressWarnings("unchecked")
            Comparable<Object> comparable = (Comparable<Object>) f;
            if (comparable.compareTo(to) > 0) {
                throw invalid(toName, "must not be before " + fromName);
            }
        }
    }

    public static ProblemException invalid(String name, String message) {
        return ProblemException.invalid(FieldError.query(name, message));
    }
}
