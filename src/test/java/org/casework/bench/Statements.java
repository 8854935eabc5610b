package org.casework.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.casework.cases.CaseRepository;
import org.casework.cases.CaseStatus;
import org.casework.common.PageRequest;
import org.casework.security.TestScopes;

import org.casework.common.SqlResource;
import org.casework.outcomes.TeamSoftOutcomesQuery;
import org.casework.scorecard.ScorecardQuery;
import org.casework.targets.TargetMetric;
import org.casework.targets.TargetQuery;
import org.casework.timeline.TimelineQuery;

/**
 * Prints the statements an endpoint runs that the application composes in Java, taken from the query classes
 * themselves, so that {@code make bench} times in psql exactly what the application runs. Run by
 * {@code bench/run.sh} as {@code Statements scorecard}, {@code soft-outcomes}, {@code workload}, {@code cases} or {@code timeline}
 * (the values of the filters given here are placeholders: the bench gives each parameter its own).
 */
public final class Statements {

    private Statements() {
    }

    public static void main(String[] args) {
        String endpoint = args.length == 1 ? args[0] : "";
        List<String> statements = new ArrayList<>();
        switch (endpoint) {
            case "soft-outcomes" -> statements.addAll(TeamSoftOutcomesQuery.statements());
            case "scorecard" -> {
                // the bench data's one target: cases closed within N days
                statements.add(TargetQuery.statement(TargetMetric.CASES_CLOSED_WITHIN_DAYS));
                statements.addAll(ScorecardQuery.statements());
                statements.addAll(TeamSoftOutcomesQuery.statements());
                statements.add(SqlResource.load("sql/repeats/dashboard.sql"));
            }
            case "cases" -> statements.add(CaseRepository.list(TestScopes.of(Set.of(UUID.randomUUID())), null, UUID.randomUUID(),
                    null, CaseStatus.OPEN).sql(new PageRequest(List.of(), 100)));
            // the first page, for a person who has not agreed to share across teams
            case "timeline" -> statements.add(TimelineQuery.statement(true, false, false, false, true));
            case "workload" -> {
                statements.add(org.casework.workload.WorkloadQuery.members());
                statements.add(org.casework.workload.WorkloadQuery.statement());
            }
            default -> throw new IllegalArgumentException(
                    "say scorecard, soft-outcomes, workload, cases or timeline, not '" + endpoint + "'");
        }
        statements.forEach(sql -> System.out.println(sql.strip() + ";\n"));
    }
}
