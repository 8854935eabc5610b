package org.casework.outcomes;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.casework.common.SqlValues;

/**
 * Where the person and the worker rated the same instrument version on a case within 14 days of each other: each
 * self-rating paired with the nearest worker rating, and the gap per item and overall, turned so that a positive
 * gap always means the worker rated the person as doing better than they rated themselves.
 */
@ApplicationScoped
public class RatingGapQuery {

    public record GapRow(UUID selfId, UUID workerId, String instrument, int version, OffsetDateTime selfAt,
            OffsetDateTime workerAt, String item, BigDecimal self, BigDecimal worker, BigDecimal gap) {
    }

    public record Summary(String instrument, int version, long pairs, long workerHigher, BigDecimal meanGap) {
    }

    /** The case's pairs (the pairing rule of R__01_rules.sql), overall (position -1) and per item. */
    private static final String PAIRS = """
            with pair as (
                select * from casework_rating_pairs(:caseId, null, null, null)),
            gap as (
                select p.self_id, p.worker_assessment_id as worker_id, p.instrument_version_id, p.self_at,
                       p.worker_at, -1 as position, cast(null as text) as item, p.self_score as self_value,
                       p.worker_score as worker_value, p.gap
                from pair p
                where p.gap is not null
                union all
                select p.self_id, p.worker_assessment_id, p.instrument_version_id, p.self_at, p.worker_at,
                       it.position, it.code, cast(sa.value as numeric(10, 2)), cast(wa.value as numeric(10, 2)),
                       cast(case when it.direction = 'lower-is-better' then sa.value - wa.value
                                 else wa.value - sa.value end as numeric(10, 2))
                from pair p
                join assessment_answer sa on sa.assessment_id = p.self_id and not sa.declined
                join assessment_answer wa on wa.assessment_id = p.worker_assessment_id and wa.item_code = sa.item_code
                                         and not wa.declined
                join instrument_item it on it.instrument_version_id = p.instrument_version_id
                                       and it.code = sa.item_code)
            """;

    private final EntityManager entityManager;

    public RatingGapQuery(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Every pair's gaps, the overall one (item null) first, newest pair first. */
    @SuppressWarnings("unchecked")
    public List<GapRow> gaps(UUID caseId) {
        List<Object[]> rows = entityManager.createNativeQuery(PAIRS + """
                select g.self_id, g.worker_id, i.code, v.version, g.self_at, g.worker_at, g.item, g.self_value,
                       g.worker_value, g.gap
                from gap g
                join instrument_version v on v.id = g.instrument_version_id
                join instrument i on i.id = v.instrument_id
                order by g.self_at desc, g.self_id, g.position
                """).setParameter("caseId", caseId).getResultList();
        return rows.stream().map(r -> new GapRow((UUID) r[0], (UUID) r[1], (String) r[2], ((Number) r[3]).intValue(),
                SqlValues.timestamp(r[4]), SqlValues.timestamp(r[5]), (String) r[6], number(r[7]), number(r[8]),
                number(r[9]))).toList();
    }

    /** Per instrument version: how many pairs, in how many the worker rated higher overall, the mean gap. */
    @SuppressWarnings("unchecked")
    public List<Summary> summaries(UUID caseId) {
        List<Object[]> rows = entityManager.createNativeQuery(PAIRS + """
                select i.code, v.version, count(*), count(*) filter (where g.gap > 0), round(avg(g.gap), 2)
                from gap g
                join instrument_version v on v.id = g.instrument_version_id
                join instrument i on i.id = v.instrument_id
                where g.item is null
                group by i.code, v.version
                order by i.code, v.version
                """).setParameter("caseId", caseId).getResultList();
        return rows.stream().map(r -> new Summary((String) r[0], ((Number) r[1]).intValue(), SqlValues.count(r[2]),
                SqlValues.count(r[3]), number(r[4]))).toList();
    }

    private static BigDecimal number(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }
}
