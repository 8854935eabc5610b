package org.casework.people;

import com.fasterxml.jackson.annotation.JsonValue;

import org.casework.common.Coded;
import org.casework.common.CodedConverter;

/** How the person prefers to be contacted, in order of preference. */
public enum ContactMethod implements Coded {
    PHONE("phone"), TEXT("text"), EMAIL("email"), LETTER("letter"), IN_PERSON("in-person");

    private final String code;

    ContactMethod(String code) {
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
    public static class Converter extends CodedConverter<ContactMethod> {
        public Converter() {
            super(ContactMethod.class);
        }
    }
}
