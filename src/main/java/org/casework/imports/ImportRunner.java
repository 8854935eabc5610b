package org.casework.imports;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;

import org.casework.common.CaseworkConfig;
import org.casework.common.Coded;
import org.casework.security.Caller;
import org.casework.security.CallerIdentity;
import org.casework.security.Role;

/**
 * Loads imports in the background, on every instance: each claims the oldest import waiting (or one whose instance
 * stopped: its claim lapses {@code casework.imports.claim-for} after its last chunk) with {@code FOR UPDATE SKIP
 * LOCKED}, and loads it a chunk at a time, each chunk committed with the import's progress, so another instance can
 * go on from there. It acts as the worker who posted the import, with their current teams and no more roles than
 * they held then; if they are no longer an active caseworker, the import fails.
 */
@ApplicationScoped
public class ImportRunner {

    private final ImportRepository imports;
    private final InteractionLoader interactions;
    private final CaseLoader cases;
    private final PersonLoader people;
    private final CallerIdentity identities;
    private final Caller caller;
    private final CaseworkConfig config;

    public ImportRunner(ImportRepository imports, InteractionLoader interactions, CaseLoader cases,
            PersonLoader people, CallerIdentity identities, Caller caller, CaseworkConfig config) {
        this.imports = imports;
        this.interactions = interactions;
        this.cases = cases;
        this.people = people;
        this.identities = identities;
        this.caller = caller;
        this.config = config;
    }

    @Scheduled(identity = "imports", every = "${casework.imports.run-every}",
            concurrentExecution = ConcurrentExecution.SKIP)
    void run() {
        for (ImportRepository.Job job = claim(); job != null; job = claim()) {
            load(job);
        }
    }

    private ImportRepository.Job claim() {
        return QuarkusTransaction.requiringNew().call(() -> imports.claim(config.imports().claimFor()));
    }

    /** Loads an import to its end, unless another instance takes it over. */
    void load(ImportRepository.Job job) {
        Set<Role> held = job.roles().stream().map(code -> Coded.fromCode(Role.class, code))
                .collect(Collectors.toSet());
        try {
            boolean more = true;
            while (more) {
                var record = identities.current(job.username(), held);
                if (record.isEmpty() || record.get().roles().isEmpty()
                        || !record.get().workerId().equals(job.workerId())) {
                    end(job, "The worker who posted it is no longer an active caseworker in Casework");
                    return;
                }
                var acting = new Caller.ActingFor(job.username(), record.get(), job.requestId(), "import " + job.id());
                more = caller.asWorker(acting, () -> switch (job.type()) {
                    case INTERACTIONS -> interactions.loadNext(job);
                    case CASES -> cases.loadNext(job);
                    case PEOPLE -> people.loadNext(job);
                });
            }
            end(job, null);
        } catch (ImportRepository.LostClaim e) {
            Log.infof("Import %s: another instance took it over", job.id());
        } catch (RuntimeException e) {
            UUID incident = UUID.randomUUID();
            Log.errorf(e, "Import %s failed: incident %s", job.id(), incident);
            end(job, "Something went wrong on our side; quote incident " + incident + ". "
                    + ImportRepository.POST_AGAIN);
        }
    }

    private void end(ImportRepository.Job job, String failure) {
        QuarkusTransaction.requiringNew().run(() -> imports.end(job, failure));
    }
}
