package org.casework.imports;

import java.util.List;

import org.casework.common.Problem.FieldError;

/**
 * A refused line: its number in the file, the caller's reference when it gave one, and the problem the single-record
 * API would have answered for it (status, title, detail and the fields at fault).
 */
public record LineProblem(int line, String reference, int status, String title, String detail,
        List<FieldError> errors) {

    List<String> sortKey() {
        return List.of(Integer.toString(line));
    }
}
