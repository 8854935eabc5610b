package org.casework.audit;

import com.fasterxml.jackson.annotation.JsonValue;

import org.casework.common.Coded;
import org.casework.common.CodedConverter;

/** What was done with a person's data. {@code export} and {@code erase} are subject-rights actions. */
public enum AuditAction implements Coded {
    READ("read"), CREATE("create"), UPDATE("update"), DELETE("delete"), EXPORT("export"), ERASE("erase");

    private final String code;

    AuditAction(String code) {
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

    /** What a successful response did: GET reads, POST answering 201 creates, DELETE deletes, the rest update. */
    static AuditAction of(String httpMethod, int status) {
        return switch (httpMethod) {
            case "GET", "HEAD" -> READ;
            case "POST" -> status == 201 ? CREATE : UPDATE;
            case "DELETE" -> DELETE;
            default -> UPDATE;
        };
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends CodedConverter<AuditAction> {
        public Converter() {
            super(AuditAction.class);
        }
    }
}
