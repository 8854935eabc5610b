package org.casework.imports;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An import as its caller follows it: what it loads, how far it has got (lines processed of lines), and what came
 * of them: records created, lines skipped as already imported (their reference was), lines refused (see
 * {@code problems}).
 */
public record ImportView(UUID id, RecordType recordType, FileFormat format, ImportStatus status, int lines,
        int processed, int created, int unchanged, int refused, OffsetDateTime receivedAt, OffsetDateTime startedAt,
        OffsetDateTime finishedAt, String failure, String problems) {

    public static final String AUDIT_TYPE = "import";

    List<String> sortKey() {
        return List.of(receivedAt.toString(), id.toString());
    }
}
