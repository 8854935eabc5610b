package org.casework.outcomes;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;

import org.hibernate.annotations.SortNatural;

/**
 * One version of an instrument: its items, scales, scoring rule, bands and meaningful-change threshold. Written
 * once and never changed, so every assessment made with it keeps its meaning.
 */
@Entity
public class InstrumentVersion {

    @Id
    public UUID id;

    public UUID instrumentId;
    public int version;
    public String name;
    public String description;
    public String licence;
    public ScoringRule scoringRule;
    /** Which way the total runs; null for per-item instruments. */
    public Direction scoreDirection;
    public BigDecimal scoreMin;
    public BigDecimal scoreMax;
    /** The smallest change of the total (of each item, for per-item instruments) that counts as meaningful. */
    public BigDecimal meaningfulChange;
    @Column(name = "is_current")
    public boolean current;
    public OffsetDateTime createdAt;

    @ElementCollection
    @CollectionTable(name = "instrument_item", joinColumns = @JoinColumn(name = "instrument_version_id"))
    @OrderColumn(name = "position")
    public List<Item> items = new ArrayList<>();

    /** Bands of the total (no item) and of single items, inclusive ranges. */
    @ElementCollection
    @CollectionTable(name = "instrument_band", joinColumns = @JoinColumn(name = "instrument_version_id"))
    @OrderColumn(name = "position")
    public List<Band> bands = new ArrayList<>();

    /** Raw total to score, for the lookup rule. */
    @ElementCollection
    @CollectionTable(name = "instrument_lookup", joinColumns = @JoinColumn(name = "instrument_version_id"))
    @MapKeyColumn(name = "raw_total")
    @Column(name = "score")
    @SortNatural
    public SortedMap<Integer, BigDecimal> lookup = new TreeMap<>();

    public boolean hasTotal() {
        return scoringRule != ScoringRule.PER_ITEM;
    }

    public Optional<Item> item(String code) {
        return items.stream().filter(i -> i.code.equals(code)).findFirst();
    }

    /** The bands of one item, or of the total when {@code itemCode} is null. */
    public List<Band> bandsOf(String itemCode) {
        return bands.stream().filter(b -> itemCode == null ? b.itemCode == null : itemCode.equals(b.itemCode))
                .toList();
    }

    /** The band a score falls in, or null when it falls in none. */
    public String band(String itemCode, BigDecimal score) {
        if (score == null) {
            return null;
        }
        return bandsOf(itemCode).stream()
                .filter(b -> b.minScore.compareTo(score) <= 0 && b.maxScore.compareTo(score) >= 0)
                .map(b -> b.code).findFirst().orElse(null);
    }

    /** One question, on its own scale. */
    @Embeddable
    public static class Item {
        public String code;
        public String text;
        public int scaleMin;
        public int scaleMax;
        public Direction direction;

        protected Item() {
        }

        public Item(String code, String text, int scaleMin, int scaleMax, Direction direction) {
            this.code = code;
            this.text = text;
            this.scaleMin = scaleMin;
            this.scaleMax = scaleMax;
            this.direction = direction;
        }
    }

    /** A named range of the total or of one item, inclusive at both ends. */
    @Embeddable
    public static class Band {
        public String itemCode;
        public String code;
        public String label;
        public BigDecimal minScore;
        public BigDecimal maxScore;

        protected Band() {
        }

        public Band(String itemCode, String code, String label, BigDecimal minScore, BigDecimal maxScore) {
            this.itemCode = itemCode;
            this.code = code;
            this.label = label;
            this.minScore = minScore;
            this.maxScore = maxScore;
        }
    }
}
