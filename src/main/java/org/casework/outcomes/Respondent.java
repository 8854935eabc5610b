package org.casework.outcomes;

import com.fasterxml.jackson.annotation.JsonValue;

import org.casework.common.Coded;
import org.casework.common.CodedConverter;

/** Who gave the answers: the person, the worker, or both together (co-produced). */
public enum Respondent implements Coded {
    SELF("self"), WORKER("worker"), JOINT("joint");

    private final String code;

    Respondent(String code) {
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
    public static class Converter extends CodedConverter<Respondent> {
        public Converter() {
            super(Respondent.class);
        }
    }
}
