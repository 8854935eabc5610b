package org.casework.privacy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.casework.cases.CaseViews.CaseView;
import org.casework.cases.CaseViews.HandoverView;
import org.casework.cases.Handover;
import org.casework.cases.SupportCase;
import org.casework.common.SqlValues;
import org.casework.interactions.Interaction;
import org.casework.interactions.InteractionView;
import org.casework.moments.Moment;
import org.casework.moments.MomentView;
import org.casework.network.NetworkMember;
import org.casework.network.NetworkMemberView;
import org.casework.offers.Offer;
import org.casework.offers.OfferView;
import org.casework.outcomes.Assessment;
import org.casework.outcomes.AssessmentView;
import org.casework.outcomes.InstrumentRepository;
import org.casework.outcomes.InstrumentRepository.Label;
import org.casework.referrals.Referral;
import org.casework.referrals.ReferralView;

/**
 * Reads one person's whole record in every team, oldest first, in a fixed number of queries whatever its size:
 * each kind by person id, collections fetched with their owners rather than one query per row.
 */
@ApplicationScoped
public class ExportQuery {

    private final EntityManager entityManager;
    private final InstrumentRepository instruments;

    public ExportQuery(EntityManager entityManager, InstrumentRepository instruments) {
        this.entityManager = entityManager;
        this.instruments = instruments;
    }

    /** When the person's record was erased, or null. */
    public OffsetDateTime erasedAt(UUID personId) {
        List<?> rows = entityManager.createNativeQuery("select erased_at from person where id = :personId")
                .setParameter("personId", personId).getResultList();
        return rows.isEmpty() ? null : SqlValues.timestamp(rows.get(0));
    }

    public List<NetworkMemberView> network(UUID personId) {
        return entityManager.createQuery(
                "select m from NetworkMember m where m.personId = :personId order by m.createdAt, m.id",
                NetworkMember.class)
                .setParameter("personId", personId).getResultStream()
                .map(NetworkMemberView::from)
                .toList();
    }

    /** Cases with needs and goals: two queries, one per collection, so neither multiplies the other's rows. */
    public List<CaseView> cases(UUID personId) {
        List<SupportCase> cases = entityManager.createQuery("""
                select distinct c from SupportCase c left join fetch c.needs
                where c.personId = :personId order by c.openedAt, c.id
                """, SupportCase.class).setParameter("personId", personId).getResultList();
        entityManager.createQuery("""
                select distinct c from SupportCase c left join fetch c.goals where c.personId = :personId
                """, SupportCase.class).setParameter("personId", personId).getResultList();
        return cases.stream().map(CaseView::from).toList();
    }

    public List<HandoverView> handovers(UUID personId) {
        return entityManager.createQuery("""
                select h from Handover h
                where h.caseId in (select c.id from SupportCase c where c.personId = :personId)
                order by h.handedOverAt, h.id
                """, Handover.class).setParameter("personId", personId).getResultStream()
                .map(h -> HandoverView.from(h, personId)).toList();
    }

    /** Interactions with issues and workers present: two queries, one per collection. */
    public List<InteractionView> interactions(UUID personId) {
        List<Interaction> interactions = entityManager.createQuery("""
                select distinct i from Interaction i left join fetch i.issues
                where i.personId = :personId order by i.occurredAt, i.id
                """, Interaction.class).setParameter("personId", personId).getResultList();
        entityManager.createQuery("""
                select distinct i from Interaction i left join fetch i.otherWorkerIds where i.personId = :personId
                """, Interaction.class).setParameter("personId", personId).getResultList();
        return interactions.stream().map(InteractionView::from).toList();
    }

    public List<ReferralView> referrals(UUID personId) {
        return entityManager.createQuery(
                "select r from Referral r where r.personId = :personId order by r.sentAt, r.id", Referral.class)
                .setParameter("personId", personId).getResultStream()
                .map(ReferralView::from)
                .toList();
    }

    /** Soft outcome moments with their domains: one query. */
    /** Assessments with their answers (one query) and the instrument each was made with (one more). */
    public List<AssessmentView> assessments(UUID personId) {
        List<Assessment> assessments = entityManager.createQuery("""
                select distinct a from Assessment a left join fetch a.answers
                where a.personId = :personId order by a.assessedAt, a.id
                """, Assessment.class).setParameter("personId", personId).getResultList();
        Map<UUID, Label> labels = instruments.labels(assessments.stream().map(a -> a.instrumentVersionId)
                .distinct().toList());
        return assessments.stream().map(a -> AssessmentView.from(a, labels.get(a.instrumentVersionId))).toList();
    }

    public List<MomentView> moments(UUID personId) {
        return entityManager.createQuery("""
                select distinct m from Moment m left join fetch m.domains
                where m.personId = :personId order by m.occurredAt, m.id
                """, Moment.class).setParameter("personId", personId).getResultStream()
                .map(MomentView::from)
                .toList();
    }

    public List<OfferView> offers(UUID personId) {
        return entityManager.createQuery(
                "select o from Offer o where o.personId = :personId order by o.offeredAt, o.id", Offer.class)
                .setParameter("personId", personId).getResultStream()
                .map(OfferView::from)
                .toList();
    }
}
