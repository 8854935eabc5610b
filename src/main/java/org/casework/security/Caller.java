package org.casework.security;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.RequestScoped;

import org.casework.common.Problem;
import org.casework.common.ProblemException;

/**
 * Who is calling, and the one place that decides which teams' records they may read and change.
 *
 * <ul>
 * <li>workers, team leads and integration clients read and write the casework of the teams they belong to;</li>
 * <li>admins manage teams, workers and reference data, and read casework only after declaring why in
 * {@code X-Purpose} (break-glass, audited), never write it;</li>
 * <li>code running outside an HTTP request (start-up, the demo council, scheduled jobs) sees nothing
 * until it asks for the system scope by name ({@link #asSystem}); then it sees every team, and what it touches is
 * audited as the system's, with that name as its purpose;</li>
 * <li>work done for a worker after their request ended (an import they posted) acts as that worker
 * ({@link #asWorker}): their current record's teams and roles, narrowed to those they held when they asked, and
 * audited as theirs with the work's name as its purpose.</li>
 * </ul>
 * Records outside the caller's teams are reported as not found, exactly like ids that do not exist.
 */
@RequestScoped
public class Caller {

    public static final String PURPOSE_HEADER = "X-Purpose";
    public static final String REQUEST_ID_HEADER = "X-Request-Id";

    private final SecurityIdentity identity;
    private final CurrentVertxRequest request;
    private final SecurityConfig config;

    private String requestId;
    /** Why the system is at work outside a request, while it is; else null. */
    private String systemWork;
    /** The worker that work outside a request is done for, while it is; else null. */
    private ActingFor actingFor;

    /** A worker that work outside a request is done for: who, as what, in which request, and why. */
    public record ActingFor(String username, CallerIdentity.Record record, String requestId, String why) {
    }

    public Caller(SecurityIdentity identity, CurrentVertxRequest request, SecurityConfig config) {
        this.identity = identity;
        this.request = request;
        this.config = config;
    }

    /** Outside an HTTP request and not done for a worker: start-up work, scheduled jobs. */
    public boolean isSystem() {
        return request.getCurrent() == null && actingFor == null;
    }

    /**
     * Runs work outside any request as the system, which sees every team; {@code why} ("the demo council") is
     * the purpose its audit events carry. Only through {@code audit.SystemWork}, which audits it. Inside a request
     * this is refused: a request is always its caller's.
     */
    public <T> T asSystem(String why, Supplier<T> work) {
        if (!isSystem()) {
            throw new IllegalStateException("asSystem is for work outside a request, not for " + username());
        }
        String outer = systemWork;
        systemWork = why;
        try {
            return work.get();
        } finally {
            systemWork = outer;
        }
    }

    /**
     * Runs work outside any request for a worker (an import they posted): it sees and changes what they may, and
     * what it touches is audited as theirs, with {@code why} as its purpose and their request's id. Inside a
     * request this is refused: a request is always its caller's.
     */
    public <T> T asWorker(ActingFor worker, Supplier<T> work) {
        if (request.getCurrent() != null) {
            throw new IllegalStateException("asWorker is for work outside a request, not for " + username());
        }
        ActingFor outer = actingFor;
        actingFor = worker;
        try {
            return work.get();
        } finally {
            actingFor = outer;
        }
    }

    /** The system at work, having said why (see {@link #asSystem}). */
    public boolean isSystemWork() {
        return isSystem() && systemWork != null;
    }

    public String username() {
        if (actingFor != null) {
            return actingFor.username();
        }
        return isSystem() || identity.isAnonymous() ? "system" : identity.getPrincipal().getName();
    }

    /** The roles the caller holds now: their worker record's, narrowed by the token's (see CallerIdentity). */
    public Set<Role> roles() {
        return record().map(CallerIdentity.Record::roles).orElse(Set.of());
    }

    public boolean has(Role role) {
        if (actingFor != null) {
            return actingFor.record().roles().contains(role);
        }
        return !isSystem() && identity.hasRole(role.code());
    }

    /** The caller as Casework knows them, when the token's user is a known, active worker. */
    public Optional<CallerIdentity.Record> record() {
        if (actingFor != null) {
            return Optional.of(actingFor.record());
        }
        return isSystem() || identity.isAnonymous() ? Optional.empty()
                : Optional.ofNullable(identity.getAttribute(CallerIdentity.RECORD));
    }

    public Optional<UUID> workerId() {
        return record().map(CallerIdentity.Record::workerId);
    }

    /**
     * Why the caller says they need this record ({@code X-Purpose}), or null. It is kept forever in a log that
     * outlives erasure, so it is bounded and must be a reason and a reference, never personal data.
     */
    public String purpose() {
        if (actingFor != null) {
            return actingFor.why();
        }
        if (isSystem()) {
            return systemWork;
        }
        String purpose = request.getCurrent().request().getHeader(PURPOSE_HEADER);
        if (purpose == null || purpose.isBlank()) {
            return null;
        }
        if (purpose.strip().length() > config.maxPurposeLength()) {
            throw ProblemException.invalid(Problem.FieldError.header(PURPOSE_HEADER,
                    "must be at most " + config.maxPurposeLength() + " characters: a reason and a case or request "
                            + "reference, never personal data"));
        }
        return purpose.strip();
    }

    /** The client's X-Request-Id, or one made for this request, to tie audit entries to logs. */
    public String requestId() {
        if (actingFor != null) {
            return actingFor.requestId();
        }
        if (requestId == null) {
            String given = isSystem() ? null : request.getCurrent().request().getHeader(REQUEST_ID_HEADER);
            requestId = given == null || given.isBlank() || given.length() > 100 ? UUID.randomUUID().toString()
                    : given.strip();
        }
        return requestId;
    }

    /** An admin reading casework with a declared purpose. */
    public boolean isBreakGlass() {
        return actingFor == null && has(Role.ADMIN) && purpose() != null;
    }

    /**
     * The teams whose casework the caller may read: their own, or every team (the system at work, or
     * break-glass).
     *
     * @throws ProblemException 403 for an admin without a purpose, or a caseworker who is not a known worker
     * @throws IllegalStateException outside a request, unless the system said why ({@link #asSystem})
     */
    public TeamScope readScope() {
        if (isSystem()) {
            return systemScope();
        }
        if (isBreakGlass()) {
            return TeamScope.everyTeam();
        }
        if (!hasCaseworkRole() && has(Role.ADMIN)) {
            throw ProblemException.forbidden("Admins read case records only for a declared reason: send it in "
                    + PURPOSE_HEADER + " (break-glass); the access is audited");
        }
        return TeamScope.of(memberTeams());
    }

    /**
     * The teams whose casework the caller may change: their own; every team only for the system at work. A record
     * the caller may only read (break-glass) is refused as read-only, anything else is not found.
     */
    public TeamScope writeScope() {
        if (isSystem()) {
            return systemScope();
        }
        return TeamScope.changes(ownTeams(), readScope());
    }

    public boolean canRead(UUID teamId) {
        return readScope().includes(teamId);
    }

    /** Reading a record of {@code teamId}: anything outside the caller's teams is not found. */
    public void requireReadable(UUID teamId, String what) {
        readScope().require(what, teamId);
    }

    /** Changing a record of {@code teamId}: not found outside the caller's teams, forbidden when read-only. */
    public void requireWritable(UUID teamId, String what) {
        writeScope().require(what, teamId);
    }

    /** A team named in a request body must be one of the caller's own. */
    public void requireOwnTeam(UUID teamId, String field) {
        TeamScope own = isSystem() ? systemScope() : TeamScope.of(ownTeams());
        if (!own.includes(teamId)) {
            throw ProblemException.invalidBody(field, "is not one of your teams");
        }
    }

    private TeamScope systemScope() {
        if (systemWork == null) {
            throw new IllegalStateException("Work outside a request sees no team until it asks for the system "
                    + "scope by name: caller.asSystem(why, work)");
        }
        return TeamScope.everyTeam();
    }

    /** The teams whose casework the caller may change: their own, if they do casework at all. */
    private Set<UUID> ownTeams() {
        return hasCaseworkRole() ? memberTeams() : Set.of();
    }

    private boolean hasCaseworkRole() {
        return has(Role.WORKER) || has(Role.TEAM_LEAD) || has(Role.INTEGRATION);
    }

    private Set<UUID> memberTeams() {
        return record().map(CallerIdentity.Record::teamIds).orElseThrow(() -> ProblemException.forbidden(
                "Your sign-in (" + username() + ") is not an active worker in Casework; ask an admin to add you"));
    }
}
