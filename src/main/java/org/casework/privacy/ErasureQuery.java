package org.casework.privacy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.casework.privacy.ErasureSummary.Changed;

/**
 * The set-based SQL of an erasure: one statement per table, each by person id, never a row at a time. Free text
 * becomes null, or {@code 'erased'} where the schema requires a value; dates, codes, statuses and workers stay,
 * so every count and continuity measure is the same afterwards. Versions are bumped so that a worker's edit
 * read before the erasure fails with 412 instead of writing the old text back.
 */
@ApplicationScoped
public class ErasureQuery {

    static final String ERASED_NAME = "Erased";
    static final String ERASED_TEXT = "erased";

    /** Whether a person exists and has been erased, read under a row lock so two erasures cannot interleave. */
    enum PersonState { UNKNOWN, PRESENT, ERASED }

    private final EntityManager entityManager;

    public ErasureQuery(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    PersonState lock(UUID personId) {
        List<?> rows = entityManager.createNativeQuery("select erased_at from person where id = :personId for update")
                .setParameter("personId", personId).getResultList();
        if (rows.isEmpty()) {
            return PersonState.UNKNOWN;
        }
        return rows.get(0) == null ? PersonState.PRESENT : PersonState.ERASED;
    }

    Changed erase(UUID personId, OffsetDateTime at, String reason) {
        int person = update("""
                update person set preferred_name = :name, full_name = :name, date_of_birth = null, pronouns = null,
                       contact_phone = null, contact_email = null, contact_address = null, contact_notes = null,
                       what_matters_to_me = null, communication_needs = null, access_needs = null,
                       safety_notes = null, erased_at = :at, erasure_reason = :reason, updated_at = :at,
                       version = version + 1
                where id = :personId and erased_at is null
                """, personId, q -> q.setParameter("name", ERASED_NAME).setParameter("at", at)
                        .setParameter("reason", reason));
        int contactMethods = update("delete from person_contact_method where person_id = :personId", personId);
        int strengths = update("delete from person_strength where person_id = :personId", personId);
        // frees the identifiers, so the same council reference can be given to someone else
        int externalIds = update("delete from person_identifier where person_id = :personId", personId);
        int networkMembers = update("delete from network_member where person_id = :personId", personId);

        int cases = update("""
                update support_case set summary = null, closure_note = null, version = version + 1
                where person_id = :personId
                """, personId);
        int needs = update("""
                update case_need set description = :erased
                where case_id in (select id from support_case where person_id = :personId)
                """, personId, ErasureQuery::erasedText);
        int goals = update("""
                update case_goal set in_their_words = :erased
                where case_id in (select id from support_case where person_id = :personId)
                """, personId, ErasureQuery::erasedText);
        int handovers = update("""
                update handover set reason = :erased
                where case_id in (select id from support_case where person_id = :personId)
                """, personId, ErasureQuery::erasedText);

        int interactions = update("""
                update interaction set summary = null, what_mattered = null, version = version + 1
                where person_id = :personId
                """, personId);
        int referrals = update("""
                update referral set reason = :erased, response_note = null, version = version + 1
                where person_id = :personId
                """, personId, ErasureQuery::erasedText);
        // offer_decline_reason_given and offer_status_consistent require a reason for a decline and a withdrawal
        int offers = update("""
                update offer set description = :erased,
                       response_reason = case when response = 'declined' then :erased end,
                       withdrawal_reason = case when status = 'withdrawn' then :erased end,
                       version = version + 1
                where person_id = :personId
                """, personId, ErasureQuery::erasedText);
        // type, observer, domains and dates stay for the soft outcome counts; the words go
        int moments = update("""
                update moment set what_happened = :erased, version = version + 1
                where person_id = :personId
                """, personId, ErasureQuery::erasedText);
        return new Changed(person, contactMethods, strengths, externalIds, networkMembers, cases, needs, goals,
                handovers, interactions, referrals, offers, moments);
    }

    private static Query erasedText(Query query) {
        return query.setParameter("erased", ERASED_TEXT);
    }

    private int update(String sql, UUID personId) {
        return update(sql, personId, q -> q);
    }

    private int update(String sql, UUID personId, UnaryOperator<Query> parameters) {
        return parameters.apply(entityManager.createNativeQuery(sql).setParameter("personId", personId))
                .executeUpdate();
    }
}
