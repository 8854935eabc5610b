package org.casework.offers;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import org.casework.common.PageRequest;
import org.casework.common.ProblemException;

@ApplicationScoped
public class OfferRepository implements PanacheRepositoryBase<Offer, UUID> {

    public Offer require(UUID id) {
        Offer offer = findById(id);
        if (offer == null) {
            throw ProblemException.notFound("Offer " + id);
        }
        return offer;
    }

    /** Offers matching every given filter, newest offered first. */
    public List<Offer> page(UUID caseId, UUID personId, UUID teamId, OfferStatus status, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (caseId != null) {
            where.append(" and o.caseId = :caseId");
            params.put("caseId", caseId);
        }
        if (personId != null) {
            where.append(" and o.personId = :personId");
            params.put("personId", personId);
        }
        if (teamId != null) {
            where.append(" and o.teamId = :teamId");
            params.put("teamId", teamId);
        }
        if (status != null) {
            where.append(" and o.status = :status");
            params.put("status", status);
        }
        if (!page.isFirst()) {
            where.append(" and (o.offeredAt < :afterAt or (o.offeredAt = :afterAt and o.id < :afterId))");
            params.put("afterAt", OffsetDateTime.parse(page.after(0)));
            params.put("afterId", UUID.fromString(page.after(1)));
        }
        var query = getEntityManager().createQuery(
                "select o from Offer o where " + where + " order by o.offeredAt desc, o.id desc", Offer.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(page.fetchSize()).getResultList();
    }
}
