package org.casework.offers;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import org.casework.common.NewestFirst;
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
        return NewestFirst.of(Offer.class, "o", "offeredAt")
                .where("o.teamId in :teams", "teams", teams)
                .equal("caseId", caseId).equal("personId", personId).equal("teamId", teamId).equal("status", status)
                .page(getEntityManager(), page);
    }
}
