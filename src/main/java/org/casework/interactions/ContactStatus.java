package org.casework.interactions;

import com.fasterxml.jackson.annotation.JsonValue;

import org.casework.common.Coded;
import org.casework.common.CodedConverter;

/** Whether contact was actually made, or only attempted. Only contacts made count for continuity. */
public enum ContactStatus implements Coded {
    MADE("made"), NO_ANSWER("no-answer"), DID_NOT_ATTEND("did-not-attend"), CANCELLED("cancelled");

    private final String code;

    ContactStatus(String code) {
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
    public static class Converter extends CodedConverter<ContactStatus> {
        public Converter() {
            super(ContactStatus.class);
        }
    }
}
