package org.casework.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.casework.outcomes.InstrumentVersion.Band;
import org.casework.outcomes.InstrumentVersion.Item;
import org.casework.outcomes.Scoring.Scored;
import org.junit.jupiter.api.Test;

/**
 * Scoring's rules on hand-made versions, without the server: reversal, sum, mean, lookup, per-item, declined
 * items and bands. ScoringTest checks the built-in instruments against their published tables over HTTP.
 */
class ScoringRulesTest {

    private static final Direction UP = Direction.HIGHER_IS_BETTER;
    private static final Direction DOWN = Direction.LOWER_IS_BETTER;

    /** Three items on 1-5: a and c higher-is-better, b lower-is-better; the total runs higher-is-better. */
    private static InstrumentVersion version(ScoringRule rule) {
        InstrumentVersion version = new InstrumentVersion();
        version.scoringRule = rule;
        version.scoreDirection = rule == ScoringRule.PER_ITEM ? null : UP;
        version.items = List.of(new Item("a", "A?", 1, 5, UP), new Item("b", "B?", 1, 5, DOWN),
                new Item("c", "C?", 1, 5, UP));
        return version;
    }

    private static Map<String, Integer> answers(Integer a, Integer b, Integer c) {
        Map<String, Integer> answers = new HashMap<>();
        answers.put("a", a);
        answers.put("b", b);
        answers.put("c", c);
        return answers;
    }

    private static Band band(String item, String code, String min, String max) {
        return new Band(item, code, code, new BigDecimal(min), new BigDecimal(max));
    }

    @Test
    void aSumReversesTheItemsThatRunTheOtherWayAndKeepsTwoDecimals() {
        // a 4, b 2 reversed to 1 + 5 - 2 = 4, c 5: 13
        Scored scored = Scoring.score(version(ScoringRule.SUM), answers(4, 2, 5));
        assertThat(scored.rawTotal()).isEqualTo(13);
        assertThat(scored.score()).isEqualTo(new BigDecimal("13.00"));
    }

    @Test
    void aMeanIsRoundedHalfUpToTwoDecimals() {
        // 5 + (6 - 5) + 5 = 11, / 3 = 3.666... -> 3.67; 1 + (6 - 5) + 2 = 4, / 3 = 1.333... -> 1.33
        assertThat(Scoring.score(version(ScoringRule.MEAN), answers(5, 5, 5)).score())
                .isEqualTo(new BigDecimal("3.67"));
        assertThat(Scoring.score(version(ScoringRule.MEAN), answers(1, 5, 2)).score())
                .isEqualTo(new BigDecimal("1.33"));
        // 2 + 4 + 3 = 9 / 3 = 3, still shown with two decimals
        assertThat(Scoring.score(version(ScoringRule.MEAN), answers(2, 2, 3)).score())
                .isEqualTo(new BigDecimal("3.00"));
        // eight items: 25 / 8 = 3.125, exactly half way, goes up (not to the even 3.12)
        InstrumentVersion eight = version(ScoringRule.MEAN);
        eight.items = List.of("a", "b", "c", "d", "e", "f", "g", "h").stream()
                .map(code -> new Item(code, code + "?", 1, 10, UP)).toList();
        Map<String, Integer> answers = new HashMap<>(Map.of("a", 4, "b", 4, "c", 3, "d", 3, "e", 3, "f", 3, "g", 3));
        answers.put("h", 2);
        assertThat(Scoring.score(eight, answers).score()).isEqualTo(new BigDecimal("3.13"));
    }

    @Test
    void aLookupTurnsTheRawTotalIntoThePublishedScore() {
        InstrumentVersion version = version(ScoringRule.LOOKUP);
        version.lookup.put(9, new BigDecimal("11.25"));
        version.lookup.put(10, new BigDecimal("12.40"));
        Scored scored = Scoring.score(version, answers(3, 5, 5));
        assertThat(scored.rawTotal()).isEqualTo(9);
        assertThat(scored.score()).isEqualTo(new BigDecimal("11.25"));
        assertThat(Scoring.score(version, answers(4, 5, 5)).score()).isEqualTo(new BigDecimal("12.40"));
    }

    @Test
    void aDeclinedItemLeavesNoTotalButTheAnsweredItemsKeepTheirBands() {
        InstrumentVersion version = version(ScoringRule.SUM);
        version.bands = List.of(band(null, "any", "0", "100"), band("a", "a-high", "4", "5"),
                band("c", "c-low", "1", "2"));
        Scored scored = Scoring.score(version, answers(4, null, 2));
        assertThat(scored.rawTotal()).isNull();
        assertThat(scored.score()).isNull();
        assertThat(scored.band()).isNull();
        assertThat(scored.itemBands()).containsExactly(Map.entry("a", "a-high"), Map.entry("c", "c-low"));
        // a missing answer is declined too
        Map<String, Integer> missing = answers(4, 2, 2);
        missing.remove("c");
        assertThat(Scoring.score(version, missing).score()).isNull();
    }

    @Test
    void perItemInstrumentsHaveNoTotalOnlyEachItemsBandAsAnswered() {
        InstrumentVersion version = version(ScoringRule.PER_ITEM);
        // b's bands are of its own answer, not reversed: per-item instruments have no total to orient to
        version.bands = List.of(band("b", "b-low", "1", "2"), band("b", "b-high", "3", "5"));
        Scored scored = Scoring.score(version, answers(1, 2, 5));
        assertThat(scored.rawTotal()).isNull();
        assertThat(scored.score()).isNull();
        assertThat(scored.band()).isNull();
        assertThat(scored.itemBands()).containsExactly(Map.entry("b", "b-low"));
        assertThat(version.hasTotal()).isFalse();
        assertThat(Scoring.oriented(version, version.items.get(1), 2)).isEqualTo(2);
    }

    @Test
    void bandsIncludeBothEndsAndAScoreBetweenBandsHasNone() {
        InstrumentVersion version = version(ScoringRule.SUM);
        version.bands = List.of(band(null, "low", "3", "7"), band(null, "high", "8", "15"));
        // raw 7 (a 1, b 5 -> 1, c 5) is the top of low; 8 the bottom of high; 3 the bottom of low
        assertThat(Scoring.score(version, answers(1, 5, 5)).band()).isEqualTo("low");
        assertThat(Scoring.score(version, answers(2, 5, 5)).band()).isEqualTo("high");
        assertThat(Scoring.score(version, answers(1, 5, 1)).band()).isEqualTo("low");
        // a mean of 23 / 3 = 7.67 falls above low and below high
        version.scoringRule = ScoringRule.MEAN;
        version.bands = List.of(band(null, "low", "1", "7.5"), band(null, "high", "8", "15"));
        version.items = List.of(new Item("a", "A?", 1, 10, UP), new Item("b", "B?", 1, 10, UP),
                new Item("c", "C?", 1, 10, UP));
        Scored between = Scoring.score(version, answers(8, 8, 7));
        assertThat(between.score()).isEqualTo(new BigDecimal("7.67"));
        assertThat(between.band()).isNull();
    }

    @Test
    void theRawRangeIsTheItemsMinimaAndMaximaWhicheverWayTheyRun() {
        assertThat(Scoring.rawRange(version(ScoringRule.SUM).items)).containsExactly(3, 15);
        assertThat(Scoring.rawRange(List.of())).containsExactly(0, 0);
    }
}
