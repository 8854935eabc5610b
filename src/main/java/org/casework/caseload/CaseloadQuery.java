package org.casework.caseload;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.casework.common.PageRequest;
import org.casework.common.SqlValues;
import org.casework.security.TeamScope;

/**
 * A worker's open cases and their follow-ups, read in SQL. A follow-up is open while its case is open and no
 * contact has been made on the case since the interaction that set it: that later contact either dealt with
 * it or set its own follow-up.
 */
@ApplicationScoped
public class CaseloadQuery {

    public record CaseRow(UUID caseId, UUID personId, String personName, UUID teamId, OffsetDateTime openedAt,
            OffsetDateTime lastContactAt, OffsetDateTime quietSince, LocalDate nextFollowUpOn) {

        List<String> sortKey() {
            return List.of(quietSince.toString(), caseId.toString());
        }
    }

    public record FollowUpRow(UUID interactionId, UUID caseId, UUID personId, String personName, UUID teamId,
            LocalDate followUpOn, OffsetDateTime occurredAt, String summary) {
    }

    private static final String OPEN_FOLLOW_UP = """
            f.follow_up_on is not null
            and not exists (select 1 from interaction later
                            where later.case_id = f.case_id and later.contact_status = 'made'
                              and later.occurred_at > f.occurred_at)""";

    private final EntityManager entityManager;

    public CaseloadQuery(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Open cases the worker is key worker for, longest without contact first (never contacted: since opened). */
    @SuppressWarnings("unchecked")
    public List<CaseRow> caseload(UUID workerId, TeamScope scope, PageRequest page) {
        var query = entityManager.createNativeQuery("""
                select * from (
                    select c.id, c.person_id, p.preferred_name, c.team_id, c.opened_at, last.at as last_contact_at,
                           coalesce(last.at, c.opened_at) as quiet_since,
                           (select min(f.follow_up_on) from interaction f
                             where f.case_id = c.id and %s) as next_follow_up_on
                    from support_case c
                    join person p on p.id = c.person_id
                    left join lateral (select max(i.occurred_at) as at from interaction i
                                        where i.case_id = c.id and i.contact_status = 'made') last on true
                    where c.key_worker_id = :workerId and c.status = 'open' and %s) x
                where cast(:afterAt as timestamptz) is null
                   or (x.quiet_since, x.id) > (cast(:afterAt as timestamptz), cast(:afterId as uuid))
                order by x.quiet_since, x.id
                limit :limit
                """.formatted(OPEN_FOLLOW_UP, IN_SCOPE))
                .setParameter("workerId", workerId)
                .setParameter("limit", page.fetchSize());
        scope.bind(query, "teams");
        setAfter(query, page, page.isFirst() ? null : page.afterTimestamp(0));
        return ((List<Object[]>) query.getResultList()).stream().map(row -> new CaseRow((UUID) row[0],
                (UUID) row[1], (String) row[2], (UUID) row[3], SqlValues.timestamp(row[4]),
                SqlValues.timestamp(row[5]), SqlValues.timestamp(row[6]), SqlValues.date(row[7]))).toList();
    }

    /** Open follow-ups on the worker's open cases due on or before {@code until}, soonest due first. */
    @SuppressWarnings("unchecked")
    public List<FollowUpRow> followUps(UUID workerId, TeamScope scope, LocalDate dueFrom, LocalDate until,
            PageRequest page) {
        var query = entityManager.createNativeQuery("""
                select f.id, f.case_id, f.person_id, p.preferred_name, f.team_id, f.follow_up_on, f.occurred_at,
                       f.summary
                from support_case c
                join interaction f on f.case_id = c.id
                join person p on p.id = c.person_id
                where c.key_worker_id = :workerId and c.status = 'open' and %s and %s
                  and f.follow_up_on <= :until
                  and (cast(:dueFrom as date) is null or f.follow_up_on >= cast(:dueFrom as date))
                  and (cast(:afterAt as date) is null
                       or (f.follow_up_on, f.id) > (cast(:afterAt as date), cast(:afterId as uuid)))
                order by f.follow_up_on, f.id
                limit :limit
                """.formatted(OPEN_FOLLOW_UP, IN_SCOPE))
                .setParameter("workerId", workerId)
                .setParameter("until", until)
                .setParameter("dueFrom", dueFrom)
                .setParameter("limit", page.fetchSize());
        scope.bind(query, "teams");
        setAfter(query, page, page.isFirst() ? null : page.afterDate(0));
        return ((List<Object[]>) query.getResultList()).stream().map(row -> new FollowUpRow((UUID) row[0],
                (UUID) row[1], (UUID) row[2], (String) row[3], (UUID) row[4], SqlValues.date(row[5]),
                SqlValues.timestamp(row[6]), (String) row[7])).toList();
    }

    /** Only cases of the teams in scope. */
    private static final String IN_SCOPE = "casework_in_scope(c.team_id, cast(:teams as uuid[]))";

    private static void setAfter(jakarta.persistence.Query query, PageRequest page, Object afterAt) {
        query.setParameter("afterAt", afterAt);
        query.setParameter("afterId", page.isFirst() ? null : page.afterUuid(1));
    }
}
