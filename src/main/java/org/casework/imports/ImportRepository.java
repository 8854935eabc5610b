package org.casework.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.casework.common.Coded;
import org.casework.common.PageRequest;
import org.casework.common.PlainSql;
import org.casework.common.Problem.FieldError;

/** Imports, their waiting lines and their refused lines, in plain SQL: the lines go in by COPY. */
@ApplicationScoped
public class ImportRepository {

    private static final String VIEW_COLUMNS = """
            id, record_type, format, status, lines, processed, created, unchanged, refused, received_at, started_at,
            finished_at, failure""";

    /** What a failed import's poster can do: post the file again, which is safe for lines with references. */
    static final String POST_AGAIN = "Post the file again: lines with your references that were loaded are skipped";

    /** The advisory lock space of a caller's references ("impt"). */
    private static final int REFERENCES_LOCK = 0x696d7074;

    private final EntityManager entityManager;
    private final ObjectMapper mapper;

    public ImportRepository(EntityManager entityManager, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    /** Who posted an import: the worker its lines are loaded for, as what, and in which request. */
    record Poster(String username, UUID workerId, List<String> roles, String requestId) {
    }

    void insert(UUID id, RecordType type, FileFormat format, Poster poster, OffsetDateTime at) {
        PlainSql.execute(entityManager, """
                insert into import_job (id, record_type, format, status, username, worker_id, roles, request_id,
                                        lines, received_at)
                values (?, ?, ?, 'queued', ?, ?, ?, ?, 0, ?)""", (connection, insert) -> {
            insert.setObject(1, id);
            insert.setString(2, type.code());
            insert.setString(3, format.code());
            insert.setString(4, poster.username());
            insert.setObject(5, poster.workerId());
            insert.setArray(6, connection.createArrayOf("text", poster.roles().toArray()));
            insert.setString(7, poster.requestId());
            insert.setObject(8, at);
        });
    }

    void setLines(UUID id, int lines) {
        PlainSql.execute(entityManager, "update import_job set lines = ? where id = ?", (connection, update) -> {
            update.setInt(1, lines);
            update.setObject(2, id);
        });
    }

    /** Streams lines into import_line by COPY, in the caller's transaction. */
    final class LineCopy implements AutoCloseable {
        private final CopyIn copy;
        private final String prefix;
        private final StringBuilder buffer = new StringBuilder(1 << 17);
        private int count;

        LineCopy(UUID importId) {
            this.prefix = importId + "\t";
            this.copy = entityManager.unwrap(Session.class).doReturningWork(connection -> connection
                    .unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy import_line (import_id, line, body) from stdin"));
        }

        void add(int line, String body) throws IOException {
            buffer.append(prefix).append(line).append('\t');
            appendText(buffer, body);
            buffer.append('\n');
            count++;
            if (buffer.length() >= 1 << 16) {
                flush();
            }
        }

        int count() {
            return count;
        }

        private void flush() throws IOException {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            try {
                copy.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException e) {
                throw new IOException(e);
            }
            buffer.setLength(0);
        }

        void finish() throws IOException {
            flush();
            try {
                copy.endCopy();
            } catch (SQLException e) {
                throw new IOException(e);
            }
        }

        @Override
        public void close() {
            if (copy.isActive()) {
                try {
                    copy.cancelCopy();
                } catch (SQLException e) {
                    // the transaction is rolled back whatever the copy's state
                }
            }
        }
    }

    /** A value in COPY's text format: backslash, tab, newline and carriage return escaped. */
    static void appendText(StringBuilder out, String value) {
        if (value == null) {
            out.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }

    LineCopy copyLines(UUID importId) {
        return new LineCopy(importId);
    }

    /** The import, when it is this worker's. */
    ImportView find(UUID id, UUID workerId) {
        return PlainSql.query(entityManager,
                "select " + VIEW_COLUMNS + " from import_job where id = ? and worker_id = ?",
                (connection, query) -> {
                    query.setObject(1, id);
                    query.setObject(2, workerId);
                }, rows -> rows.next() ? view(rows) : null);
    }

    /** This worker's imports, newest first. */
    List<ImportView> page(UUID workerId, PageRequest page) {
        String after = page.isFirst() ? "" : " and (received_at, id) < (?, ?)";
        return PlainSql.query(entityManager, "select " + VIEW_COLUMNS + " from import_job where worker_id = ?" + after
                + " order by received_at desc, id desc limit ?", (connection, query) -> {
                    int i = 0;
                    query.setObject(++i, workerId);
                    if (!page.isFirst()) {
                        query.setObject(++i, page.afterTimestamp(0));
                        query.setObject(++i, page.afterUuid(1));
                    }
                    query.setInt(++i, page.fetchSize());
                }, rows -> {
                    List<ImportView> views = new ArrayList<>();
                    while (rows.next()) {
                        views.add(view(rows));
                    }
                    return views;
                });
    }

    /** An import's refused lines, in line order. */
    List<LineProblem> problems(UUID importId, PageRequest page) {
        return PlainSql.query(entityManager, """
                select line, reference, status, title, detail, errors from import_problem
                where import_id = ? and line > ? order by line limit ?""", (connection, query) -> {
            query.setObject(1, importId);
            query.setInt(2, page.isFirst() ? 0 : Integer.parseInt(page.after(0)));
            query.setInt(3, page.fetchSize());
        }, rows -> {
            List<LineProblem> problems = new ArrayList<>();
            while (rows.next()) {
                problems.add(new LineProblem(rows.getInt(1), rows.getString(2), rows.getInt(3), rows.getString(4),
                        rows.getString(5), errors(rows.getString(6))));
            }
            return problems;
        });
    }

    /** Stores refused lines, in one statement. */
    void addProblems(UUID importId, List<LineProblem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        PlainSql.execute(entityManager, """
                insert into import_problem (import_id, line, reference, status, title, detail, errors)
                select ?, p.line, p.reference, p.status, p.title, p.detail, cast(p.errors as jsonb)
                from unnest(cast(? as integer[]), cast(? as text[]), cast(? as integer[]), cast(? as text[]),
                            cast(? as text[]), cast(? as text[])) p (line, reference, status, title, detail, errors)""",
                (connection, insert) -> {
                    insert.setObject(1, importId);
                    insert.setArray(2, connection.createArrayOf("integer",
                            problems.stream().map(LineProblem::line).toArray()));
                    insert.setArray(3, connection.createArrayOf("text",
                            problems.stream().map(LineProblem::reference).toArray()));
                    insert.setArray(4, connection.createArrayOf("integer",
                            problems.stream().map(LineProblem::status).toArray()));
                    insert.setArray(5, connection.createArrayOf("text",
                            problems.stream().map(LineProblem::title).toArray()));
                    insert.setArray(6, connection.createArrayOf("text",
                            problems.stream().map(LineProblem::detail).toArray()));
                    List<String> errors = new ArrayList<>();
                    for (LineProblem problem : problems) {
                        errors.add(json(problem.errors()));
                    }
                    insert.setArray(7, connection.createArrayOf("text", errors.toArray()));
                });
    }

    /** An import an instance has claimed: what it loads, for whom, and the claim that lets it go on. */
    record Job(UUID id, RecordType type, String username, UUID workerId, List<String> roles, String requestId,
            UUID claim) {
    }

    /** The next import waiting (or left by an instance that stopped), claimed for this instance; null if none. */
    Job claim(java.time.Duration claimFor) {
        UUID claim = UUID.randomUUID();
        return PlainSql.query(entityManager, """
                update import_job set status = 'running', claim = ?, claimed_until = now() + ? * interval '1 ms',
                                      started_at = coalesce(started_at, now())
                where id = (select id from import_job
                            where status in ('queued', 'running') and (claimed_until is null or claimed_until < now())
                            order by received_at for update skip locked limit 1)
                returning id, record_type, username, worker_id, roles, request_id""", (connection, update) -> {
            update.setObject(1, claim);
            update.setLong(2, claimFor.toMillis());
        }, rows -> rows.next() ? new Job(rows.getObject("id", UUID.class),
                Coded.fromCode(RecordType.class, rows.getString("record_type")), rows.getString("username"),
                rows.getObject("worker_id", UUID.class), List.of((String[]) rows.getArray("roles").getArray()),
                rows.getString("request_id"), claim) : null);
    }

    /**
     * Locks the import for this transaction and answers the last line loaded, if this instance still holds it;
     * else {@link LostClaim}: another instance took it over, and goes on from the last chunk committed.
     */
    int lock(Job job) {
        // one caller's imports load a chunk at a time, whichever instances run them: two imports carrying the same
        // reference would otherwise both find it new, and the second's chunk fail on the first's
        PlainSql.query(entityManager, "select pg_advisory_xact_lock(?, hashtext(cast(? as text)))",
                (connection, query) -> {
                    query.setInt(1, REFERENCES_LOCK);
                    query.setObject(2, job.workerId());
                }, rows -> null);
        Integer lastLine = PlainSql.query(entityManager,
                "select last_line from import_job where id = ? and claim = ? for update", (connection, query) -> {
                    query.setObject(1, job.id());
                    query.setObject(2, job.claim());
                }, rows -> rows.next() ? rows.getInt(1) : null);
        if (lastLine == null) {
            throw new LostClaim();
        }
        return lastLine;
    }

    /** Another instance holds the import now. */
    static final class LostClaim extends RuntimeException {
        LostClaim() {
            super("another instance holds the import", null, false, false);
        }
    }

    /** Up to {@code limit} lines after {@code lastLine}, in order. */
    List<ImportLines.Line> lines(UUID importId, int lastLine, int limit) {
        return PlainSql.query(entityManager,
                "select line, body from import_line where import_id = ? and line > ? order by line limit ?",
                (connection, query) -> {
                    query.setObject(1, importId);
                    query.setInt(2, lastLine);
                    query.setInt(3, limit);
                }, rows -> {
                    List<ImportLines.Line> lines = new ArrayList<>();
                    while (rows.next()) {
                        lines.add(new ImportLines.Line(rows.getInt(1), rows.getString(2)));
                    }
                    return lines;
                });
    }

    /** What a piece of work on an import came to. */
    record Progress(int lastLine, int processed, int created, int unchanged, List<LineProblem> problems) {
    }

    /** Moves the import on past lines loaded, in the transaction that loaded them, and renews the claim. */
    void advance(Job job, Progress progress, java.time.Duration claimFor) {
        PlainSql.execute(entityManager, """
                update import_job set last_line = ?, processed = processed + ?, created = created + ?,
                                      unchanged = unchanged + ?, refused = refused + ?,
                                      claimed_until = now() + ? * interval '1 ms'
                where id = ? and claim = ?""", (connection, update) -> {
            update.setInt(1, progress.lastLine());
            update.setInt(2, progress.processed());
            update.setInt(3, progress.created());
            update.setInt(4, progress.unchanged());
            update.setInt(5, progress.problems().size());
            update.setLong(6, claimFor.toMillis());
            update.setObject(7, job.id());
            update.setObject(8, job.claim());
        });
        addProblems(job.id(), progress.problems());
    }

    /**
     * Ends the import: finished when every line was loaded, else failed (its last lines were lost: an unlogged
     * table is emptied when PostgreSQL recovers from a crash). The lines go: they hold personal data.
     */
    void end(Job job, String failure) {
        PlainSql.execute(entityManager, """
                update import_job set status = case when cast(? as text) is null and processed = lines then 'finished'
                                                    else 'failed' end,
                                      failure = coalesce(cast(? as text), case when processed < lines then
                                          'Lines ' || (last_line + 1) || ' on were lost when the database restarted. '
                                          || cast(? as text) end),
                                      finished_at = now(), claim = null, claimed_until = null
                where id = ? and claim = ?;
                delete from import_line where import_id = ?""", (connection, update) -> {
            update.setString(1, failure);
            update.setString(2, failure);
            update.setString(3, POST_AGAIN);
            update.setObject(4, job.id());
            update.setObject(5, job.claim());
            update.setObject(6, job.id());
        });
    }

    /** The record a worker imported with this reference, or null. */
    UUID referenced(UUID workerId, RecordType type, String reference) {
        return PlainSql.query(entityManager, """
                select record_id from import_reference where worker_id = ? and record_type = ? and reference = ?""",
                (connection, query) -> {
                    query.setObject(1, workerId);
                    query.setString(2, type.code());
                    query.setString(3, reference);
                }, rows -> rows.next() ? rows.getObject(1, UUID.class) : null);
    }

    /** Remembers the record a line with the caller's reference created. */
    void remember(Job job, RecordType type, String reference, UUID recordId, int line) {
        PlainSql.execute(entityManager, """
                insert into import_reference (worker_id, record_type, reference, record_id, import_id, line)
                values (?, ?, ?, ?, ?, ?)""", (connection, insert) -> {
            insert.setObject(1, job.workerId());
            insert.setString(2, type.code());
            insert.setString(3, reference);
            insert.setObject(4, recordId);
            insert.setObject(5, job.id());
            insert.setInt(6, line);
        });
    }

    private String json(List<FieldError> errors) {
        try {
            return mapper.writeValueAsString(errors);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<FieldError> errors(String json) {
        try {
            return mapper.readValue(json, new TypeReference<List<FieldError>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ImportView view(ResultSet rows) throws SQLException {
        UUID id = rows.getObject("id", UUID.class);
        return new ImportView(id, Coded.fromCode(RecordType.class, rows.getString("record_type")),
                Coded.fromCode(FileFormat.class, rows.getString("format")),
                Coded.fromCode(ImportStatus.class, rows.getString("status")), rows.getInt("lines"),
                rows.getInt("processed"), rows.getInt("created"), rows.getInt("unchanged"), rows.getInt("refused"),
                rows.getObject("received_at", OffsetDateTime.class), rows.getObject("started_at", OffsetDateTime.class),
                rows.getObject("finished_at", OffsetDateTime.class), rows.getString("failure"),
                "/api/imports/" + id + "/problems");
    }
}
