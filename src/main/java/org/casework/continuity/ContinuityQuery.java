package org.casework.continuity;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.casework.common.SqlValues;

/**
 * The counts behind the continuity measures, for one case or one person, all time and since a given instant,
 * computed in one query. Only contacts actually made count, each once, for its lead worker.
 */
@ApplicationScoped
public class ContinuityQuery {

    /** Counts for one period, and the ratios of them (the rules of R__01_rules.sql; null with nothing to divide). */
    public record Counts(long contacts, long attempts, long distinctWorkers, Double keyWorkerShare,
            Double usualProviderIndex, Double continuityOfCareIndex, long handovers, OffsetDateTime lastContactAt) {
    }

    /** Which rows belong to the subject: the interaction column and the support_case column to match. */
    enum Scope {
        CASE("case_id", "id"), PERSON("person_id", "person_id");

        final String interactionColumn;
        final String caseColumn;

        Scope(String interactionColumn, String caseColumn) {
            this.interactionColumn = interactionColumn;
            this.caseColumn = caseColumn;
        }
    }

    private static final String SQL = """
            with period (name, since) as (
                values ('all', cast(null as timestamptz)), ('recent', cast(:since as timestamptz))),
            contact as (
                select i.lead_worker_id, i.lead_worker_id = c.key_worker_id as with_key_worker, i.occurred_at
                from interaction i
                join support_case c on c.id = i.case_id
                where i.%1$s = :id and i.contact_status = 'made'),
            per_worker as (
                select p.name, x.lead_worker_id, count(*) as n,
                       count(*) filter (where x.with_key_worker) as with_key_worker, max(x.occurred_at) as last_at
                from period p
                join contact x on p.since is null or x.occurred_at >= p.since
                group by p.name, x.lead_worker_id)
            select p.name,
                   coalesce(sum(w.n), 0) as contacts,
                   (select count(*) from interaction a
                     where a.%1$s = :id and a.contact_status <> 'made'
                       and (p.since is null or a.occurred_at >= p.since)) as attempts,
                   count(w.lead_worker_id) as distinct_workers,
                   casework_percentage(sum(w.with_key_worker), sum(w.n)) as key_worker_share,
                   casework_usual_provider_index(max(w.n), cast(sum(w.n) as bigint)) as usual_provider_index,
                   casework_continuity_of_care_index(cast(sum(w.n * w.n) as bigint), cast(sum(w.n) as bigint))
                       as continuity_of_care_index,
                   (select count(*) from handover h
                      join support_case c on c.id = h.case_id
                     where c.%2$s = :id and (p.since is null or h.handed_over_at >= p.since)) as handovers,
                   max(w.last_at) as last_contact_at
            from period p
            left join per_worker w on w.name = p.name
            group by p.name, p.since
            """;

    private final EntityManager entityManager;

    public ContinuityQuery(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Counts over all time ({@code all}) and since {@code since} ({@code recent}). */
    public Map<String, Counts> counts(Scope scope, UUID id, OffsetDateTime since) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery(SQL.formatted(scope.interactionColumn, scope.caseColumn))
                .setParameter("id", id)
                .setParameter("since", since)
                .getResultList();
        return rows.stream().collect(Collectors.toMap(row -> (String) row[0], row -> new Counts(
                SqlValues.count(row[1]), SqlValues.count(row[2]), SqlValues.count(row[3]), SqlValues.decimal(row[4]),
                SqlValues.decimal(row[5]), SqlValues.decimal(row[6]), SqlValues.count(row[7]),
                SqlValues.timestamp(row[8]))));
    }

    /** The key workers of the person's open cases, or of their latest case when none is open. */
    @SuppressWarnings("unchecked")
    public List<UUID> keyWorkersOfPerson(UUID personId) {
        return entityManager.createNativeQuery("""
                select distinct key_worker_id from support_case
                where person_id = :personId
                  and (status = 'open'
                       or id = (select l.id from support_case l
                                where l.person_id = :personId
                                  and not exists (select 1 from support_case o
                                                  where o.person_id = :personId and o.status = 'open')
                                order by l.opened_at desc, l.id desc
                                limit 1))
                order by key_worker_id
                """, UUID.class).setParameter("personId", personId).getResultList();
    }
}
