package org.casework.workers;

import com.fasterxml.jackson.annotation.JsonValue;

import org.casework.common.Coded;
import org.casework.common.CodedConverter;

/** What a worker may do; {@code integration} is for other councils' systems calling the API. */
public enum Role implements Coded {
    WORKER("worker"), TEAM_LEAD("team-lead"), ADMIN("admin"), INTEGRATION("integration");

    private final String code;

    Role(String code) {
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
    public static class Converter extends CodedConverter<Role> {
        public Converter() {
            super(Role.class);
        }
    }
}
