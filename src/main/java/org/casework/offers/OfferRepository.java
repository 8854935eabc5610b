package org.casework.offers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import org.casework.common.PageRequest;
import org.casework.common.ProblemException;
import org.casework.security.Caller;

@ApplicationScoped
public class OfferRepository implements PanacheRepositoryBase<Offer, UUID> {

    private final Caller caller;

    public OfferRepository(Caller caller) {
        this.caller = caller;
    }

    /** The offer, when the caller may read its team's records; otherwise 404 like an unknown id. */
    public Offer require(UUID id) {
        Offer offer = findById(id);
        if (offer == null || !caller.canRead(offer.teamId)) {
            throw ProblemException.notFound("Offer " + id);
        }
        return offer;
    }

    public Offer requireWritable(UUID id) {
        Offer offer = require(id);
        caller.requireWritable(offer.teamId, "Offer " + id);
        return offer;
    }

    /** Offers matching every given filter, newest offered first. */
    public List<Offer> page(UUID caseId, UUID personId, UUID teamId, OfferStatus status, PageRequest page) {
        var teams = caller.readableTeams();
        if (teams != null && teams.isEmpty()) {
            return List.of();
        }
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (teams != null) {
            where.append(" and o.teamId in :teams");
            params.put("teams", teams);
        }
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
            params.put("afterAt", page.afterTimestamp(0));
            params.put("afterId", page.afterUuid(1));
        }
        var query = getEntityManager().createQuery(
                "select o from Offer o where " + where + " order by o.offeredAt desc, o.id desc", Offer.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(page.fetchSize()).getResultList();
    }
}
