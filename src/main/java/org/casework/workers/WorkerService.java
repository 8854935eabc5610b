package org.casework.workers;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.casework.common.PageRequest;
import org.casework.common.Problem.FieldError;
import org.casework.common.ProblemException;
import org.casework.common.Slice;
import org.casework.common.TimeConfig;
import org.casework.common.Versions;
import org.casework.teams.TeamRepository;

@ApplicationScoped
@Transactional
public class WorkerService {

    private final WorkerRepository workers;
    private final TeamRepository teams;
    private final Clock clock;

    public WorkerService(WorkerRepository workers, TeamRepository teams, Clock clock) {
        this.workers = workers;
        this.teams = teams;
        this.clock = clock;
    }

    public WorkerView create(WorkerRequest request) {
        Worker worker = new Worker();
        worker.id = UUID.randomUUID();
        worker.createdAt = TimeConfig.now(clock);
        apply(request, worker);
        workers.persist(worker);
        workers.flush();
        return WorkerView.from(worker);
    }

    @Transactional(TxType.SUPPORTS)
    public WorkerView get(UUID id) {
        return WorkerView.from(workers.require(id));
    }

    /** Replaces a worker's details, teams and role; a worker who leaves is made inactive, never deleted. */
    public WorkerView replace(UUID id, long expectedVersion, WorkerRequest request) {
        Worker worker = workers.require(id);
        Versions.check(expectedVersion, worker.version);
        apply(request, worker);
        workers.flush();
        return WorkerView.from(worker);
    }

    @Transactional(TxType.SUPPORTS)
    public Slice<WorkerView> list(UUID teamId, Boolean active, PageRequest page) {
        return Slice.of(workers.page(teamId, active, page).stream().map(WorkerView::from).toList(), page,
                WorkerView::sortKey);
    }

    private void apply(WorkerRequest request, Worker worker) {
        if (workers.usernameTaken(request.username(), worker.id)) {
            throw ProblemException.conflict("Usernames are unique",
                    FieldError.body("username", "is already the username of another worker"));
        }
        for (UUID teamId : request.teamIds()) {
            if (teams.findById(teamId) == null) {
                throw ProblemException.invalidBody("teamIds", "includes " + teamId + ", which is not a known team");
            }
        }
        worker.username = request.username();
        worker.displayName = request.displayName().strip();
        worker.email = request.email();
        worker.role = request.role();
        worker.active = request.active() == null || request.active();
        worker.teamIds.clear();
        worker.teamIds.addAll(request.teamIds());
    }
}
