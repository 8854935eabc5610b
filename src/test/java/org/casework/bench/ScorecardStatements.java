package org.casework.bench;

import java.util.ArrayList;
import java.util.List;

import org.casework.common.SqlResource;
import org.casework.outcomes.TeamSoftOutcomesQuery;
import org.casework.scorecard.ScorecardQuery;
import org.casework.targets.TargetMetric;
import org.casework.targets.TargetQuery;

/**
 * Prints the statements a scorecard runs, taken from the query classes themselves, so that {@code make bench}
 * times in psql exactly what the application runs: the bench data's one target (cases closed within N days), the
 * scorecard's own measures, the team's soft outcomes and its repeat dashboard. Run by {@code bench/run.sh}.
 */
public final class ScorecardStatements {

    private ScorecardStatements() {
    }

    public static void main(String[] args) {
        List<String> statements = new ArrayList<>();
        statements.add(TargetQuery.statement(TargetMetric.CASES_CLOSED_WITHIN_DAYS));
        statements.addAll(ScorecardQuery.statements());
        statements.addAll(TeamSoftOutcomesQuery.statements());
        statements.add(SqlResource.load("sql/repeats/dashboard.sql"));
        statements.forEach(sql -> System.out.println(sql.strip() + ";\n"));
    }
}
