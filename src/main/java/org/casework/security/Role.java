package org.casework.security;

import com.fasterxml.jackson.annotation.JsonValue;

import org.casework.common.Coded;
import org.casework.common.CodedConverter;

/**
 * What a worker may do: the roles of their worker record and of the token's groups claim; {@code integration} is
 * for other councils' systems calling the API. Every endpoint names the roles that may call it, with
 * {@link Names} in {@code @RolesAllowed}; anything unannotated is denied.
 */
public enum Role implements Coded {
    WORKER(Names.WORKER), TEAM_LEAD(Names.TEAM_LEAD), ADMIN(Names.ADMIN), INTEGRATION(Names.INTEGRATION);

    /** The roles' codes as constants, for {@code @RolesAllowed}: annotations take only compile-time constants. */
    public static final class Names {

        public static final String WORKER = "worker";
        public static final String TEAM_LEAD = "team-lead";
        public static final String ADMIN = "admin";
        public static final String INTEGRATION = "integration";

        private Names() {
        }
    }

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
