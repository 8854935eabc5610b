package org.casework.cases;

import com.fasterxml.jackson.annotation.JsonValue;

import org.casework.common.Coded;
import org.casework.common.CodedConverter;

public enum CaseStatus implements Coded {
    OPEN("open"), CLOSED("closed");

    private final String code;

    CaseStatus(String code) {
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
    public static class Converter extends CodedConverter<CaseStatus> {
        public Converter() {
            super(CaseStatus.class);
        }
    }
}
