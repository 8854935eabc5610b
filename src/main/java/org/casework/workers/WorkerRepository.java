package org.casework.workers;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import org.casework.common.PageRequest;
import org.casework.common.PlainSql;
import org.casework.common.ProblemException;

@ApplicationScoped
public class WorkerRepository implements PanacheRepositoryBase<Worker, UUID> {

    public Worker require(UUID id) {
        Worker worker = findById(id);
        if (worker == null) {
            throw ProblemException.notFound("Worker " + id);
        }
        return worker;
    }

    /** Checks a worker id given in a request body, naming the field when it is unknown or has left. */
    public Worker requireActive(UUID id, String field) {
        Worker worker = id == null ? null : findById(id);
        requireKnownAndActive(worker != null, worker != null && worker.active, field);
        return worker;
    }

    /**
     * Checks that a worker named in a request body is active and a member of the case's team (a contact's lead, a
     * case's key worker, whoever makes an offer or sends a referral), in one query that loads no worker.
     */
    public void requireActiveMember(UUID id, UUID teamId, String field) {
        Standing worker = id == null ? null : PlainSql.query(getEntityManager(), """
                select w.active, exists (select 1 from worker_team t where t.worker_id = w.id and t.team_id = ?)
                from worker w where w.id = ?""", (connection, query) -> {
            query.setObject(1, teamId);
            query.setObject(2, id);
        }, rows -> rows.next() ? new Standing(rows.getBoolean(1), rows.getBoolean(2)) : null);
        requireKnownAndActive(worker != null, worker != null && worker.active(), field);
        if (!worker.member()) {
            throw ProblemException.invalidBody(field, "not-team-member", "is not a member of the case's team");
        }
    }

    /** A worker's standing for a team: still active, and a member of it. */
    private record Standing(boolean active, boolean member) {
    }

    /** A worker named in a request body must exist and not have left. */
    private static void requireKnownAndActive(boolean known, boolean active, String field) {
        if (!known) {
            throw ProblemException.invalidBody(field, "is not a known worker");
        }
        if (!active) {
            throw ProblemException.invalidBody(field, "is a worker who is no longer active");
        }
    }

    public boolean usernameTaken(String username, UUID except) {
        return count("lower(username) = lower(?1) and id <> ?2", username, except == null ? new UUID(0, 0) : except) > 0;
    }

    public List<Worker> page(UUID teamId, Boolean active, String username, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (username != null) {
            where.append(" and lower(w.username) = lower(:username)");
            params.put("username", username);
        }
        if (teamId != null) {
            where.append(" and :team member of w.teamIds");
            params.put("team", teamId);
        }
        if (active != null) {
            where.append(" and w.active = :active");
            params.put("active", active);
        }
        if (!page.isFirst()) {
            where.append(" and (w.displayName > :afterName or (w.displayName = :afterName and w.id > :afterId))");
            params.put("afterName", page.after(0));
            params.put("afterId", page.afterUuid(1));
        }
        var query = getEntityManager().createQuery(
                "select w from Worker w where " + where + " order by w.displayName, w.id", Worker.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(page.fetchSize()).getResultList();
    }
}
