package org.casework.outcomes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.casework.cases.CaseRepository;
import org.casework.cases.SupportCase;
import org.casework.outcomes.RatingGapQuery.GapRow;
import org.casework.security.Caller;

@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class RatingGapService {

    private final RatingGapQuery query;
    private final CaseRepository cases;
    private final Caller caller;

    public RatingGapService(RatingGapQuery query, CaseRepository cases, Caller caller) {
        this.query = query;
        this.cases = cases;
        this.caller = caller;
    }

    /** Self and worker ratings of the same instrument within 14 days of each other, compared. */
    public RatingGaps ofCase(UUID caseId) {
        SupportCase supportCase = cases.require(caseId, caller.readScope());
        Map<UUID, List<GapRow>> byPair = new LinkedHashMap<>();
        query.gaps(caseId).forEach(row -> byPair.computeIfAbsent(row.selfId(), id -> new ArrayList<>()).add(row));
        List<RatingGaps.Pair> pairs = byPair.values().stream().map(rows -> {
            GapRow first = rows.get(0);
            return new RatingGaps.Pair(first.instrument(), first.version(), first.selfId(), first.workerId(),
                    first.selfAt(), first.workerAt(),
                    rows.stream().filter(r -> r.item() == null).map(GapRow::gap).findFirst().orElse(null),
                    rows.stream().filter(r -> r.item() != null)
                            .map(r -> new RatingGaps.ItemGap(r.item(), r.self(), r.worker(), r.gap())).toList());
        }).toList();
        List<RatingGaps.InstrumentGap> summaries = query.summaries(caseId).stream()
                .map(s -> new RatingGaps.InstrumentGap(s.instrument(), s.version(), s.pairs(), s.workerHigher(),
                        s.meanGap(), s.pairs() >= 2 && s.workerHigher() == s.pairs()))
                .toList();
        return new RatingGaps(caseId, supportCase.personId, summaries, pairs);
    }
}
