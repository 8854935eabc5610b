package org.casework.network;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import org.casework.common.PageRequest;
import org.casework.common.ProblemException;

@ApplicationScoped
public class NetworkRepository implements PanacheRepositoryBase<NetworkMember, UUID> {

    /** A member of this person's network; another person's member is not found here. */
    public NetworkMember require(UUID personId, UUID memberId) {
        NetworkMember member = findById(memberId);
        if (member == null || !member.personId.equals(personId)) {
            throw ProblemException.notFound("Network member " + memberId);
        }
        return member;
    }

    public List<NetworkMember> page(UUID personId, PageRequest page) {
        if (page.isFirst()) {
            return find("personId = ?1 order by name, id", personId).range(0, page.fetchSize() - 1).list();
        }
        return find("personId = ?1 and (name > ?2 or (name = ?2 and id > ?3)) order by name, id", personId,
                page.after(0), page.afterUuid(1)).range(0, page.fetchSize() - 1).list();
    }
}
