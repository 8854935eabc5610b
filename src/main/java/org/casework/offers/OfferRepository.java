package org.casework.offers;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import org.casework.common.NewestFirst;
import org.casework.common.PageRequest;
import org.casework.common.ProblemException;
import org.casework.security.TeamScope;

@ApplicationScoped
public class OfferRepository implements PanacheRepositoryBase<Offer, UUID> {



    /** The offer, when its team is in scope; otherwise 404 like an unknown id (403 when only readable). */
    public Offer require(UUID id, TeamScope scope) {
        Offer offer = findById(id);
        if (offer == null) {
            throw ProblemException.notFound("Offer " + id);
        }
        scope.require("Offer " + id, offer.teamId);
        return offer;
    }

    /** Offers matching every given filter, newest offered first. */
    public List<Offer> page(TeamScope scope, UUID caseId, UUID personId, UUID teamId, OfferStatus status,
            PageRequest page) {
        return NewestFirst.of(Offer.class, "offer", "o", "offered_at")
                .where("o.team_id = any(cast(:teams as uuid[]))", "teams", scope.sqlValue())
                .equal("case_id", caseId).equal("person_id", personId).equal("team_id", teamId)
                .equal("status", status)
                .page(getEntityManager(), page);
    }
}
