package org.casework.teams;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import org.casework.common.PageRequest;
import org.casework.common.ProblemException;

@ApplicationScoped
public class TeamRepository implements PanacheRepositoryBase<Team, UUID> {

    /** Checks a team id given in a request body, naming the field when it is unknown. */
    public Team requireReferenced(UUID id, String field) {
        Team team = id == null ? null : findById(id);
        if (team == null) {
            throw ProblemException.invalidBody(field, "is not a known team");
        }
        return team;
    }

    public Team require(UUID id) {
        Team team = findById(id);
        if (team == null) {
            throw ProblemException.notFound("Team " + id);
        }
        return team;
    }

    public boolean nameTaken(String name, UUID except) {
        return count("lower(name) = lower(?1) and id <> ?2", name, except == null ? new UUID(0, 0) : except) > 0;
    }

    public List<Team> page(PageRequest page) {
        if (page.isFirst()) {
            return find("order by name, id").range(0, page.fetchSize() - 1).list();
        }
        return find("name > ?1 or (name = ?1 and id > ?2) order by name, id", page.after(0),
                page.afterUuid(1)).range(0, page.fetchSize() - 1).list();
    }
}
