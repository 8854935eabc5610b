package org.casework.imports;

import com.fasterxml.jackson.annotation.JsonValue;

import org.casework.common.Coded;

/** What an import loads: one kind of record a file. */
public enum RecordType implements Coded {
    PEOPLE("people"), CASES("cases"), INTERACTIONS("interactions");

    private final String code;

    RecordType(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }
}
