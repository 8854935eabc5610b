package org.casework.caseload;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.casework.caseload.CaseloadQuery.CaseRow;
import org.casework.caseload.CaseloadViews.CaseloadEntry;
import org.casework.caseload.CaseloadViews.FollowUp;
import org.casework.caseload.CaseloadViews.FollowUpStatus;
import org.casework.common.CaseworkConfig;
import org.casework.common.PageRequest;
import org.casework.common.ProblemException;
import org.casework.common.Slice;
import org.casework.common.TimeConfig;
import org.casework.security.Caller;
import org.casework.workers.Worker;
import org.casework.workers.WorkerRepository;
import org.casework.security.TeamScope;

@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class CaseloadService {

    private final CaseloadQuery query;
    private final WorkerRepository workers;
    private final CaseworkConfig config;
    private final Caller caller;
    private final Clock clock;

    public CaseloadService(CaseloadQuery query, WorkerRepository workers, CaseworkConfig config, Caller caller,
            Clock clock) {
        this.caller = caller;
        this.query = query;
        this.workers = workers;
        this.config = config;
        this.clock = clock;
    }

    /** The worker's open cases, the longest without a contact made first. Days are local (Europe/London). */
    public Slice<CaseloadEntry> caseload(UUID workerId, PageRequest page) {
        TeamScope scope = requireVisibleWorker(workerId);
        LocalDate today = today();
        return Slice.of(query.caseload(workerId, scope, page), page, CaseRow::sortKey).map(row -> entry(row, today));
    }

    /**
     * Follow-ups still open on the worker's open cases: overdue, due today, and (unless only those are asked for)
     * upcoming within the configured horizon.
     */
    public Slice<FollowUp> followUps(UUID workerId, FollowUpStatus only, PageRequest page) {
        TeamScope scope = requireVisibleWorker(workerId);
        LocalDate today = today();
        LocalDate from = null;
        LocalDate until = today.plusDays(config.caseload().followUpHorizonDays());
        if (only == FollowUpStatus.OVERDUE) {
            until = today.minusDays(1);
        } else if (only == FollowUpStatus.DUE_TODAY) {
            from = today;
            until = today;
        } else if (only == FollowUpStatus.UPCOMING) {
            from = today.plusDays(1);
        }
        var fetched = query.followUps(workerId, scope, from, until, page).stream().map(row -> new FollowUp(
                row.interactionId(), row.caseId(), row.personId(), row.personName(), row.teamId(), row.followUpOn(),
                FollowUpStatus.of(row.followUpOn(), today), row.occurredAt(), row.summary())).toList();
        return Slice.of(fetched, page, FollowUp::sortKey);
    }

    /**
     * A worker's caseload is seen by colleagues who share a team with them, and only the cases of the teams the
     * caller may read; anyone else gets 404.
     *
     * @return the caller's read scope
     */
    private TeamScope requireVisibleWorker(UUID workerId) {
        Worker worker = workers.require(workerId);
        TeamScope scope = caller.readScope();
        if (!scope.isEveryTeam() && worker.teamIds.stream().noneMatch(scope::includes)) {
            throw ProblemException.notFound("Worker " + workerId);
        }
        return scope;
    }

    private CaseloadEntry entry(CaseRow row, LocalDate today) {
        Integer daysSinceContact = row.lastContactAt() == null ? null : daysBetween(row.lastContactAt(), today);
        boolean quiet = daysBetween(row.quietSince(), today) >= config.caseload().noContactDays();
        return new CaseloadEntry(row.caseId(), row.personId(), row.personName(), row.teamId(), row.openedAt(),
                row.lastContactAt(), daysSinceContact, quiet, row.nextFollowUpOn());
    }

    private static int daysBetween(java.time.OffsetDateTime at, LocalDate today) {
        return (int) ChronoUnit.DAYS.between(at.atZoneSameInstant(TimeConfig.LOCAL_ZONE).toLocalDate(), today);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfig.LOCAL_ZONE));
    }
}
