package org.casework.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.postgresql.PGConnection;

import org.casework.audit.AuditAction;
import org.casework.audit.AuditService;
import org.casework.common.CaseworkConfig;
import org.casework.common.PlainSql;
import org.casework.common.ProblemException;

/**
 * Loads records set-based, a chunk of lines a transaction, as a year of history needs: each line is read and
 * validated in Java as the API reads a body ({@link ImportLines}), the lines that read well are copied by COPY into
 * a temporary table, and one statement checks what the API checks against the database, inserts the records that
 * pass with the caller's references, and answers what came of each line. A line that statement refused is checked
 * again by the API's own code ({@link #check}), in a transaction of its own that stores nothing, so its problem is
 * the API's word for word: the statement is only a filter. The chunk's records are audited as the API audits them,
 * and committed with the import's progress.
 *
 * @param <R> the API's request record for one line
 */
abstract class ChunkLoader<R> {

    private final RecordType type;
    private final Class<R> requestType;
    /** The temporary table's definition, dropped at commit. */
    private final String stagingTable;
    /** The COPY statement filling it, from the text format {@link #copyRow} writes. */
    private final String copyStatement;
    private final ImportRepository imports;
    private final ImportLines lines;
    private final AuditService audit;
    private final EntityManager entityManager;
    private final CaseworkConfig config;

    ChunkLoader(RecordType type, Class<R> requestType, String stagingTable, String copyStatement,
            ImportRepository imports, ImportLines lines, AuditService audit, EntityManager entityManager,
            CaseworkConfig config) {
        this.type = type;
        this.requestType = requestType;
        this.stagingTable = stagingTable;
        this.copyStatement = copyStatement;
        this.imports = imports;
        this.lines = lines;
        this.audit = audit;
        this.entityManager = entityManager;
        this.config = config;
    }

    /**
     * A line read and ready to stage: its record's new id, the record it belongs to (by id or by the caller's
     * reference), and the worker it names or defaults to (a contact's lead).
     */
    record Staged<R>(ImportLines.Read<R> read, UUID id, UUID linkedId, String linkedReference, UUID workerId) {
    }

    /**
     * What the statement said of a line: the record it belongs to as resolved, the record made (and whose it is),
     * or unchanged (its reference was known), or repeated (an earlier line of the chunk made the record it would
     * make, which the API would refuse as that one's), or none of these: refused.
     */
    record Stored(UUID linkedId, UUID id, UUID personId, boolean unchanged, boolean repeated) {
    }

    /** The line as staged, or a problem found before the database is asked. */
    abstract Staged<R> stage(ImportLines.Read<R> read, UUID callerId);

    /** One staged line as a row of the staging table, in COPY's text format. */
    abstract void copyRow(Staged<R> line, StringBuilder rows);

    /**
     * The statement that checks and stores the staged lines, answering for every one: line, the linked record it
     * resolved, the record's id and person when created, and whether it was unchanged (its reference known).
     */
    abstract Map<Integer, Stored> store(ImportRepository.Job job);

    /** The problem the API's own code finds with a line the statement refused (it must find one). */
    abstract void check(Staged<R> line, Stored stored);

    /** What the audit log calls the records loaded. */
    abstract String auditType();

    /** The caller's worker id a line's defaults need (the lead of a contact); null when none. */
    abstract UUID callerDefault();

    /** Loads the next chunk of lines in one transaction with the import's progress; false when none was left. */
    boolean loadNext(ImportRepository.Job job) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<ImportLines.Line> chunk = imports.lines(job.id(), imports.lock(job), config.imports().chunkLines());
            if (chunk.isEmpty()) {
                return false;
            }
            List<LineProblem> problems = new ArrayList<>();
            List<Staged<R>> staged = new ArrayList<>();
            UUID callerDefault = callerDefault();
            for (ImportLines.Line line : chunk) {
                var outcome = lines.read(line, type, requestType,
                        (linked, reference) -> imports.referenced(job.workerId(), linked, reference));
                if (outcome.problem() != null) {
                    problems.add(outcome.problem());
                    continue;
                }
                try {
                    staged.add(stage(outcome.read(), callerDefault));
                } catch (ProblemException e) {
                    problems.add(ImportLines.problem(line.number(), outcome.read().reference(), e));
                }
            }
            Map<Integer, Stored> stored = new HashMap<>();
            if (!staged.isEmpty()) {
                PlainSql.execute(entityManager, stagingTable);
                copy(staged);
                stored = store(job);
            }
            int created = 0;
            int unchanged = 0;
            List<AuditService.Access> accesses = new ArrayList<>();
            for (Staged<R> line : staged) {
                Stored result = stored.get(line.read().line());
                if (result.id() != null) {
                    created++;
                    accesses.add(new AuditService.Access(auditType(), result.id(), result.personId()));
                } else if (result.unchanged()) {
                    unchanged++;
                } else {
                    problems.add(refusal(line, result));
                }
            }
            audit.recordChange(AuditAction.CREATE, accesses);
            problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
            imports.advance(job, new ImportRepository.Progress(chunk.get(chunk.size() - 1).number(), chunk.size(),
                    created, unchanged, problems), config.imports().claimFor());
            return true;
        });
    }

    /** The staged lines into the temporary table, by COPY in its text format. */
    private void copy(List<Staged<R>> staged) {
        StringBuilder rows = new StringBuilder(staged.size() * 256);
        for (Staged<R> line : staged) {
            copyRow(line, rows);
        }
        copyIn(entityManager, copyStatement, rows);
    }

    /** Rows in COPY's text format into a table, by the COPY statement given, in the current transaction. */
    static void copyIn(EntityManager entityManager, String copyStatement, StringBuilder rows) {
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        entityManager.unwrap(Session.class).doWork(connection -> {
            try {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copyStatement,
                        new ByteArrayInputStream(bytes));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private LineProblem refusal(Staged<R> line, Stored stored) {
        var read = line.read();
        try {
            QuarkusTransaction.requiringNew().run(() -> check(line, stored));
        } catch (ProblemException e) {
            return ImportLines.problem(read.line(), read.reference(), e);
        }
        // the statement and the API disagree: refuse the line rather than store what the API might not
        Log.warnf("Import line %d: refused by the import's checks but not by the API's", read.line());
        return ImportLines.problem(read.line(), read.reference(), new ProblemException(500, "internal",
                "Internal error", "The line could not be checked; send it through the API", List.of()));
    }

    /** Runs the statement that stores a chunk, reading back what came of each staged line. */
    Map<Integer, Stored> stored(String statement, PlainSql.Parameters parameters) {
        Map<Integer, Stored> stored = new HashMap<>();
        PlainSql.query(entityManager, statement, parameters, rows -> {
            while (rows.next()) {
                stored.put(rows.getInt(1), new Stored(rows.getObject(2, UUID.class), rows.getObject(3, UUID.class),
                        rows.getObject(4, UUID.class), rows.getBoolean(5), rows.getBoolean(6)));
            }
            return null;
        });
        return stored;
    }

    /** A value and the tab after it, in COPY's text format. */
    static void text(StringBuilder rows, Object value) {
        ImportRepository.appendText(rows, value == null ? null : value.toString());
        rows.append('\t');
    }

    /** The last value of a row, and the row's end. */
    static void last(StringBuilder rows, Object value) {
        ImportRepository.appendText(rows, value == null ? null : value.toString());
        rows.append('\n');
    }

    /** An array literal of quoted elements (null ones as NULL), as PostgreSQL reads it. */
    static String array(List<?> values) {
        StringBuilder literal = new StringBuilder("{");
        for (Object value : values) {
            if (literal.length() > 1) {
                literal.append(',');
            }
            if (value == null) {
                literal.append("NULL");
            } else {
                literal.append('"').append(value.toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
        }
        return literal.append('}').toString();
    }
}
