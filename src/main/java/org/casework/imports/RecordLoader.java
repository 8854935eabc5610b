package org.casework.imports;

import java.util.List;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import org.casework.audit.AuditAction;
import org.casework.audit.AuditService;
import org.casework.cases.CaseRequests.NewCase;
import org.casework.cases.CaseService;
import org.casework.common.CaseworkConfig;
import org.casework.common.PersonalData;
import org.casework.common.ProblemException;
import org.casework.people.PersonRequest;
import org.casework.people.PersonService;

/**
 * Loads people and cases a line at a time, each through the single-record service in its own transaction with the
 * import's progress: registering a person (matching identifiers, linking a person another team knows) and opening a
 * case are the API's own rules, run exactly as the API runs them. A refused line rolls back alone and is reported.
 */
@ApplicationScoped
public class RecordLoader {

    private final ImportRepository imports;
    private final ImportLines lines;
    private final PersonService people;
    private final CaseService cases;
    private final AuditService audit;
    private final CaseworkConfig config;

    public RecordLoader(ImportRepository imports, ImportLines lines, PersonService people, CaseService cases,
            AuditService audit, CaseworkConfig config) {
        this.imports = imports;
        this.lines = lines;
        this.people = people;
        this.cases = cases;
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
        var read = lines.read(line, job.type(), lines.requestOf(job.type()),
                (type, reference) -> imports.referenced(job.workerId(), type, reference));
        if (read.problem() != null) {
            advance(job, line, 0, 0, List.of(read.problem()));
            return;
        }
        String reference = read.read().reference();
        if (reference != null && imports.referenced(job.workerId(), job.type(), reference) != null) {
            advance(job, line, 0, 1, List.of());
            return;
        }
        PersonalData created = job.type() == RecordType.PEOPLE
                ? people.create((PersonRequest) read.read().request())
                : cases.open((NewCase) read.read().request());
        if (reference != null) {
            // a registration that linked a person another team knew answers the link's id for the audit
            imports.remember(job, job.type(), reference,
                    job.type() == RecordType.PEOPLE ? created.personId() : created.auditId(), line.number());
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
