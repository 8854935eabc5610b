package org.casework.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.Response;

/**
 * A download of exactly the figures a page shows: one figure per row (section, item, measure, value) under a
 * header row in the reader's language; UTF-8, RFC 4180.
 */
public final class Csv {

    private final List<List<String>> rows = new ArrayList<>();

    private Csv(Leads words) {
        rows.add(List.of(words.csv_section(), words.csv_item(), words.csv_measure(), words.csv_value()));
    }

    public static Csv of(Leads words) {
        return new Csv(words);
    }

    /** One figure; a null value (nothing to measure) is an empty field. */
    public Csv add(String section, String item, String measure, Object value) {
        rows.add(List.of(section, item == null ? "" : item, measure, value == null ? "" : String.valueOf(value)));
        return this;
    }

    public Response download(String filename) {
        StringBuilder csv = new StringBuilder();
        rows.forEach(r -> csv.append(String.join(",", r.stream().map(Csv::quoted).toList())).append("\r\n"));
        return Response.ok(csv.toString().getBytes(StandardCharsets.UTF_8))
                .type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .build();
    }

    /** Every field quoted, quotes doubled; a leading =, +, - or @ is defused for spreadsheets. */
    static String quoted(String field) {
        String safe = !field.isEmpty() && "=+-@".indexOf(field.charAt(0)) >= 0 && !field.matches("-?[0-9.]+")
                ? "'" + field : field;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
