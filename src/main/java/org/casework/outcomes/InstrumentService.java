package org.casework.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.casework.common.PageRequest;
import org.casework.common.Problem.FieldError;
import org.casework.common.ProblemException;
import org.casework.common.Slice;
import org.casework.common.TimeConfig;
import org.casework.outcomes.InstrumentRepository.Versioned;
import org.casework.outcomes.InstrumentRequests.BandBody;
import org.casework.outcomes.InstrumentRequests.Definition;
import org.casework.outcomes.InstrumentRequests.ItemBody;
import org.casework.outcomes.InstrumentRequests.LookupBody;
import org.casework.outcomes.InstrumentRequests.NewInstrument;
import org.casework.outcomes.InstrumentVersion.Band;
import org.casework.outcomes.InstrumentVersion.Item;

@ApplicationScoped
@Transactional
public class InstrumentService {

    private final InstrumentRepository instruments;
    private final Clock clock;

    public InstrumentService(InstrumentRepository instruments, Clock clock) {
        this.instruments = instruments;
        this.clock = clock;
    }

    @Transactional(TxType.SUPPORTS)
    public Slice<InstrumentView> list(PageRequest page) {
        return Slice.of(instruments.currentVersions(page).stream()
                .map(v -> InstrumentView.from(v.instrument(), v.version())).toList(), page, InstrumentView::sortKey);
    }

    @Transactional(TxType.SUPPORTS)
    public InstrumentView current(String code) {
        Instrument instrument = require(code);
        return InstrumentView.from(instrument, instruments.current(instrument.id));
    }

    @Transactional(TxType.SUPPORTS)
    public InstrumentView version(String code, int version) {
        Instrument instrument = require(code);
        return InstrumentView.from(instrument, instruments.version(instrument.id, version)
                .orElseThrow(() -> ProblemException.notFound("Version " + version + " of instrument " + code)));
    }

    /**
     * Defines a new instrument with its first version. The code must be new (409); the definition must hold
     * together (400 naming the field): see {@link #validated}.
     */
    public InstrumentView define(NewInstrument request) {
        if (instruments.instrument(request.code()).isPresent()) {
            throw ProblemException.conflict("Instrument " + request.code() + " already exists",
                    FieldError.body("code", "is already an instrument; to change it, create a new version with POST "
                            + "/api/instruments/" + request.code() + "/versions"));
        }
        InstrumentVersion version = validated(request.definition());
        Instrument instrument = new Instrument();
        instrument.id = UUID.randomUUID();
        instrument.code = request.code();
        instrument.builtIn = false;
        instrument.createdAt = TimeConfig.now(clock);
        instruments.persist(instrument);
        version.instrumentId = instrument.id;
        version.version = 1;
        version.current = true;
        instruments.persist(version);
        instruments.flush();
        return InstrumentView.from(instrument, version);
    }

    /**
     * Changes an instrument by adding a version, which becomes current. The old versions stay as they were, so
     * assessments made with them keep their items, bands and scores.
     */
    public InstrumentView newVersion(String code, Definition definition) {
        Instrument instrument = instruments.instrumentForUpdate(code)
                .orElseThrow(() -> ProblemException.notFound("Instrument " + code));
        InstrumentVersion version = validated(definition);
        InstrumentVersion previous = instruments.current(instrument.id);
        previous.current = false;
        // the old version must stop being current before the new one is written (one current per instrument)
        instruments.flush();
        version.instrumentId = instrument.id;
        version.version = instruments.latestVersionNumber(instrument.id) + 1;
        version.current = true;
        instruments.persist(version);
        instruments.flush();
        return InstrumentView.from(instrument, version);
    }

    /** The version an assessment is made with: the current one, or the one asked for. */
    @Transactional(TxType.SUPPORTS)
    public Versioned forAssessment(String code, Integer version) {
        Instrument instrument = instruments.instrument(code).orElseThrow(() -> ProblemException.invalidBody(
                "instrument", "is not a known instrument (see GET /api/instruments)"));
        if (version == null) {
            return new Versioned(instrument, instruments.current(instrument.id));
        }
        return new Versioned(instrument, instruments.version(instrument.id, version).orElseThrow(() ->
                ProblemException.invalidBody("instrumentVersion", "is not a version of " + code + " (1 to "
                        + instruments.latestVersionNumber(instrument.id) + ")")));
    }

    @Transactional(TxType.SUPPORTS)
    public Instrument require(String code) {
        return instruments.instrument(code).orElseThrow(() -> ProblemException.notFound("Instrument " + code));
    }

    /**
     * A definition that holds together, as an unsaved version: item codes unique, each scale's minimum below its
     * maximum; a scoring direction for every rule with a total and none without; a lookup table (lookup rule
     * only) giving one score for every raw total the items allow; bands on a known item (or the total, when
     * there is one), within its scale, with unique codes and not overlapping. Every error is reported at once.
     */
    InstrumentVersion validated(Definition d) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Item> items = new HashMap<>();
        List<Item> ordered = new ArrayList<>();
        for (int i = 0; i < d.items().size(); i++) {
            ItemBody body = d.items().get(i);
            if (items.containsKey(body.code())) {
                errors.add(FieldError.body("items[" + i + "].code", "repeats item code " + body.code()));
            }
            if (body.scaleMin() >= body.scaleMax()) {
                errors.add(FieldError.body("items[" + i + "].scaleMax", "must be greater than scaleMin"));
            }
            Item item = new Item(body.code(), body.text(), body.scaleMin(), body.scaleMax(), body.direction());
            items.putIfAbsent(body.code(), item);
            ordered.add(item);
        }
        throwIfAny(errors);

        boolean hasTotal = d.scoringRule() != ScoringRule.PER_ITEM;
        if (!hasTotal && d.scoreDirection() != null) {
            errors.add(FieldError.body("scoreDirection", "must be left out: a per-item instrument has no total"));
        } else if (hasTotal && d.scoreDirection() == null) {
            errors.add(FieldError.body("scoreDirection", "is required for the " + d.scoringRule() + " rule"));
        }

        int[] raw = Scoring.rawRange(ordered);
        Map<Integer, BigDecimal> lookup = lookup(d, raw, errors);
        throwIfAny(errors);

        BigDecimal scoreMin = null;
        BigDecimal scoreMax = null;
        switch (d.scoringRule()) {
            case SUM -> {
                scoreMin = BigDecimal.valueOf(raw[0]);
                scoreMax = BigDecimal.valueOf(raw[1]);
            }
            case MEAN -> {
                BigDecimal n = BigDecimal.valueOf(ordered.size());
                scoreMin = BigDecimal.valueOf(raw[0]).divide(n, Scoring.SCALE, RoundingMode.HALF_UP);
                scoreMax = BigDecimal.valueOf(raw[1]).divide(n, Scoring.SCALE, RoundingMode.HALF_UP);
            }
            case LOOKUP -> {
                scoreMin = lookup.values().stream().min(Comparator.naturalOrder()).orElseThrow();
                scoreMax = lookup.values().stream().max(Comparator.naturalOrder()).orElseThrow();
                if (scoreMin.compareTo(scoreMax) >= 0) {
                    throwIfAny(List.of(FieldError.body("lookup", "must not give every raw total the same score")));
                }
            }
            case PER_ITEM -> {
            }
        }

        List<Band> bands = bands(d, items, hasTotal, scoreMin, scoreMax, errors);
        throwIfAny(errors);

        InstrumentVersion version = new InstrumentVersion();
        version.id = UUID.randomUUID();
        version.name = d.name();
        version.description = d.description();
        version.licence = d.licence();
        version.scoringRule = d.scoringRule();
        version.scoreDirection = d.scoreDirection();
        version.scoreMin = scale(scoreMin);
        version.scoreMax = scale(scoreMax);
        version.meaningfulChange = scale(d.meaningfulChange());
        version.createdAt = TimeConfig.now(clock);
        version.items.addAll(ordered);
        version.bands.addAll(bands);
        version.lookup.putAll(lookup);
        return version;
    }

    private static Map<Integer, BigDecimal> lookup(Definition d, int[] raw, List<FieldError> errors) {
        List<LookupBody> rows = d.lookupList();
        Map<Integer, BigDecimal> lookup = new HashMap<>();
        if (d.scoringRule() != ScoringRule.LOOKUP) {
            if (!rows.isEmpty()) {
                errors.add(FieldError.body("lookup", "is only for the lookup rule"));
            }
            return lookup;
        }
        for (int i = 0; i < rows.size(); i++) {
            LookupBody row = rows.get(i);
            if (row.raw() < raw[0] || row.raw() > raw[1]) {
                errors.add(FieldError.body("lookup[" + i + "].raw", "must be a raw total the items allow ("
                        + raw[0] + " to " + raw[1] + ")"));
            } else if (lookup.containsKey(row.raw())) {
                errors.add(FieldError.body("lookup[" + i + "].raw", "repeats raw total " + row.raw()));
            } else {
                lookup.put(row.raw(), scale(row.score()));
            }
        }
        Set<Integer> missing = new TreeSet<>();
        for (int total = raw[0]; total <= raw[1]; total++) {
            if (!lookup.containsKey(total)) {
                missing.add(total);
            }
        }
        if (!missing.isEmpty()) {
            errors.add(FieldError.body("lookup", "must give a score for every raw total from " + raw[0] + " to "
                    + raw[1] + "; missing " + abbreviated(missing)));
        }
        return lookup;
    }

    private static List<Band> bands(Definition d, Map<String, Item> items, boolean hasTotal, BigDecimal scoreMin,
            BigDecimal scoreMax, List<FieldError> errors) {
        List<BandBody> bodies = d.bandList();
        List<Band> bands = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            BandBody band = bodies.get(i);
            String at = "bands[" + i + "]";
            BigDecimal low;
            BigDecimal high;
            if (band.item() != null) {
                Item item = items.get(band.item());
                if (item == null) {
                    errors.add(FieldError.body(at + ".item", "is not an item code of this instrument"));
                    continue;
                }
                low = BigDecimal.valueOf(item.scaleMin);
                high = BigDecimal.valueOf(item.scaleMax);
            } else if (!hasTotal) {
                errors.add(FieldError.body(at + ".item", "is required: a per-item instrument has bands per item only"));
                continue;
            } else {
                low = scoreMin;
                high = scoreMax;
            }
            if (band.min().compareTo(band.max()) > 0) {
                errors.add(FieldError.body(at + ".max", "must not be less than min"));
                continue;
            }
            String scale = band.item() == null ? "the total's range" : "the scale of " + band.item();
            if (band.min().compareTo(low) < 0) {
                errors.add(FieldError.body(at + ".min", "must be within " + scale + " (" + plain(low) + " to "
                        + plain(high) + ")"));
            }
            if (band.max().compareTo(high) > 0) {
                errors.add(FieldError.body(at + ".max", "must be within " + scale + " (" + plain(low) + " to "
                        + plain(high) + ")"));
            }
            for (int j = 0; j < i; j++) {
                BandBody other = bodies.get(j);
                if (!java.util.Objects.equals(band.item(), other.item())) {
                    continue;
                }
                if (band.code().equals(other.code())) {
                    errors.add(FieldError.body(at + ".code", "repeats band code " + band.code() + " of bands[" + j
                            + "]"));
                }
                if (band.min().compareTo(other.max()) <= 0 && other.min().compareTo(band.max()) <= 0) {
                    errors.add(FieldError.body(at, "overlaps bands[" + j + "]"));
                }
            }
            bands.add(new Band(band.item(), band.code(), band.label(), scale(band.min()), scale(band.max())));
        }
        // the total's bands first, then each item's in item order, each from low to high
        List<String> itemOrder = d.items().stream().map(ItemBody::code).toList();
        bands.sort(Comparator.comparingInt((Band b) -> b.itemCode == null ? -1 : itemOrder.indexOf(b.itemCode))
                .thenComparing(b -> b.minScore));
        return bands;
    }

    private static BigDecimal scale(BigDecimal value) {
        return value == null ? null : value.setScale(Scoring.SCALE, RoundingMode.HALF_UP);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String abbreviated(Set<Integer> values) {
        List<String> shown = values.stream().limit(10).map(String::valueOf).toList();
        return String.join(", ", shown) + (values.size() > shown.size() ? " and " + (values.size() - shown.size())
                + " more" : "");
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.toArray(FieldError[]::new));
        }
    }
}
