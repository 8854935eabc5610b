package org.casework.outcomes;

import com.fasterxml.jackson.annotation.JsonValue;

import org.casework.common.Coded;
import org.casework.common.CodedConverter;

/** Which way a scale runs: for most, higher is better; for some (ONS4 anxiety), lower is. */
public enum Direction implements Coded {
    HIGHER_IS_BETTER("higher-is-better"), LOWER_IS_BETTER("lower-is-better");

    private final String code;

    Direction(String code) {
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
    public static class Converter extends CodedConverter<Direction> {
        public Converter() {
            super(Direction.class);
        }
    }
}
