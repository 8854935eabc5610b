package org.casework.workers;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import org.casework.common.PageRequest;
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
        if (worker == null) {
            throw ProblemException.invalidBody(field, "is not a known worker");
        }
        if (!worker.active) {
            throw ProblemException.invalidBody(field, "is a worker who is no longer active");
        }
        return worker;
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
