package org.casework.moments;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import org.casework.common.NewestFirst;
import org.casework.common.PageRequest;
import org.casework.common.ProblemException;
import org.casework.security.Caller;

@ApplicationScoped
public class MomentRepository implements PanacheRepositoryBase<Moment, UUID> {

    private final Caller caller;

    public MomentRepository(Caller caller) {
        this.caller = caller;
    }

    /**
     * The moment, when it belongs to that case and the caller may read its team's records: an id under another
     * case, or of another team, is not found.
     */
    public Moment require(UUID caseId, UUID id) {
        Moment moment = findById(id);
        if (moment == null || !moment.caseId.equals(caseId) || !caller.canRead(moment.teamId)) {
            throw ProblemException.notFound("Moment " + id + " on case " + caseId);
        }
        return moment;
    }

    /** A case's moments matching the filters, most recent first. */
    public List<Moment> page(UUID caseId, String type, String domain, OffsetDateTime from, OffsetDateTime to,
            PageRequest page) {
        return NewestFirst.of(Moment.class, "m", "occurredAt")
                .equal("caseId", caseId).equal("type", type)
                .where(":domain member of m.domains", "domain", domain)
                .where("m.occurredAt >= :from", "from", from).where("m.occurredAt <= :to", "to", to)
                .page(getEntityManager(), page);
    }
}
