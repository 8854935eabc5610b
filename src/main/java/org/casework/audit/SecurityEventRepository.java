package org.casework.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import org.casework.common.NewestFirst;
import org.casework.common.PageRequest;

@ApplicationScoped
public class SecurityEventRepository implements PanacheRepositoryBase<SecurityEvent, UUID> {

    /** What the admin's list filters on; every field is optional. */
    public record Filter(String username, Integer status, OffsetDateTime from, OffsetDateTime to) {
    }

    /** Refused requests matching the filter, newest first. */
    public List<SecurityEvent> page(Filter filter, PageRequest page) {
        return NewestFirst.of(SecurityEvent.class, "security_event", "e", "at")
                .where("lower(e.username) = lower(:username)", "username", filter.username())
                .equal("status", filter.status())
                .where("e.at >= :from", "from", filter.from())
                .where("e.at <= :to", "to", filter.to())
                .page(getEntityManager(), page);
    }
}
