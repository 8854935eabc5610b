package org.casework.outcomes;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** One version of an instrument as the API answers it: everything needed to ask it and to read its scores. */
public record InstrumentView(String code, int version, boolean current, boolean builtIn, String name,
        String description, String licence, ScoringRule scoringRule, Direction scoreDirection, BigDecimal scoreMin,
        BigDecimal scoreMax, BigDecimal meaningfulChange, List<ItemView> items, List<BandView> bands,
        List<LookupView> lookup, OffsetDateTime createdAt) {

    public record ItemView(String code, int position, String text, int scaleMin, int scaleMax, Direction direction,
            List<BandView> bands) {
    }

    public record BandView(String code, String label, BigDecimal min, BigDecimal max) {
    }

    public record LookupView(int raw, BigDecimal score) {
    }

    static InstrumentView from(Instrument instrument, InstrumentVersion v) {
        List<ItemView> items = new java.util.ArrayList<>();
        for (int i = 0; i < v.items.size(); i++) {
            InstrumentVersion.Item item = v.items.get(i);
            items.add(new ItemView(item.code, i, item.text, item.scaleMin, item.scaleMax, item.direction,
                    bands(v, item.code)));
        }
        return new InstrumentView(instrument.code, v.version, v.current, instrument.builtIn, v.name, v.description,
                v.licence, v.scoringRule, v.scoreDirection, v.scoreMin, v.scoreMax, v.meaningfulChange, items,
                bands(v, null), v.lookup.entrySet().stream().map(e -> new LookupView(e.getKey(), e.getValue())).toList(),
                v.createdAt);
    }

    private static List<BandView> bands(InstrumentVersion v, String itemCode) {
        return v.bandsOf(itemCode).stream().map(b -> new BandView(b.code, b.label, b.minScore, b.maxScore)).toList();
    }

    List<String> sortKey() {
        return List.of(code);
    }
}
