package org.casework.outcomes;

import com.fasterxml.jackson.annotation.JsonValue;

import org.casework.common.Coded;
import org.casework.common.CodedConverter;

/** How an instrument's answers make its score: a sum, a mean, a published table from the raw sum, or no total at all (each item reported on its own, as ONS4 is). */
public enum ScoringRule implements Coded {
    SUM("sum"), MEAN("mean"), LOOKUP("lookup"), PER_ITEM("per-item");

    private final String code;

    ScoringRule(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends CodedConverter<ScoringRule> {
        public Converter() {
            super(ScoringRule.class);
        }
    }
}
