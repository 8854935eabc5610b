package org.casework.offers;

import com.fasterxml.jackson.annotation.JsonValue;

import org.casework.common.Coded;
import org.casework.common.CodedConverter;

/** The latest of: offered, the person's response, a withdrawal (possibly after acceptance). */
public enum OfferStatus implements Coded {
    OFFERED("offered"), ACCEPTED("accepted"), DECLINED("declined"), WITHDRAWN("withdrawn");

    private final String code;

    OfferStatus(String code) {
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
    public static class Converter extends CodedConverter<OfferStatus> {
        public Converter() {
            super(OfferStatus.class);
        }
    }
}
