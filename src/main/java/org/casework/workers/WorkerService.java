package org.casework.workers;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.casework.audit.AuditService;
import org.casework.common.PageRequest;
import org.casework.common.Problem.FieldError;
import org.casework.common.ProblemException;
import org.casework.common.Slice;
import org.casework.common.TimeConfig;
import org.casework.common.Versions;
import org.casework.security.Caller;
import org.casework.security.Role;
import org.casework.teams.TeamRepository;

@ApplicationScoped
@Transactional
public class WorkerService {

    private final WorkerRepository workers;
    private final TeamRepository teams;
    private final Clock clock;
    private final Caller caller;
    private final AuditService audit;

    public WorkerService(WorkerRepository workers, TeamRepository teams, Clock clock, Caller caller,
            AuditService audit) {
        this.workers = workers;
        this.teams = teams;
        this.clock = clock;
        this.caller = caller;
        this.audit = audit;
    }

    /** The caller's own record, with the roles they hold now (the record's, narrowed by the token's). */
    @Transactional(TxType.SUPPORTS)
    public MeView me() {
        Worker me = workers.require(caller.workerId().orElseThrow());
        return new MeView(me.id, me.username, me.displayName, caller.roles().stream().sorted().toList(),
                me.teamIds.stream().sorted().toList());
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

    /** Replaces a worker's details, teams and roles; a worker who leaves is made inactive, never deleted. */
    public WorkerView replace(UUID id, long expectedVersion, WorkerRequest request) {
        Worker worker = workers.require(id);
        Versions.check(expectedVersion, worker.version);
        apply(request, worker);
        workers.flush();
        return WorkerView.from(worker);
    }

    /** Workers by name; {@code username} (any case) finds the one worker of that sign-in name. */
    @Transactional(TxType.SUPPORTS)
    public Slice<WorkerView> list(UUID teamId, Boolean active, String username, PageRequest page) {
        return Slice.of(workers.page(teamId, active, username, page).stream().map(WorkerView::from).toList(), page,
                WorkerView::sortKey);
    }

    /** Workers' display names by id, for pages that name the workers on a record (ids unknown are left out). */
    @Transactional(TxType.SUPPORTS)
    public java.util.Map<UUID, String> displayNames(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<UUID, String> names = new java.util.HashMap<>();
        workers.list("id in ?1", Set.copyOf(ids)).forEach(w -> names.put(w.id, w.displayName));
        return names;
    }

    /** Whether a sign-in name belongs to an active worker: the demo sign-in's only check (before any request). */
    @Transactional(TxType.REQUIRED)
    public boolean isActiveUsername(String username) {
        return username != null && workers.count("lower(username) = lower(?1) and active", username) > 0;
    }

    /** One active worker as the demo sign-in page offers them: who, in which teams, with which roles. */
    public record SignInChoice(String username, String displayName, List<Role> roles, List<String> teamNames) {
    }

    /**
     * Every active worker, by name, for the demo sign-in page (which exists only when demo sign-in is on): the
     * worker's own name, roles and team names, nobody's casework.
     */
    @Transactional(TxType.SUPPORTS)
    public List<SignInChoice> signInChoices() {
        java.util.Map<UUID, String> teamNames = new java.util.HashMap<>();
        teams.listAll().forEach(team -> teamNames.put(team.id, team.name));
        return workers.list("active order by displayName, username").stream()
                .map(w -> new SignInChoice(w.username, w.displayName, w.roles.stream().sorted().toList(),
                        w.teamIds.stream().map(teamNames::get).sorted().toList()))
                .toList();
    }

    /** For the audit event: the roles, status and teams before and after, as codes and ids. */
    private void describeChange(Worker worker, WorkerRequest request) {
        boolean active = request.active() == null || request.active();
        List<String> changes = new ArrayList<>();
        Set<Role> roles = Set.copyOf(request.roles());
        if (!roles.equals(Set.copyOf(worker.roles))) {
            changes.add("roles " + codes(worker.roles) + "→" + codes(roles));
        }
        if (worker.username == null || worker.active != active) {
            changes.add("active " + (worker.username == null ? "" : worker.active) + "→" + active);
        }
        if (!Set.copyOf(request.teamIds()).equals(Set.copyOf(worker.teamIds))) {
            changes.add("teams " + sortedIds(worker.teamIds) + "→" + sortedIds(request.teamIds()));
        }
        if (!changes.isEmpty()) {
            audit.describe(String.join("; ", changes));
        }
    }

    private static String codes(Set<Role> roles) {
        return roles.stream().sorted().map(Role::code).collect(Collectors.joining(",", "[", "]"));
    }

    private static String sortedIds(Set<UUID> ids) {
        return ids.stream().sorted().map(UUID::toString).collect(Collectors.joining(",", "[", "]"));
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
        describeChange(worker, request);
        worker.username = request.username();
        worker.displayName = request.displayName().strip();
        worker.email = request.email();
        worker.roles.clear();
        worker.roles.addAll(request.roles());
        worker.active = request.active() == null || request.active();
        worker.teamIds.clear();
        worker.teamIds.addAll(request.teamIds());
    }
}
