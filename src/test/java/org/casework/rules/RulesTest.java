package org.casework.rules;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.test.junit.QuarkusTest;

import org.casework.common.TimeConfig;
import org.casework.teams.Team;
import org.junit.jupiter.api.Test;

/**
 * The domain's rules live in SQL (db-migrations/R__01_rules.sql); the two constants Java needs as well must say
 * the same there and here, and the rules must answer as docs/definitions.md says.
 */
@QuarkusTest
class RulesTest {

    @Inject
    EntityManager entityManager;

    @Test
    void javaAndSqlAgreeOnTheLocalZoneAndTheDefaultRepeatWindow() {
        assertThat(sql("select casework_zone()")).isEqualTo(TimeConfig.LOCAL_ZONE.getId());
        assertThat(((Number) sql("select casework_default_repeat_window()")).intValue())
                .isEqualTo(Team.DEFAULT_REPEAT_WINDOW_DAYS);
        assertThat(sql("select column_default from information_schema.columns"
                + " where table_name = 'team' and column_name = 'repeat_window_days'"))
                .isEqualTo("casework_default_repeat_window()");
    }

    @Test
    void localDatesAreLondonsAcrossTheClockChanges() {
        // 00:30 on the first day of British Summer Time is still the day before in UTC
        assertThat(sql("select cast(casework_local_date(timestamptz '2026-03-29 00:30:00+00') as text)"))
                .isEqualTo("2026-03-29");
        assertThat(sql("select cast(casework_local_date(timestamptz '2026-06-30 23:30:00+00') as text)"))
                .isEqualTo("2026-07-01");
        assertThat(sql("select cast(casework_day_start(date '2026-07-01') as text)"))
                .isEqualTo(sql("select cast(timestamptz '2026-06-30 23:00:00+00' as text)"));
        // closed the evening after it was opened, an hour apart in UTC across midnight in London: one day
        assertThat(sql("select casework_local_days(timestamptz '2026-07-01 22:30:00+00',"
                + " timestamptz '2026-07-01 23:30:00+00')")).isEqualTo(1);
    }

    @Test
    void repeatsEscalationAndClosuresThatCanComeBack() {
        assertThat(sql("select array[casework_is_repeat(0, 28), casework_is_repeat(1, 28),"
                + " casework_is_repeat(28, 28), casework_is_repeat(29, 28), casework_is_repeat(null, 28)]"))
                .isEqualTo(new Boolean[] {false, true, true, false, false});
        assertThat(sql("select array[casework_is_escalating(array[30, 20, 10]),"
                + " casework_is_escalating(array[30, 20, 20]), casework_is_escalating(array[20, 10]),"
                + " casework_is_escalating(array[null, 20, 10]), casework_is_escalating(null)]"))
                .isEqualTo(new Boolean[] {true, false, false, false, false});
        assertThat(sql("select array[casework_closure_can_return('goals-met'), casework_closure_can_return('died'),"
                + " casework_closure_can_return('moved-away')]"))
                .isEqualTo(new Boolean[] {true, false, false});
        assertThat(sql("select array[casework_closed_within(timestamptz '2026-01-01 09:00+00',"
                + " timestamptz '2026-01-29 17:00+00', 28), casework_closed_within(timestamptz '2026-01-01 09:00+00',"
                + " timestamptz '2026-01-30 08:00+00', 28)]"))
                .isEqualTo(new Boolean[] {true, false});
    }

    @Test
    void aNullScopeIsEveryTeam() {
        assertThat(sql("select array[casework_in_scope(uuid '00000000-0000-0000-0000-00000000000a', null),"
                + " casework_in_scope(uuid '00000000-0000-0000-0000-00000000000a',"
                + " array[uuid '00000000-0000-0000-0000-00000000000a']),"
                + " casework_in_scope(uuid '00000000-0000-0000-0000-00000000000a', '{}')]"))
                .isEqualTo(new Boolean[] {true, true, false});
    }

    @Test
    void continuityIndicesAreRatiosToFourPlaces() {
        assertThat(sql("select array[casework_usual_provider_index(2, 3), casework_continuity_of_care_index(5, 3),"
                + " casework_continuity_of_care_index(1, 1), casework_usual_provider_index(0, 0)]"))
                .isEqualTo(new java.math.BigDecimal[] {new java.math.BigDecimal("0.6667"),
                        new java.math.BigDecimal("0.3333"), null, null});
    }

    private Object sql(String statement) {
        return entityManager.createNativeQuery(statement).getSingleResult();
    }
}
