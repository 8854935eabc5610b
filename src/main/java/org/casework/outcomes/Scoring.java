package org.casework.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

import org.casework.outcomes.InstrumentVersion.Item;

/**
 * Scores answers by a version's rule. Items that run against the total's direction are reverse-scored
 * ({@code min + max - value}) before totalling, so the total runs one way. Any declined item leaves the total
 * uncomputable (null), as SWEMWBS's guidance says; the answered items keep their bands.
 */
public final class Scoring {

    /** Totals and means are kept to two decimals, as the published tables are. */
    static final int SCALE = 2;

    private Scoring() {
    }

    /** The result: the raw (oriented) sum, the score and its band, and each answered item's band. */
    public record Scored(Integer rawTotal, BigDecimal score, String band, Map<String, String> itemBands) {
    }

    /** @param answers every item's value by item code; a null value is a declined item */
    public static Scored score(InstrumentVersion version, Map<String, Integer> answers) {
        Map<String, String> itemBands = new LinkedHashMap<>();
        boolean complete = true;
        int raw = 0;
        for (Item item : version.items) {
            Integer value = answers.get(item.code);
            if (value == null) {
                complete = false;
                continue;
            }
            String band = version.band(item.code, BigDecimal.valueOf(value));
            if (band != null) {
                itemBands.put(item.code, band);
            }
            raw += oriented(version, item, value);
        }
        if (!complete || !version.hasTotal()) {
            return new Scored(null, null, null, itemBands);
        }
        BigDecimal score = switch (version.scoringRule) {
            case SUM -> BigDecimal.valueOf(raw).setScale(SCALE);
            case MEAN -> BigDecimal.valueOf(raw).divide(BigDecimal.valueOf(version.items.size()), SCALE,
                    RoundingMode.HALF_UP);
            case LOOKUP -> version.lookup.get(raw);
            case PER_ITEM -> throw new IllegalStateException("per-item instruments have no total");
        };
        return new Scored(raw, score, version.band(null, score), itemBands);
    }

    /** The value as it counts towards the total: reversed when the item runs the other way. */
    static int oriented(InstrumentVersion version, Item item, int value) {
        return version.scoreDirection == null || item.direction == version.scoreDirection ? value
                : item.scaleMin + item.scaleMax - value;
    }

    /** The lowest and highest raw total the items allow (reversal does not change the range). */
    static int[] rawRange(Iterable<Item> items) {
        int min = 0;
        int max = 0;
        for (Item item : items) {
            min += item.scaleMin;
            max += item.scaleMax;
        }
        return new int[] { min, max };
    }
}
