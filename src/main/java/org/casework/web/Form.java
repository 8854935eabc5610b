package org.casework.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

/**
 * What a person typed into a form, kept exactly so that a page with errors shows it again, and the errors found,
 * each tied to the input it is about (the GOV.UK error summary links to it).
 */
public class Form {

    /** One error: the id of the input to fix and what to do, in the reader's language. */
    public record Error(String inputId, String text) {
    }

    private final Map<String, List<String>> values;
    private final Map<String, Error> errors = new LinkedHashMap<>();

    public Form(Map<String, List<String>> values) {
        this.values = values;
    }

    public static Form empty() {
        return new Form(new LinkedHashMap<>());
    }

    /** A new form to fill in, with the token that lets it be stored only once ({@link Submissions#once}). */
    public static Form fresh() {
        return empty().set("token", java.util.UUID.randomUUID().toString());
    }

    /** The version of the record the form was read at (hidden field {@code version}); -1 when missing. */
    public long version() {
        try {
            return Long.parseLong(value("version"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public static Form of(MultivaluedMap<String, String> submitted) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        submitted.forEach((name, given) -> values.put(name, List.copyOf(given)));
        return new Form(values);
    }

    /** The value typed, or "" (so templates can show it without a null check). */
    public String value(String name) {
        List<String> given = values.get(name);
        return given == null || given.isEmpty() || given.get(0) == null ? "" : given.get(0);
    }

    /** The value typed, stripped, or null when blank. */
    public String text(String name) {
        String value = value(name).strip();
        return value.isEmpty() ? null : value;
    }

    public List<String> values(String name) {
        return values.getOrDefault(name, List.of()).stream().filter(v -> v != null && !v.isBlank()).toList();
    }

    /** Whether a radio or checkbox with this value is chosen. */
    public boolean has(String name, String value) {
        return values(name).contains(value);
    }

    public Form set(String name, String value) {
        values.put(name, value == null ? List.of() : List.of(value));
        return this;
    }

    public Form setAll(String name, List<String> chosen) {
        values.put(name, List.copyOf(chosen));
        return this;
    }

    /** Adds an error for a field, unless the field already has one (the first is the one to fix first). */
    public void error(String field, String inputId, String text) {
        errors.putIfAbsent(field, new Error(inputId, text));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<Error> errorList() {
        return new ArrayList<>(errors.values());
    }

    /** The error message for a field, or null. */
    public String errorOf(String field) {
        Error error = errors.get(field);
        return error == null ? null : error.text();
    }
}
