package org.casework.imports;

import java.util.List;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import org.casework.audit.AuditAction;
import org.casework.audit.AuditService;
import org.casework.common.CaseworkConfig;
import org.casework.common.ProblemException;
import org.casework.people.PersonRequest;
import org.casework.people.PersonService;
import org.casework.people.Registration;

/**
 * Loads people a line at a time, each through the single-record service in its own transaction with the import's
 * progress: registering a person (checking and normalising identifiers, linking the team to a person another team
 * knows by one, refusing an identifier two people hold) is the API's own rule, run exactly as the API runs it. A
 * refused line rolls back alone and is reported.
 */
@ApplicationScoped
public class PersonLoader {

    private final ImportRepository imports;
    private final ImportLines lines;
    private final PersonService people;
    private final AuditService audit;
    private final CaseworkConfig config;

    public PersonLoader(ImportRepository imports, ImportLines lines, PersonService people, AuditService audit,
            CaseworkConfig config) {
        this.imports = imports;
        this.lines = lines;
        this.people = people;
        this.audit = audit;
        this.config = config;
    }

    /** Loads the next chunk of lines; false when none was left. */
    boolean loadNext(ImportRepository.Job job) {
        List<ImportLines.Line> chunk = QuarkusTransaction.requiringNew()
                .call(() -> imports.lines(job.id(), imports.lock(job), config.imports().chunkLines()));
        for (ImportLines.Line line : chunk) {
            try {
                QuarkusTransaction.requiringNew().run(() -> load(job, line));
            } catch (ProblemException e) {
                QuarkusTransaction.requiringNew().run(() -> {
                    imports.lock(job);
                    advance(job, line, 0, 0, List.of(ImportLines.problem(line.number(), null, e)));
                });
            }
        }
        return !chunk.isEmpty();
    }

    private void load(ImportRepository.Job job, ImportLines.Line line) {
        imports.lock(job);
        var read = lines.read(line, RecordType.PEOPLE, PersonRequest.class,
                (type, reference) -> imports.referenced(job.workerId(), type, reference));
        if (read.problem() != null) {
            advance(job, line, 0, 0, List.of(read.problem()));
            return;
        }
        String reference = read.read().reference();
        if (reference != null && imports.referenced(job.workerId(), RecordType.PEOPLE, reference) != null) {
            advance(job, line, 0, 1, List.of());
            return;
        }
        Registration created = people.create(read.read().request());
        if (reference != null) {
            // a registration that linked a person another team knew answers the link's id for the audit
            imports.remember(job, RecordType.PEOPLE, reference, created.personId(), line.number());
        }
        audit.recordChange(AuditAction.CREATE,
                List.of(new AuditService.Access(created.auditType(), created.auditId(), created.personId())));
        advance(job, line, 1, 0, List.of());
    }

    private void advance(ImportRepository.Job job, ImportLines.Line line, int created, int unchanged,
            List<LineProblem> problems) {
        imports.advance(job, new ImportRepository.Progress(line.number(), 1, created, unchanged, problems),
                config.imports().claimFor());
    }
}
